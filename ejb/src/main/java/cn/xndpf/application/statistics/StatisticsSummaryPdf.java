package cn.xndpf.application.statistics;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The period summary report (统计摘要) as PDF, laid out like the figures of the federation's five-year
 * report: program by program, each indicator with its value and unit (money in 万元 with two decimals),
 * targets and progress where a plan set one, a bar chart of the program's first key figure by area, and the
 * summary table by area on a landscape page. A Chinese font is embedded.
 */
final class StatisticsSummaryPdf {

    /** Section numbers up to twenty: with social security the summary has eleven programs. */
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
            "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};
    private static final Color BAR = new Color(0x2f, 0x6f, 0xb3);
    private static final Color RULE = new Color(0x99, 0x99, 0x99);

    private final ReportData data;
    private final Locale locale;
    private final String footer;
    private final boolean en;
    private final BaseFont base;
    private final Font titleFont;
    private final Font headingFont;
    private final Font bodyFont;
    private final Font smallFont;
    private final Font tableFont;

    StatisticsSummaryPdf(ReportData data, Locale locale, String footer) {
        this.data = data;
        this.locale = locale;
        this.footer = footer;
        this.en = IndicatorView.english(locale);
        this.base = ChineseFonts.font();
        this.titleFont = new Font(base, 18, Font.BOLD);
        this.headingFont = new Font(base, 13, Font.BOLD);
        this.bodyFont = new Font(base, 11);
        this.smallFont = new Font(base, 8, Font.NORMAL, Color.DARK_GRAY);
        this.tableFont = new Font(base, 7.5f);
    }

