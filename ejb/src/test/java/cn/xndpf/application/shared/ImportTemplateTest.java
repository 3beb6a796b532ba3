package cn.xndpf.application.shared;

import cn.xndpf.application.employment.DeclarationColumn;
import cn.xndpf.application.employment.DeclarationImportService;
import cn.xndpf.application.subsidy.ImportColumn;
import cn.xndpf.application.subsidy.SubsidyImportService;
import cn.xndpf.domain.shared.InvalidValueException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The templates offered for download are read back by the one reader: every column is found by its heading (a
 * missing one would be refused first), the file holds no data row, the notes are on a second sheet, and the
 * number columns are text so that long numbers keep their digits.
 */
class ImportTemplateTest {

    @Test
    void theDeclarationTemplateIsReadBackWithEveryColumn() throws IOException {
        byte[] template = new DeclarationImportService().template();
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> WorkbookReader.read(template, DeclarationColumn.class, 10, row -> { }));
        assertEquals("import.empty", e.key(), "every heading found, no row");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("年审申报", sheet.getSheetName());
            assertEquals(DeclarationColumn.values().length, sheet.getRow(0).getLastCellNum());
            assertEquals("@", sheet.getColumnStyle(DeclarationColumn.ID_NUMBER.ordinal()).getDataFormatString());
            assertEquals("@", sheet.getColumnStyle(DeclarationColumn.CREDIT_CODE.ordinal()).getDataFormatString());
            assertEquals("yyyy-mm-dd",
                    sheet.getColumnStyle(DeclarationColumn.CONTRACT_FROM.ordinal()).getDataFormatString());
            assertEquals("填写说明", wb.getSheetAt(1).getSheetName());
            assertTrue(wb.getSheetAt(1).getRow(2).getCell(0).getStringCellValue().contains("合为一份申报"));
        }
    }

    @Test
    void theSubsidyTemplateKeepsItsColumnsAndItsListOfSubsidies() throws IOException {
        byte[] template = new SubsidyImportService().template();
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> WorkbookReader.read(template, ImportColumn.class, 10, row -> { }));
        assertEquals("import.empty", e.key());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertEquals("两项补贴申请", wb.getSheetAt(0).getSheetName());
            assertEquals(1, wb.getSheetAt(0).getDataValidations().size());
            assertEquals("yyyy-mm-dd",
                    wb.getSheetAt(0).getColumnStyle(ImportColumn.APPLIED_ON.ordinal()).getDataFormatString());
        }
    }
}
