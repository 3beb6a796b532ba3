package cn.xndpf.application.statistics;

import cn.xndpf.domain.statistics.Dimension;
import cn.xndpf.domain.statistics.IndicatorBasis;
import cn.xndpf.domain.statistics.IndicatorKind;
import cn.xndpf.domain.statistics.IndicatorUnit;
import cn.xndpf.domain.statistics.PeriodType;
import cn.xndpf.domain.statistics.StatisticsPeriod;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review's text templates filled with figures, and the Word and PDF files a reader gets. */
class ReviewFilesTest {

    private static final IndicatorView PAID = new IndicatorView("SUB_PAID", "TWO_SUBSIDIES", "两项补贴发放金额",
            "Two subsidies paid", IndicatorUnit.TEN_THOUSAND_YUAN, IndicatorKind.SUM, IndicatorBasis.IN_PERIOD,
            "发放金额", "paid", null, null, List.of(), true);
    private static final IndicatorView COVERAGE = new IndicatorView("SUB_COVERAGE", "TWO_SUBSIDIES", "两项补贴覆盖率",
            "Two subsidies coverage", IndicatorUnit.PERCENT, IndicatorKind.RATE, IndicatorBasis.PERIOD_END,
            "分子", "numerator", "分母", "denominator", List.of(), true);
    private static final IndicatorView STUDENTS = new IndicatorView("EDU_STUDENTS", "TWO_SUBSIDIES", "受助学生",
            "Students aided", IndicatorUnit.PERSON_TIMES, IndicatorKind.COUNT, IndicatorBasis.IN_PERIOD,
            "学生", "students", null, null, List.of(Dimension.SEX), false);

    private static PeriodSummary summary() {
        return new PeriodSummary(StatisticsPeriod.of(PeriodType.FIVE_YEAR, LocalDate.of(2018, 1, 1)), "639900",
                "统计测试市", LocalDate.of(2022, 12, 31), Instant.now(), List.of(
                new PeriodSummary.ProgramFigures("TWO_SUBSIDIES", "两项补贴", "Two subsidies", List.of(
                        new FigureView(PAID, new BigDecimal("262000000.00"), null, null, null, null),
                        new FigureView(COVERAGE, new BigDecimal("95.28"), new BigDecimal("9528"),
                                new BigDecimal("10000"), new BigDecimal("100.00"), "规划"),
                        new FigureView(STUDENTS, new BigDecimal("15500"), null, null, null, null)))));
    }

    private static ReportData data() {
        PeriodSummary s = summary();
        Map<String, List<FigureView>> bySub = new LinkedHashMap<>();
        bySub.put("SUB_PAID", List.of(new FigureView(PAID, new BigDecimal("200000000.00"), null, null, null, null),
                new FigureView(PAID, new BigDecimal("62000000.00"), null, null, null, null)));
        return new ReportData(s, List.of(new ReportData.Area("639901", "甲区"), new ReportData.Area("639902", "乙县")),
                bySub, Map.of());
    }

    private static final Map<String, IndicatorUnit> UNITS = Map.of("SUB_PAID", IndicatorUnit.TEN_THOUSAND_YUAN,
            "SUB_COVERAGE", IndicatorUnit.PERCENT, "EDU_STUDENTS", IndicatorUnit.PERSON_TIMES);

