package cn.xndpf.application.statistics;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The review as a Word document (.docx): what a federation edits, files and sends on. Headings carry
 * Word's outline levels so the navigation pane lists the programs; each chart carries its text
 * alternative.
 */
final class ReviewDocx {

    private static final String FONT = "宋体";
    private static final String HEADING_FONT = "黑体";

    private ReviewDocx() {
    }

    static byte[] build(ReviewDocument review) {
        boolean en = review.english();
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(review.title());
            doc.getProperties().getCoreProperties().setCreator("西宁市残疾人事业综合管理平台");
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            outline(title, 0);
            run(title, review.title(), HEADING_FONT, 18, true);
            XWPFParagraph sub = doc.createParagraph();
            sub.setAlignment(ParagraphAlignment.CENTER);
            run(sub, review.subtitle(), FONT, 9, false);
            for (ReviewDocument.Section section : review.sections()) {
                XWPFParagraph h = doc.createParagraph();
                h.setSpacingBefore(240);
                outline(h, 1);
                run(h, section.heading(), HEADING_FONT, 14, true);
                if (!section.text().isEmpty()) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setFirstLineIndent(en ? 0 : 480);
                    p.setSpacingAfter(120);
                    run(p, section.text(), FONT, 12, false);
                }
                table(doc, section.rows(), review);
                if (section.chart() != null) {
                    chart(doc, section.chart());
                }
            }
            XWPFParagraph footer = doc.createParagraph();
            footer.setSpacingBefore(240);
            run(footer, review.footer(), FONT, 9, false);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("review chart", e);
        }
    }

    private static void table(XWPFDocument doc, List<List<String>> rows, ReviewDocument review) {
        List<String> head = review.tableHeader();
        XWPFTable t = doc.createTable(1 + rows.size(), head.size());
        t.setWidth("100%");
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < head.size(); c++) {
            cell(header, c, head.get(c), true);
        }
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = t.getRow(i + 1);
            for (int c = 0; c < head.size(); c++) {
                cell(row, c, rows.get(i).get(c), false);
            }
        }
    }

    private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
        XWPFParagraph p = row.getCell(column).getParagraphs().get(0);
        run(p, text, FONT, 10.5, bold);
    }

    private static void chart(XWPFDocument doc, ReviewDocument.Chart chart) throws IOException,
            org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        int width = 430;
        int height = width * ReviewChart.HEIGHT / ReviewChart.WIDTH;
        XWPFPicture picture = r.addPicture(new ByteArrayInputStream(chart.png()), PictureType.PNG, "chart.png",
                Units.toEMU(width), Units.toEMU(height));
        picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(chart.caption());
        XWPFParagraph caption = doc.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        run(caption, chart.caption(), FONT, 9, false);
    }

    private static void outline(XWPFParagraph p, int level) {
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        ppr.addNewOutlineLvl().setVal(java.math.BigInteger.valueOf(level));
    }

    private static void run(XWPFParagraph p, String text, String font, double size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(size);
        r.setBold(bold);
    }
}
