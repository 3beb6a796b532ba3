package cn.xndpf.application.shared;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one writer of import templates (导入模板), the counterpart of {@link WorkbookReader}: a first sheet
 * with the columns' Chinese headings in bold, every column formatted as text (so that an ID number keeps its
 * digits) except the date columns, the heading row frozen, and a second sheet of notes, which the reader
 * never reads.
 */
public final class ImportTemplate {

    private ImportTemplate() {
    }

    /**
     * @param extra adds what one kind of workbook needs beyond that (a list to choose from), on the first sheet
     */
    public static <C extends Enum<C> & SheetColumn> byte[] workbook(String sheetName, C[] columns,
                                                                    Set<C> dateColumns, List<String> notes,
                                                                    Consumer<Sheet> extra) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle heading = wb.createCellStyle();
            heading.setFont(bold);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));

            Row head = sheet.createRow(0);
            for (C c : columns) {
                Cell cell = head.createCell(c.ordinal());
                cell.setCellValue(c.chineseName());
                cell.setCellStyle(heading);
                sheet.setColumnWidth(c.ordinal(), c.width() * 256);
                sheet.setDefaultColumnStyle(c.ordinal(), dateColumns.contains(c) ? date : text);
            }
            sheet.createFreezePane(0, 1);
            extra.accept(sheet);

            Sheet notesSheet = wb.createSheet("填写说明");
            notesSheet.setColumnWidth(0, 100 * 256);
            for (int i = 0; i < notes.size(); i++) {
                notesSheet.createRow(i).createCell(0).setCellValue(notes.get(i));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
