package cn.xndpf.application.statistics;

import cn.xndpf.application.shared.ExportCells;
import cn.xndpf.domain.statistics.Dimension;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The standard tables as an Excel workbook (统计报表): the summary by area, one sheet per breakdown, and the
 * indicators' definitions; every sheet names the area, the period, the day figures were taken on, and who
 * exported it when.
 */
final class StatisticsWorkbook {

    private final ReportData data;
    private final Locale locale;
    private final String footer;
    private final boolean en;
    private XSSFWorkbook wb;
    private CellStyle title;
    private CellStyle header;
    private CellStyle text;
    private CellStyle integer;
    private CellStyle decimal;

    StatisticsWorkbook(ReportData data, Locale locale, String footer) {
        this.data = data;
        this.locale = locale;
        this.footer = footer;
        this.en = IndicatorView.english(locale);
    }

    byte[] build() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb = workbook;
            styles();
            summarySheet();
            for (Map.Entry<Dimension, ReportData.Table> e : data.breakdowns().entrySet()) {
                breakdownSheet(e.getKey(), e.getValue());
            }
            definitionsSheet();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void summarySheet() {
        Sheet s = wb.createSheet(en ? "Summary" : "汇总表");
        int r = heading(s, en ? "Statistics summary" : "统计汇总表");
        List<String> head = new ArrayList<>(List.of(en ? "Program" : "业务板块", en ? "Code" : "指标代码",
                en ? "Indicator" : "指标名称", en ? "Unit" : "单位", data.summary().divisionName()));
        data.subAreas().forEach(a -> head.add(a.name()));
        head.add(en ? "Target" : "目标值");
        head.add(en ? "Progress (%)" : "完成进度(%)");
        r = headerRow(s, r, head);
        for (PeriodSummary.ProgramFigures p : data.summary().programs()) {
            for (FigureView f : p.figures()) {
                Row row = s.createRow(r++);
                int c = 0;
                text(row, c++, p.name(locale));
                text(row, c++, f.indicator().code());
                text(row, c++, f.indicator().name(locale));
                text(row, c++, f.indicator().unitName(locale));
                number(row, c++, f);
                for (FigureView sub : data.subAreaFigures().getOrDefault(f.indicator().code(), List.of())) {
                    number(row, c++, sub);
                }
                value(row, c++, f.targetShown(), f.indicator().unit().decimals() > 0 || f.indicator().isRate());
                value(row, c, f.progress(), true);
            }
        }
        footerRow(s, r + 1);
        widths(s, head.size());
    }

    private void breakdownSheet(Dimension d, ReportData.Table t) {
        String name = en ? "By " + d.englishName().toLowerCase(Locale.ROOT).replace('/', '-') : "按" + d.chineseName();
        Sheet s = wb.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
        int r = heading(s, (en ? "By " + d.englishName() : "按" + d.chineseName() + "分组") + " · "
                + data.summary().divisionName());
        List<String> head = new ArrayList<>(List.of(en ? "Code" : "指标代码", en ? "Indicator" : "指标名称",
                en ? "Unit" : "单位"));
        head.addAll(t.labels());
        r = headerRow(s, r, head);
        for (Map.Entry<String, List<FigureView>> e : t.figures().entrySet()) {
            Row row = s.createRow(r++);
            FigureView first = e.getValue().isEmpty() ? null : e.getValue().get(0);
            text(row, 0, e.getKey());
            text(row, 1, first == null ? "" : first.indicator().name(locale));
            text(row, 2, first == null ? "" : first.indicator().unitName(locale));
            int c = 3;
            for (FigureView f : e.getValue()) {
                number(row, c++, f);
            }
        }
        footerRow(s, r + 1);
        widths(s, head.size());
    }

    private void definitionsSheet() {
        Sheet s = wb.createSheet(en ? "Definitions" : "指标说明");
        int r = heading(s, en ? "Indicator definitions" : "指标定义");
        r = headerRow(s, r, List.of(en ? "Code" : "指标代码", en ? "Indicator" : "指标名称", en ? "Unit" : "单位",
                en ? "Kind" : "计算方式", en ? "Basis" : "口径", en ? "Counted (numerator)" : "统计口径（分子）",
                en ? "Denominator" : "分母", en ? "Breakdowns" : "分组维度"));
        for (PeriodSummary.ProgramFigures p : data.summary().programs()) {
            for (FigureView f : p.figures()) {
                IndicatorView i = f.indicator();
                Row row = s.createRow(r++);
                text(row, 0, i.code());
                text(row, 1, i.name(locale));
                text(row, 2, i.unitName(locale));
                text(row, 3, en ? i.kind().englishName() : i.kind().chineseName());
                text(row, 4, en ? i.basis().englishName() : i.basis().chineseName());
                text(row, 5, en ? i.numeratorEn() : i.numeratorZh());
                text(row, 6, en ? i.denominatorEn() : i.denominatorZh());
                text(row, 7, String.join(en ? ", " : "、", i.dimensions().stream()
                        .map(d -> en ? d.englishName() : d.chineseName()).toList()));
            }
        }
        footerRow(s, r + 1);
        s.setColumnWidth(5, 80 * 256);
        s.setColumnWidth(6, 50 * 256);
        for (int c : new int[]{0, 1, 2, 3, 4, 7}) {
            s.setColumnWidth(c, 22 * 256);
        }
    }

    private int heading(Sheet s, String what) {
        Row t = s.createRow(0);
        ExportCells.text(t, 0, data.summary().divisionName() + " " + data.summary().period().label(locale) + " "
                + what).setCellStyle(title);
        Row sub = s.createRow(1);
        ExportCells.text(sub, 0, (en ? "Stock figures as of " : "期末数截至 ") + data.summary().asOf()
                + (en ? "; money in 10,000 yuan, rates in %" : "；金额单位万元，比率单位%"));
        return 3;
    }

    private int headerRow(Sheet s, int r, List<String> names) {
        Row row = s.createRow(r);
        for (int i = 0; i < names.size(); i++) {
            ExportCells.text(row, i, names.get(i)).setCellStyle(header);
        }
        return r + 1;
    }

    private void footerRow(Sheet s, int r) {
        ExportCells.text(s.createRow(r), 0, footer);
    }

    private void text(Row row, int c, String v) {
        ExportCells.text(row, c, v).setCellStyle(text);
    }

    private void number(Row row, int c, FigureView f) {
        value(row, c, FigureText.shown(f), f != null && (f.indicator().unit().decimals() > 0));
    }

    private void value(Row row, int c, BigDecimal v, boolean decimals) {
        Cell cell = row.createCell(c);
        if (v == null) {
            cell.setCellValue("—");
            cell.setCellStyle(text);
        } else {
            cell.setCellValue(v.doubleValue());
            cell.setCellStyle(decimals ? decimal : integer);
        }
    }

    private void widths(Sheet s, int columns) {
        s.setColumnWidth(0, 16 * 256);
        for (int c = 1; c < columns; c++) {
            s.setColumnWidth(c, (c == 2 ? 28 : 14) * 256);
        }
        s.createFreezePane(0, 4);
    }

    private void styles() {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);
        header = bordered();
        header.setFont(bold);
        header.setWrapText(true);
        text = bordered();
        integer = bordered();
        integer.setDataFormat(wb.createDataFormat().getFormat("0"));
        decimal = bordered();
        decimal.setDataFormat(wb.createDataFormat().getFormat("0.00"));
    }

    private CellStyle bordered() {
        CellStyle s = wb.createCellStyle();
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
