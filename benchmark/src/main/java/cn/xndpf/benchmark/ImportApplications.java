package cn.xndpf.benchmark;

import cn.xndpf.application.subsidy.ImportColumn;
import cn.xndpf.domain.subsidy.SubsidyType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The applications the Excel import measurement (批量导入申请) brings to the platform: a share of the (person,
 * subsidy) pairs the rules admit, left without a case by the data set, and written as a township fills in the
 * import's workbook (the columns of {@link ImportColumn}, as {@code SubsidyImportService.template()} heads
 * them), so each row is an application the platform should take.
 *
 * <p>The pairs are chosen by their order among the admitted pairs (every 1/share-th, spread evenly over the
 * registry and both subsidies), so two loads of the same size choose the same pairs.
 */
public final class ImportApplications {

    /**
     * The share of admitted pairs left for the import. A million people hold about 580,000 admitted pairs, so
     * 0.086 leaves about 50,000 (issue 10: an import of 50,000 applications); 10,000 people about 500.
     */
    static final double DEFAULT_SHARE = 0.086;

    /** One row of the workbook. */
    public record Application(String idNumber, SubsidyType type, String bankName, String bankAccount,
                              LocalDate appliedOn) {
    }

    private final double share;
    private final List<Application> chosen = new ArrayList<>();
    private long admitted;

    ImportApplications(double share) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("dpf.benchmark.importShare must lie between 0 and 1: " + share);
        }
        this.share = share;
    }

    /** The share of {@code -Ddpf.benchmark.importShare}, {@link #DEFAULT_SHARE} without it. */
    static ImportApplications ofSystemProperty() {
        String value = System.getProperty("dpf.benchmark.importShare");
        return new ImportApplications(value == null || value.isBlank() ? DEFAULT_SHARE : Double.parseDouble(value));
    }

    /**
     * Whether this admitted pair is left for the import (then it gets no case and becomes a row of the
     * workbook, applied for on {@code appliedOn}).
     */
    boolean take(String idNumber, SubsidyType type, String bankName, String bankAccount, LocalDate appliedOn) {
        long n = admitted++;
        if (Math.floor((n + 1) * share) <= Math.floor(n * share)) {
            return false;
        }
        chosen.add(new Application(idNumber, type, bankName, bankAccount, appliedOn));
        return true;
    }

    List<Application> chosen() {
        return List.copyOf(chosen);
    }

    /**
     * The workbook a township would upload: headings in the first row, one application a row below, every
     * cell text (ID numbers and accounts must stay text; the date as the template's note writes it). Written
     * with POI's streaming workbook, so 50,000 rows never sit in the heap.
     */
    public static void write(List<Application> applications, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try (OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("两项补贴申请");
            Row head = sheet.createRow(0);
            for (ImportColumn c : ImportColumn.values()) {
                head.createCell(c.ordinal()).setCellValue(c.chineseName());
            }
            int r = 1;
            for (Application a : applications) {
                Row row = sheet.createRow(r++);
                row.createCell(ImportColumn.ID_NUMBER.ordinal()).setCellValue(a.idNumber());
                row.createCell(ImportColumn.TYPE.ordinal()).setCellValue(shortName(a.type()));
                row.createCell(ImportColumn.BANK_NAME.ordinal()).setCellValue(a.bankName());
                row.createCell(ImportColumn.BANK_ACCOUNT.ordinal()).setCellValue(a.bankAccount());
                row.createCell(ImportColumn.APPLIED_ON.ordinal()).setCellValue(a.appliedOn().toString());
            }
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** The rows of a workbook {@link #write} wrote, in their order (row 2 first). */
    public static List<Application> read(Path file) throws IOException {
        List<Application> rows = new ArrayList<>();
        try (org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String type = row.getCell(ImportColumn.TYPE.ordinal()).getStringCellValue();
                rows.add(new Application(row.getCell(ImportColumn.ID_NUMBER.ordinal()).getStringCellValue(),
                        java.util.Arrays.stream(SubsidyType.values()).filter(t -> shortName(t).equals(type)).findFirst()
                                .orElseThrow(() -> new IOException("row " + (row.getRowNum() + 1) + ": no subsidy " + type)),
                        row.getCell(ImportColumn.BANK_NAME.ordinal()).getStringCellValue(),
                        row.getCell(ImportColumn.BANK_ACCOUNT.ordinal()).getStringCellValue(),
                        LocalDate.parse(row.getCell(ImportColumn.APPLIED_ON.ordinal()).getStringCellValue())));
            }
        }
        return rows;
    }

    /** The subsidy as the template's list offers it: 生活补贴, 护理补贴. */
    static String shortName(SubsidyType type) {
        String full = type.chineseName();
        return full.substring(full.length() - 4);
    }

    static String describe(List<Application> applications, Path file) {
        return String.format(Locale.ROOT, "%,d applications (%,d living, %,d nursing subsidy) in %s",
                applications.size(), applications.stream().filter(a -> a.type() == SubsidyType.LIVING).count(),
                applications.stream().filter(a -> a.type() == SubsidyType.NURSING).count(), file);
    }
}
