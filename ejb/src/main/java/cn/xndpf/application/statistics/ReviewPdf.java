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
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The review as PDF, the same document as {@link ReviewDocx} for those who only read and print it. */
final class ReviewPdf {

    private ReviewPdf() {
    }

    static byte[] build(ReviewDocument review) {
        boolean en = review.english();
        BaseFont base = ChineseFonts.font();
        Font titleFont = new Font(base, 18, Font.BOLD);
        Font headingFont = new Font(base, 14, Font.BOLD);
        Font bodyFont = new Font(base, 12);
        Font smallFont = new Font(base, 9, Font.NORMAL, Color.DARK_GRAY);
        Font tableFont = new Font(base, 10);
        Font tableHead = new Font(base, 10, Font.BOLD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 60, 60, 60, 60);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(review.title());
            doc.addCreator("西宁市残疾人事业综合管理平台");
            doc.open();
            Paragraph title = new Paragraph(review.title(), titleFont);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(6);
            doc.add(title);
            Paragraph sub = new Paragraph(review.subtitle(), smallFont);
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(12);
            doc.add(sub);
            for (ReviewDocument.Section section : review.sections()) {
                Paragraph h = new Paragraph(section.heading(), headingFont);
                h.setSpacingBefore(12);
                h.setSpacingAfter(6);
                doc.add(h);
                if (!section.text().isEmpty()) {
                    Paragraph p = new Paragraph(section.text(), bodyFont);
                    p.setFirstLineIndent(en ? 0 : 24);
                    p.setLeading(20);
                    p.setSpacingAfter(8);
                    doc.add(p);
                }
                PdfPTable t = new PdfPTable(new float[]{5, 3, 3, 2});
                t.setWidthPercentage(100);
                t.setHeaderRows(1);
                for (String head : review.tableHeader()) {
                    t.addCell(new PdfPCell(new Phrase(head, tableHead)));
                }
                for (List<String> row : section.rows()) {
                    for (String cell : row) {
                        t.addCell(new PdfPCell(new Phrase(cell, tableFont)));
                    }
                }
                doc.add(t);
                if (section.chart() != null) {
                    Image img = Image.getInstance(section.chart().png());
                    img.scaleToFit(430, 430f * ReviewChart.HEIGHT / ReviewChart.WIDTH);
                    img.setAlignment(Element.ALIGN_CENTER);
                    img.setAlt(section.chart().caption());
                    doc.add(img);
                    Paragraph caption = new Paragraph(new Chunk(section.chart().caption(), smallFont));
                    caption.setAlignment(Element.ALIGN_CENTER);
                    doc.add(caption);
                }
            }
            Paragraph footer = new Paragraph(review.footer(), smallFont);
            footer.setSpacingBefore(12);
            doc.add(footer);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("review PDF failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
