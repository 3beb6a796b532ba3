package cn.xndpf.application.shared;

import cn.xndpf.domain.shared.InvalidValueException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each refusal of an upload with its own message, and what is accepted. */
class UploadedFilesTest {

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("s").createRow(0).createCell(0).setCellValue("身份证号");
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A real workbook with one more part: {@code size} bytes that pack into almost nothing. */
    static byte[] zipBomb(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook()));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/padding.xml"));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) ' ');
            for (int written = 0; written < size; written += chunk.length) {
                zip.write(chunk);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static InvalidValueException refused(Runnable r) {
        return assertThrows(InvalidValueException.class, r::run);
    }

    @Test
    void aWorkbookIsOpened() throws IOException {
        try (XSSFWorkbook wb = UploadedFiles.workbook(workbook())) {
            assertEquals("身份证号", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void aZipBombIsRefusedWithItsOwnMessage() throws IOException {
        byte[] bomb = zipBomb(40 << 20);
        assertEquals(true, bomb.length < UploadedFiles.MAX_WORKBOOK_BYTES, "small enough to pass the size limit");
        InvalidValueException e = refused(() -> UploadedFiles.workbook(bomb));
        assertEquals("file", e.field());
        assertEquals("upload.zipBomb", e.key());
        assertEquals("文件解压后的内容异常庞大（疑似压缩炸弹），已拒绝", e.getMessage());
    }

    @Test
    void aZipBombIsRefusedAsABulkWorkbookToo() throws IOException {
        byte[] bomb = zipBomb(40 << 20);
        InvalidValueException e = refused(() -> UploadedFiles.workbookPackage(bomb, UploadedFiles.MAX_BULK_WORKBOOK_BYTES));
        assertEquals("upload.zipBomb", e.key(), "the package a bulk import streams its sheet from");
    }

    @Test
    void tooLargeEmptyOldExcelAndNotAWorkbook() {
        byte[] big = new byte[UploadedFiles.MAX_WORKBOOK_BYTES + 1];
        big[0] = 'P';
        big[1] = 'K';
        big[2] = 3;
        big[3] = 4;
        InvalidValueException tooLarge = refused(() -> UploadedFiles.workbook(big));
        assertEquals("上传的文件过大，最大 5 MB", tooLarge.getMessage());
        assertEquals("upload.empty", refused(() -> UploadedFiles.workbook(new byte[0])).key());
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertEquals("这是旧版Excel文件（.xls），请在Excel中另存为 .xlsx 后再上传",
                refused(() -> UploadedFiles.workbook(xls)).getMessage());
        assertEquals("import.notWorkbook",
                refused(() -> UploadedFiles.workbook("身份证号,补贴类别".getBytes(StandardCharsets.UTF_8))).key());
        assertEquals("import.notWorkbook", refused(() -> UploadedFiles.workbook(new byte[]{'P', 'K', 3, 4, 0, 0})).key(),
                "a zip that is no workbook");
    }

    @Test
    void textMustBeUtf8AndWithinTheLimit() throws IOException {
        assertEquals("line_id,结果", UploadedFiles.utf8Text("\uFEFFline_id,结果".getBytes(StandardCharsets.UTF_8)));
        byte[] workbook = workbook();
        assertEquals("upload.notUtf8Text", refused(() -> UploadedFiles.utf8Text(workbook)).key(), "a workbook is no CSV");
        assertEquals("upload.notUtf8Text",
                refused(() -> UploadedFiles.utf8Text("结果".getBytes(java.nio.charset.Charset.forName("GB18030")))).key());
        assertEquals("upload.notUtf8Text", refused(() -> UploadedFiles.utf8Text(new byte[]{'a', 0, 'b'})).key());
        byte[] big = new byte[UploadedFiles.MAX_TEXT_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        assertEquals("上传的文件过大，最大 10 MB", refused(() -> UploadedFiles.utf8Text(big)).getMessage());
    }

    // accessibility: photos and documents attached to a home modification

    @Test
    void anAttachmentIsAPhotoOrPdfByItsContentWithinTheLimit() {
        assertEquals(UploadedFiles.AttachmentType.JPEG,
                UploadedFiles.attachment(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}));
        assertEquals(UploadedFiles.AttachmentType.PNG, UploadedFiles.attachment(
                new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}));
        assertEquals("application/pdf", UploadedFiles.attachment("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))
                .contentType());
        assertEquals("只能上传JPEG、PNG照片或PDF文件（按文件内容识别）", refused(() -> UploadedFiles.attachment(
                new byte[]{'M', 'Z', (byte) 0x90, 0})).getMessage(), "an executable, whatever it is called");
        assertEquals("upload.notAttachment", refused(() -> UploadedFiles.attachment(
                "<html>%PDF-".getBytes(StandardCharsets.US_ASCII))).key(), "the type is read at the start only");
        assertEquals("upload.empty", refused(() -> UploadedFiles.attachment(new byte[0])).key());
        byte[] big = new byte[UploadedFiles.MAX_ATTACHMENT_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertEquals("上传的文件过大，最大 5 MB", refused(() -> UploadedFiles.attachment(big)).getMessage());
    }

    @Test
    void aFileNameIsOnlyItsLastPartWithoutControlCharacters() {
        assertEquals("勘查照片.jpg", UploadedFiles.displayName("C:\\Users\\a\\勘查照片.jpg"));
        assertEquals("passwd", UploadedFiles.displayName("../../etc/passwd"));
        assertEquals("ab.pdf", UploadedFiles.displayName("a\"\r\nb.pdf"));
        assertEquals("upload.fileName", refused(() -> UploadedFiles.displayName("../")).key());
        assertEquals("upload.fileName", refused(() -> UploadedFiles.displayName("..")).key());
        assertEquals("upload.fileName", refused(() -> UploadedFiles.displayName(" ")).key());
        assertEquals("upload.fileName", refused(() -> UploadedFiles.displayName("a".repeat(201))).key());
    }
}
