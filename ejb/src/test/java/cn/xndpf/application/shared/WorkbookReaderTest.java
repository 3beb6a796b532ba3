package cn.xndpf.application.shared;

import cn.xndpf.application.subsidy.ImportColumn;
import cn.xndpf.application.subsidy.SubsidyImportService;
import cn.xndpf.domain.shared.InvalidValueException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The streamed reader (a large import's) reads a sheet exactly as the loaded one does: the same rows, blank
 * rows skipped, and the same values and problems from every kind of cell (text, numbers, a long number typed as
 * one, date cells, dates as text, formulas, a rich-text cell), and refuses a file as a whole the same way.
 */
class WorkbookReaderTest {

    @Test
    void theStreamedSheetReadsAsTheLoadedOne() throws IOException {
        byte[] file = sample();
        List<String> loaded = new ArrayList<>();
        int n = WorkbookReader.read(file, ImportColumn.class, 100, row -> loaded.add(describe(row)));
        List<String> streamed = new ArrayList<>();
        int m = WorkbookReader.stream(file, UploadedFiles.MAX_BULK_WORKBOOK_BYTES, ImportColumn.class, 100, 0,
                row -> streamed.add(describe(row)));
        assertEquals(5, n, "the blank row is not counted");
        assertEquals(n, m);
        assertEquals(loaded, streamed);
        assertEquals("2|110101199003070011|NURSING|银行|6228480012345678901|2026-01-05|[]", streamed.get(0));
        assertEquals("3|null|LIVING|银行|6228480012345678901|2026-01-05|[idNumber:import.textRequired]", streamed.get(1));

        List<String> afterThree = new ArrayList<>();
        WorkbookReader.stream(file, UploadedFiles.MAX_BULK_WORKBOOK_BYTES, ImportColumn.class, 100, 3,
                row -> afterThree.add(describe(row)));
        assertEquals(loaded.subList(2, 5), afterThree, "rows after a checkpoint");
    }

    @Test
    void aStreamedFileIsRefusedWholeAsTheLoadedOneIs() throws IOException {
        byte[] file = sample();
        assertEquals("import.tooManyRows", assertThrows(InvalidValueException.class,
                () -> WorkbookReader.count(file, UploadedFiles.MAX_BULK_WORKBOOK_BYTES, ImportColumn.class, 4)).key());
        assertEquals("upload.tooLarge", assertThrows(InvalidValueException.class,
                () -> WorkbookReader.count(file, file.length - 1, ImportColumn.class, 100)).key());
        byte[] template = new SubsidyImportService().template();
        assertEquals("import.empty", assertThrows(InvalidValueException.class,
                () -> WorkbookReader.count(template, UploadedFiles.MAX_BULK_WORKBOOK_BYTES, ImportColumn.class, 100)).key());
        assertEquals("import.notWorkbook", assertThrows(InvalidValueException.class,
                () -> WorkbookReader.count("PK\u0003\u0004 not a zip".getBytes(), 1000, ImportColumn.class, 100)).key());
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row head = wb.createSheet().createRow(0);
            head.createCell(0).setCellValue("身份证号");
            wb.write(out);
            InvalidValueException missing = assertThrows(InvalidValueException.class, () -> WorkbookReader.count(
                    out.toByteArray(), UploadedFiles.MAX_BULK_WORKBOOK_BYTES, ImportColumn.class, 100));
            assertEquals("import.missingColumn", missing.key());
        }
    }

    private static String describe(WorkbookReader.SheetRow<ImportColumn> row) {
        List<InvalidValueException> found = new ArrayList<>();
        String id = row.digits(ImportColumn.ID_NUMBER, found);
        String type = row.text(ImportColumn.TYPE);
        String bank = row.text(ImportColumn.BANK_NAME);
        String account = row.digits(ImportColumn.BANK_ACCOUNT, found);
        LocalDate day = row.date(ImportColumn.APPLIED_ON, found);
        return row.number() + "|" + id + "|" + type + "|" + bank + "|" + account + "|" + day + "|"
                + found.stream().map(e -> e.field() + ":" + e.key()).toList();
    }

    private static byte[] sample() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("申请");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = sheet.createRow(0);
            String[] headings = {"身份证号", "补贴类别", "开户银行", "银行账号", "申请日期"};
            for (int i = 0; i < headings.length; i++) {
                head.createCell(i).setCellValue(headings[i]);
            }
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("110101199003070011");
            r.createCell(1).setCellValue("NURSING");
            r.createCell(2).setCellValue(" 银行 ");
            r.createCell(3).setCellValue("6228480012345678901");
            Cell d = r.createCell(4);
            d.setCellValue(LocalDate.of(2026, 1, 5));
            d.setCellStyle(date);
            r = sheet.createRow(2);
            r.createCell(0).setCellValue(110101199003070000.0);
            r.createCell(1).setCellValue(new XSSFRichTextString("LIVING"));
            r.createCell(2).setCellValue("银行");
            r.createCell(3).setCellValue("6228480012345678901");
            r.createCell(4).setCellValue("2026/1/5");
            sheet.createRow(3).createCell(2).setCellValue("  ");
            r = sheet.createRow(4);
            r.createCell(0).setCellValue(123456789012.0);
            r.createCell(1).setCellFormula("\"护理\"&\"补贴\"");
            r.createCell(2).setCellValue(true);
            r.createCell(3).setCellValue(12.5);
            r.createCell(4).setCellValue("2026-02-30");
            r = sheet.createRow(5);
            r.createCell(1).setCellValue("生活补贴");
            r.createCell(4).setCellValue(46027.0);
            r = sheet.createRow(7);
            r.createCell(0).setCellValue("x");
            wb.setForceFormulaRecalculation(false);
            org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

}
