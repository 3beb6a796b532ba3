package cn.xndpf.application.statistics;

import cn.xndpf.domain.statistics.Dimension;
import cn.xndpf.domain.statistics.IndicatorBasis;
import cn.xndpf.domain.statistics.IndicatorKind;
import cn.xndpf.domain.statistics.IndicatorUnit;
import cn.xndpf.domain.statistics.PeriodType;
import cn.xndpf.domain.statistics.StatisticsPeriod;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report files as a reader gets them: the workbook's cells and the PDF's text, with a Chinese font embedded. */
class StatisticsReportFilesTest {

    private static final IndicatorView PAID = new IndicatorView("SUB_PAID", "TWO_SUBSIDIES", "两项补贴发放金额",
            "Two subsidies paid", IndicatorUnit.TEN_THOUSAND_YUAN, IndicatorKind.SUM, IndicatorBasis.IN_PERIOD,
            "发放金额", "paid", null, null, List.of(Dimension.SEX), true);
    private static final IndicatorView COVERAGE = new IndicatorView("SUB_COVERAGE", "TWO_SUBSIDIES", "两项补贴覆盖率",
            "Two subsidies coverage", IndicatorUnit.PERCENT, IndicatorKind.RATE, IndicatorBasis.PERIOD_END,
            "分子", "numerator", "分母", "denominator", List.of(), true);
    private static final IndicatorView HOLDERS = new IndicatorView("REG_HOLDERS", "REGISTRY", "持证残疾人数",
            "Certificate holders", IndicatorUnit.PERSONS, IndicatorKind.COUNT, IndicatorBasis.PERIOD_END,
            "持证", "holders", null, null, List.of(Dimension.SEX), true);

    private static ReportData data() {
        return data("甲区");
    }

    private static ReportData data(String firstAreaName) {
        FigureView paid = new FigureView(PAID, new BigDecimal("262000000.00"), null, null, null, null);
        FigureView coverage = new FigureView(COVERAGE, new BigDecimal("100.00"), new BigDecimal("40.00"),
                new BigDecimal("40.00"), new BigDecimal("100.00"), "规划");
        FigureView holders = new FigureView(HOLDERS, new BigDecimal("57.00"), null, null, null, null);
        PeriodSummary summary = new PeriodSummary(StatisticsPeriod.of(PeriodType.FIVE_YEAR, LocalDate.of(2018, 1, 1)),
                "639900", "统计测试市", LocalDate.of(2022, 12, 31), Instant.now(), List.of(
                new PeriodSummary.ProgramFigures("REGISTRY", "残疾人证", "Certificates", List.of(holders)),
                new PeriodSummary.ProgramFigures("TWO_SUBSIDIES", "两项补贴", "Two subsidies", List.of(paid, coverage))));
        List<ReportData.Area> areas = List.of(new ReportData.Area("639901", firstAreaName), new ReportData.Area("639902", "乙县"));
        Map<String, List<FigureView>> bySub = new LinkedHashMap<>();
        bySub.put("REG_HOLDERS", List.of(new FigureView(HOLDERS, new BigDecimal("40.00"), null, null, null, null),
                new FigureView(HOLDERS, new BigDecimal("17.00"), null, null, null, null)));
        bySub.put("SUB_PAID", List.of(new FigureView(PAID, new BigDecimal("200000000.00"), null, null, null, null),
                new FigureView(PAID, new BigDecimal("62000000.00"), null, null, null, null)));
        bySub.put("SUB_COVERAGE", List.of(coverage, new FigureView(COVERAGE, null, null, null, null, null)));
        Map<Dimension, ReportData.Table> tables = Map.of(Dimension.SEX, new ReportData.Table(List.of("M", "F"),
                List.of("男", "女"), Map.of("REG_HOLDERS", List.of(
                new FigureView(HOLDERS, new BigDecimal("30.00"), null, null, null, null),
                new FigureView(HOLDERS, null, null, null, null, null)))));
        return new ReportData(summary, areas, bySub, tables);
    }

    @Test
    void theSummaryPdfShowsEachFigureWithItsUnitAndEmbedsAChineseFont() throws Exception {
        byte[] pdf = new StatisticsSummaryPdf(data(), Locale.SIMPLIFIED_CHINESE, "导出人：测试").build();
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("26200.00万元"), text);
        assertTrue(text.contains("100.00%"), text);
        assertTrue(text.contains("57人"), text);
        assertTrue(text.contains("统计测试市2018—2022年残疾人事业统计摘要"), text);
        assertTrue(text.contains("两项补贴"), text);
        assertEquals(2, reader.getNumberOfPages(), "summary, then the table by area");
        String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("/FontFile2"), "the TrueType font is embedded");
        reader.close();
    }

    @Test
    void theWorkbookHoldsTheSummaryTableBreakdownsAndDefinitions() throws Exception {
        byte[] xlsx = new StatisticsWorkbook(data(), Locale.SIMPLIFIED_CHINESE, "导出人：测试").build();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(List.of("汇总表", "按性别", "指标说明"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            Sheet summary = wb.getSheet("汇总表");
            Row header = summary.getRow(3);
            assertEquals("统计测试市", header.getCell(4).getStringCellValue());
            assertEquals("甲区", header.getCell(5).getStringCellValue());
            Row paid = summary.getRow(5);
            assertEquals("SUB_PAID", paid.getCell(1).getStringCellValue());
            assertEquals("万元", paid.getCell(3).getStringCellValue());
            assertEquals(26200.00, paid.getCell(4).getNumericCellValue(), 1e-9);
            assertEquals(20000.00, paid.getCell(5).getNumericCellValue(), 1e-9);
            Row coverage = summary.getRow(6);
            assertEquals("—", coverage.getCell(6).getStringCellValue(), "a rate without a denominator has no value");
            assertEquals(100.0, coverage.getCell(7).getNumericCellValue(), 1e-9);
            assertEquals(100.0, coverage.getCell(8).getNumericCellValue(), 1e-9);
            Sheet sex = wb.getSheet("按性别");
            assertEquals(30.0, sex.getRow(4).getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(0.0, sex.getRow(4).getCell(4).getNumericCellValue(), 1e-9, "an uncounted count is 0");
            assertTrue(summary.getRow(summary.getLastRowNum()).getCell(0).getStringCellValue().contains("导出人"));
        }
    }

    @Test
    void aDivisionNamedLikeAFormulaIsWrittenAsText() throws Exception {
        // division names are data staff can edit: a spreadsheet must not run one
        byte[] xlsx = new StatisticsWorkbook(data("=HYPERLINK(\"http://example.invalid\")"), Locale.SIMPLIFIED_CHINESE,
                "@导出人").build();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = wb.getSheet("汇总表");
            assertEquals("'=HYPERLINK(\"http://example.invalid\")", summary.getRow(3).getCell(5).getStringCellValue());
            assertEquals("'@导出人", summary.getRow(summary.getLastRowNum()).getCell(0).getStringCellValue());
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell c : row) {
                        assertTrue(c.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA);
                        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            String v = c.getStringCellValue();
                            assertTrue(v.isEmpty() || "=+@".indexOf(v.charAt(0)) < 0, v);
                        }
                    }
                }
            }
        }
    }
}