    @Test
    void anAmountTooSmallForYiYuanIsWrittenInWanYuanNotAsZero() {
        PeriodSummary small = new PeriodSummary(StatisticsPeriod.of(PeriodType.FIVE_YEAR, LocalDate.of(2021, 1, 1)),
                "639900", "统计测试市", LocalDate.of(2025, 12, 31), Instant.now(), List.of(
                new PeriodSummary.ProgramFigures("TWO_SUBSIDIES", "两项补贴", "Two subsidies", List.of(
                        new FigureView(PAID, new BigDecimal("239500.00"), null, null, null, null)))));
        assertEquals("发放23.95万元", ReviewText.fill("发放{SUB_PAID:亿元}", small, Locale.SIMPLIFIED_CHINESE));
        assertEquals("发放2.62亿元", ReviewText.fill("发放{SUB_PAID:亿元}", summary(), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void placeholdersBecomeFiguresWrittenAsTheFederationWritesThem() {
        String text = ReviewText.fill("{area}{period}发放{SUB_PAID:亿元}（{SUB_PAID}），覆盖率{SUB_COVERAGE}，"
                + "目标{SUB_COVERAGE:target}，完成{SUB_COVERAGE:progress}；为{EDU_STUDENTS:万}学生，共{EDU_STUDENTS:number}，"
                + "截至{asOf}。", summary(), Locale.SIMPLIFIED_CHINESE);
        assertEquals("统计测试市2018—2022年发放2.62亿元（26200万元），覆盖率95.28%，目标100%，完成95.28%；"
                + "为1.55万人次学生，共15500，截至2022年12月31日。", text);
        String en = ReviewText.fill("{SUB_PAID:million} paid to {EDU_STUDENTS}, {SUB_COVERAGE} covered, as of {asOf}",
                summary(), Locale.ENGLISH);
        assertEquals("262 million yuan paid to 15500 person-times, 95.28% covered, as of 31 December 2022", en);
    }

    @Test
    void aTemplateNamingNoIndicatorOrAWrongFormatIsRefusedWithThePlaceholdersNamed() {
        assertEquals(List.of(), ReviewText.problems("{area}{SUB_PAID:亿元}{SUB_COVERAGE:progress}{EDU_STUDENTS:万}", UNITS));
        assertEquals(List.of("{SUB_UNKNOWN}", "{SUB_PAID:亿}", "{SUB_COVERAGE:亿元}", "{area:number}"),
                ReviewText.problems("{SUB_UNKNOWN}{SUB_PAID:亿}{SUB_COVERAGE:亿元}{area:number}", UNITS));
        assertEquals("尚无—", ReviewText.fill("尚无{NOT_PUBLISHED}", summary(), Locale.CHINESE),
                "a figure not published reads as a dash");
    }

    @Test
    void theWordDocumentHasEachProgramsTextTableAndChartWithItsTextAlternative() throws Exception {
        ReviewDocument review = ReviewDocument.of(data(), Map.of("TWO_SUBSIDIES", "发放“两项”补贴{SUB_PAID:亿元}。"),
                Locale.SIMPLIFIED_CHINESE, "导出人：测试");
        byte[] docx = ReviewDocx.build(review);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertTrue(text.contains("统计测试市2018—2022年残疾人事业发展综述"), text);
            assertTrue(text.contains("一、两项补贴"), text);
            assertTrue(text.contains("发放“两项”补贴2.62亿元。"), text);
            assertEquals(1, doc.getTables().size());
            assertEquals("26200.00万元", doc.getTables().get(0).getRow(1).getCell(1).getText());
            assertEquals("100.00%", doc.getTables().get(0).getRow(2).getCell(2).getText(), "the target");
            assertEquals("95.28%", doc.getTables().get(0).getRow(2).getCell(3).getText(), "the progress");
            List<XWPFPictureData> pictures = doc.getAllPictures();
            assertEquals(1, pictures.size(), "a chart of the key figure by area");
            String alt = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getEmbeddedPictures().stream())
                    .map(p -> p.getCTPicture().getNvPicPr().getCNvPr().getDescr()).findFirst().orElse("");
            assertTrue(alt.contains("甲区") && alt.contains("20000"), alt);
        }
    }

    @Test
    void thePdfSaysTheSame() throws Exception {
        ReviewDocument review = ReviewDocument.of(data(), Map.of("TWO_SUBSIDIES", "Paid {SUB_PAID:million}."),
                Locale.ENGLISH, "Exported by test");
        String text = new PdfTextExtractor(new PdfReader(ReviewPdf.build(review))).getTextFromPage(1);
        assertTrue(text.contains("Paid 262 million yuan."), text);
        assertTrue(text.contains("1. Two subsidies"), text);
        assertFalse(text.contains("{"), text);
    }
}