    byte[] build() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            PeriodSummary s = data.summary();
            doc.addTitle(s.divisionName() + " " + s.period().label(locale));
            doc.addCreator("西宁市残疾人事业综合管理平台");
            doc.open();
            Paragraph title = new Paragraph(s.divisionName() + s.period().label(locale)
                    + (en ? " disability affairs statistics summary" : "残疾人事业统计摘要"), titleFont);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(6);
            doc.add(title);
            Paragraph sub = new Paragraph((en ? "Period " : "统计期 ") + s.period().start() + " — " + s.period().end()
                    + (en ? "; stock figures as of " : "；期末数截至 ") + s.asOf(), smallFont);
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(14);
            doc.add(sub);
            int n = 0;
            for (PeriodSummary.ProgramFigures p : s.programs()) {
                program(doc, writer, p, n++);
            }
            doc.add(new Paragraph(footer, smallFont));
            if (!data.subAreas().isEmpty()) {
                doc.setPageSize(PageSize.A4.rotate());
                doc.newPage();
                areaTable(doc);
                doc.add(new Paragraph(footer, smallFont));
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF report failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private void program(Document doc, PdfWriter writer, PeriodSummary.ProgramFigures p, int index)
            throws DocumentException {
        String number = en ? (index + 1) + ". " : (index < NUMERALS.length ? NUMERALS[index] : String.valueOf(index + 1)) + "、";
        Paragraph h = new Paragraph(number + p.name(locale), headingFont);
        h.setSpacingBefore(8);
        h.setSpacingAfter(4);
        doc.add(h);
        PdfPTable lines = new PdfPTable(new float[]{5, 3, 4});
        lines.setWidthPercentage(100);
        for (FigureView f : p.figures()) {
            lines.addCell(plain(f.indicator().name(locale) + (en ? ":" : "："), bodyFont, Element.ALIGN_LEFT));
            lines.addCell(plain(FigureText.withUnit(f, locale), bodyFont, Element.ALIGN_RIGHT));
            lines.addCell(plain(targetText(f), smallFont, Element.ALIGN_LEFT));
        }
        doc.add(lines);
        FigureView key = p.figures().stream().filter(f -> f.indicator().keyFigure()).findFirst().orElse(null);
        if (key != null && !data.subAreas().isEmpty()) {
            List<FigureView> bars = data.subAreaFigures().get(key.indicator().code());
            if (bars != null) {
                doc.add(new Paragraph(key.indicator().name(locale) + (en ? " by area (" : "（分区域，")
                        + key.indicator().unitName(locale) + (en ? ")" : "）"), smallFont));
                doc.add(chart(writer, bars));
            }
        }
    }

    private String targetText(FigureView f) {
        if (!f.hasTarget()) {
            return "";
        }
        BigDecimal progress = f.progress();
        String t = FigureText.withUnit(new FigureView(f.indicator(), f.target(), null, null, null, null), locale);
        return en ? "target " + t + (progress == null ? "" : ", " + progress.toPlainString() + "% achieved")
                : "目标" + t + (progress == null ? "" : "，完成" + progress.toPlainString() + "%");
    }

    /** A bar per area, values above the bars, names below, scaled to the largest value. */
    private Image chart(PdfWriter writer, List<FigureView> bars) throws DocumentException {
        float width = 495;
        float height = 150;
        float left = 10;
        float bottom = 28;
        float top = 16;
        PdfContentByte cb = writer.getDirectContent();
        PdfTemplate t = cb.createTemplate(width, height);
        double max = bars.stream().map(FigureText::shown).filter(v -> v != null).mapToDouble(BigDecimal::doubleValue)
                .max().orElse(0);
        int n = bars.size();
        float slot = (width - left) / Math.max(1, n);
        float barWidth = Math.min(40, slot * 0.6f);
        t.setColorStroke(RULE);
        t.moveTo(left, bottom);
        t.lineTo(width, bottom);
        t.stroke();
        for (int i = 0; i < n; i++) {
            BigDecimal v = FigureText.shown(bars.get(i));
            double value = v == null ? 0 : v.doubleValue();
            float h = max <= 0 ? 0 : (float) (value / max * (height - bottom - top));
            float x = left + i * slot + (slot - barWidth) / 2;
            t.setColorFill(BAR);
            t.rectangle(x, bottom, barWidth, h);
            t.fill();
            t.beginText();
            t.setColorFill(Color.BLACK);
            t.setFontAndSize(base, 7);
            t.showTextAligned(PdfContentByte.ALIGN_CENTER, v == null ? "—" : v.toPlainString(), x + barWidth / 2,
                    bottom + h + 3, 0);
            t.showTextAligned(PdfContentByte.ALIGN_CENTER, shortName(data.subAreas().get(i).name()), x + barWidth / 2,
                    bottom - 10, 0);
            t.endText();
        }
        Image img = Image.getInstance(t);
        img.setAlignment(Element.ALIGN_CENTER);
        return img;
    }

    private static String shortName(String name) {
        return name.length() > 6 ? name.substring(0, 6) : name;
    }

    private void areaTable(Document doc) throws DocumentException {
        PeriodSummary s = data.summary();
        Paragraph h = new Paragraph((en ? "Table: indicators by area, " : "附表：分区域统计汇总表　")
                + s.divisionName() + " " + s.period().label(locale), headingFont);
        h.setSpacingAfter(6);
        doc.add(h);
        int cols = 3 + data.subAreas().size();
        float[] widths = new float[cols];
        widths[0] = 6;
        widths[1] = 1.6f;
        for (int i = 2; i < cols; i++) {
            widths[i] = 2.2f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(headerCell(en ? "Indicator" : "指标"));
        table.addCell(headerCell(en ? "Unit" : "单位"));
        table.addCell(headerCell(s.divisionName()));
        data.subAreas().forEach(a -> table.addCell(headerCell(a.name())));
        for (PeriodSummary.ProgramFigures p : s.programs()) {
            PdfPCell section = new PdfPCell(new Phrase(p.name(locale), new Font(base, 8, Font.BOLD)));
            section.setColspan(cols);
            section.setBackgroundColor(new Color(0xee, 0xee, 0xee));
            table.addCell(section);
            for (FigureView f : p.figures()) {
                table.addCell(new PdfPCell(new Phrase(f.indicator().name(locale), tableFont)));
                table.addCell(new PdfPCell(new Phrase(f.indicator().unitName(locale), tableFont)));
                table.addCell(numberCell(FigureText.number(f)));
                for (FigureView sub : data.subAreaFigures().getOrDefault(f.indicator().code(), List.of())) {
                    table.addCell(numberCell(FigureText.number(sub)));
                }
            }
        }
        doc.add(table);
    }

    private PdfPCell headerCell(String text) {
        PdfPCell c = new PdfPCell(new Phrase(text, new Font(base, 8, Font.BOLD)));
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setBackgroundColor(new Color(0xdd, 0xe6, 0xf0));
        return c;
    }

    private PdfPCell numberCell(String text) {
        PdfPCell c = new PdfPCell(new Phrase(text, tableFont));
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    private static PdfPCell plain(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(new Chunk(text, font)));
        c.setBorder(PdfPCell.NO_BORDER);
        c.setHorizontalAlignment(align);
        c.setPaddingBottom(4);
        return c;
    }
}
