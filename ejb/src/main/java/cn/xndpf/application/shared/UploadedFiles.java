package cn.xndpf.application.shared;

import cn.xndpf.domain.shared.InvalidValueException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What the platform accepts as an uploaded file (上传文件), whichever way it comes (a screen, REST, SOAP):
 * a size limit, the right kind of file by its content (not its name), and Excel workbooks opened with
 * POI's zip-bomb guards tightened, so that a small file cannot unpack into gigabytes. Each refusal is an
 * {@link InvalidValueException} on the field {@code file} with its own message.
 */
public final class UploadedFiles {

    /** Largest Excel workbook accepted (the imports a screen answers within its request). */
    public static final int MAX_WORKBOOK_BYTES = 5 * 1024 * 1024;
    /** Largest workbook of a bulk import taken by a batch job (a county's applications at once, streamed). */
    public static final int MAX_BULK_WORKBOOK_BYTES = 20 * 1024 * 1024;
    /** Largest text file accepted (bank return files). */
    public static final int MAX_TEXT_BYTES = 10 * 1024 * 1024;
    /** Largest photo or document attached to a record (a home modification's survey or acceptance). */
    public static final int MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
    /** Longest name kept for an attached file. */
    public static final int MAX_FILE_NAME = 200;
    /** Largest part of a workbook once unpacked: a 2,000-row sheet is a few MB. */
    static final long MAX_UNPACKED_ENTRY_BYTES = 64L * 1024 * 1024;
    /** Smallest packed/unpacked ratio: ordinary workbooks stay far above 1 %, zip bombs far below. */
    static final double MIN_INFLATE_RATIO = 0.01;

    private static final String FIELD = "file";

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_UNPACKED_ENTRY_BYTES / 2);
    }

    private UploadedFiles() {
    }

    /** An .xlsx workbook: not empty, not too large, a zip package, unpacked within limits. The caller closes it. */
    public static XSSFWorkbook workbook(byte[] content) {
        checkWorkbook(content, MAX_WORKBOOK_BYTES);
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    /**
     * An .xlsx workbook of up to {@code maxBytes} as its package, for reading its sheet as a stream (a bulk
     * import): the same checks and zip-bomb limits as {@link #workbook}. The caller closes it.
     */
    public static OPCPackage workbookPackage(byte[] content, int maxBytes) {
        checkWorkbook(content, maxBytes);
        try {
            return OPCPackage.open(new ByteArrayInputStream(content));
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    private static void checkWorkbook(byte[] content, int maxBytes) {
        if (content == null || content.length == 0) {
            throw new InvalidValueException(FIELD, "upload.empty");
        }
        if (content.length > maxBytes) {
            throw new InvalidValueException(FIELD, "upload.tooLarge", megabytes(maxBytes));
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new InvalidValueException(FIELD, "upload.oldExcel");
        }
        if (!startsWith(content, 'P', 'K', 3, 4)) {
            throw new InvalidValueException(FIELD, "import.notWorkbook");
        }
    }

    /** Why POI could not open a workbook, as the user is told it. */
    static InvalidValueException unreadable(Exception e) {
        if (e instanceof InvalidValueException known) {
            return known;
        }
        if (zipBomb(e)) {
            return new InvalidValueException(FIELD, "upload.zipBomb");
        }
        // POI reports a zip that is no .xlsx package (a .docx, a renamed archive) this way
        return new InvalidValueException(FIELD, "import.notWorkbook");
    }

    /** A UTF-8 text file (a BOM allowed): not empty, not too large, no binary content. */
    public static String utf8Text(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidValueException(FIELD, "upload.empty");
        }
        if (content.length > MAX_TEXT_BYTES) {
            throw new InvalidValueException(FIELD, "upload.tooLarge", megabytes(MAX_TEXT_BYTES));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidValueException(FIELD, "upload.notUtf8Text");
        }
        if (text.indexOf('\0') >= 0) {
            throw new InvalidValueException(FIELD, "upload.notUtf8Text");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** What an attached photo or document is, recognised by its first bytes whatever its name says. */
    public enum AttachmentType {
        JPEG("image/jpeg"), PNG("image/png"), PDF("application/pdf");

        private final String contentType;

        AttachmentType(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }

    /**
     * A photo (JPEG, PNG) or a PDF document: not empty, not larger than {@link #MAX_ATTACHMENT_BYTES}, and of one
     * of those types by its content; anything else (an executable, a page, a picture renamed .pdf) is refused.
     */
    public static AttachmentType attachment(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidValueException(FIELD, "upload.empty");
        }
        if (content.length > MAX_ATTACHMENT_BYTES) {
            throw new InvalidValueException(FIELD, "upload.tooLarge", megabytes(MAX_ATTACHMENT_BYTES));
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return AttachmentType.JPEG;
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return AttachmentType.PNG;
        }
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return AttachmentType.PDF;
        }
        throw new InvalidValueException(FIELD, "upload.notAttachment");
    }

    /**
     * The name an uploaded file is shown and offered under: the last part of what the browser sent (a client may
     * send a whole path), without control characters or quotes, at most {@link #MAX_FILE_NAME} characters. It is
     * only ever shown, never used to place the file anywhere.
     */
    public static String displayName(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.length() > MAX_FILE_NAME) {
            throw new InvalidValueException("fileName", "upload.fileName", String.valueOf(MAX_FILE_NAME));
        }
        return name;
    }

    private static boolean zipBomb(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = c.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("max allowed overall size"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String megabytes(int bytes) {
        return String.valueOf(bytes / (1024 * 1024));
    }
}
