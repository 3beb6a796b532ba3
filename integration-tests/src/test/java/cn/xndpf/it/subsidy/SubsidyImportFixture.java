package cn.xndpf.it.subsidy;

import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.subsidy.ImportRunView;
import cn.xndpf.application.subsidy.SubsidyImportService;
import cn.xndpf.it.StaffLogin;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * What every test of the bulk import of subsidy applications sets up the same way: made-up applicants, workbooks
 * filled in from the service's own template as a township would type them in Excel, and the wait for an import
 * run's end (the upload answers at once, the job takes the rows).
 */
public final class SubsidyImportFixture {

    public static final String BANK = "中国农业银行西宁分行";
    public static final String ACCOUNT = "6228480098765432109";

    private final SubsidyImportService importer;
    private final Applicants applicants;

    public SubsidyImportFixture(SubsidyImportService importer, RegistryService registry) {
        this.importer = importer;
        this.applicants = new Applicants(registry);
    }

    Applicants applicants() {
        return applicants;
    }

    /** One row's cells in the template's column order (see {@link #filled} for what each may be). */
    public static Object[] row(Object idNumber, Object type, Object bank, Object account, Object appliedOn) {
        return new Object[]{idNumber, type, bank, account, appliedOn};
    }

    /** The template, fetched as 东关街道's clerk (who stays signed in), with these rows from row 2. */
    public byte[] workbook(Object[]... rows) throws IOException {
        StaffLogin.as("clerk-dongguan", "clerk123");
        return filled(importer.template(), rows);
    }

    /**
     * A template with these rows from row 2. A cell is left empty for null, a date cell for a {@link LocalDate},
     * a number for a {@link Double} (as Excel keeps a long number typed into a number column), whatever a
     * {@code Consumer<Cell>} makes of it (a formula, an error, a boolean), and text for anything else.
     */
    @SuppressWarnings("unchecked")
    public static byte[] filled(byte[] template, Object[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v instanceof Double n) {
                        cell.setCellValue(n);
                    } else if (v instanceof Consumer<?> made) {
                        ((Consumer<Cell>) made).accept(cell);
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The run once its job has finished it; the uploader must be signed in (a run is its uploader's only). */
    public ImportRunView await(long runId) throws InterruptedException {
        return await(runId, null);
    }

    /** The run once finished by the given execution (by any, when null). */
    public ImportRunView await(long runId, Long execution) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline) {
            ImportRunView run = importer.run(runId);
            if (run.finished() && (execution == null || execution.equals(run.jobExecutionId()))) {
                return run;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("import run " + runId + " did not finish");
    }
}
