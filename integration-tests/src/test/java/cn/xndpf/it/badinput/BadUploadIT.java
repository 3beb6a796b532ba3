package cn.xndpf.it.badinput;

import cn.xndpf.application.employment.DeclarationColumn;
import cn.xndpf.application.employment.DeclarationImportService;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.shared.ImportReport;
import cn.xndpf.application.subsidy.ImportColumn;
import cn.xndpf.application.subsidy.ImportRunView;
import cn.xndpf.application.subsidy.SubsidyImportService;
import cn.xndpf.domain.employment.CreditCode;
import cn.xndpf.domain.person.CertificateNumber;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import cn.xndpf.it.subsidy.SubsidyImportFixture;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bad input to the other upload, the bulk import of subsidy applications (the bank return upload is in
 * {@link BadInputIT}), inside the real EAR as 东关街道's clerk, through the upload and its import job: files that
 * are no workbook (empty, text, random bytes, 10 MB, an old .xls header, a zip that is no workbook, a cut-off
 * workbook) are refused whole at the upload with a message naming the file and store nothing; workbooks from the
 * template whose every column carries hostile or wrongly typed cells are stored as import runs, and the job
 * completes each with its row refused and its problems said. Nothing is imported: the row counts, the audit log's
 * included, are the same afterwards but for the runs and their own audit entries (the upload and the run's end).
 * The same corpus goes to the import of employment declarations (年审申报导入), as 城东区's staff.
 */
@ExtendWith(ArquillianExtension.class)
class BadUploadIT {

    /** The audit entries of the import runs themselves: a run's upload and its end. */
    private static final String IMPORT_RUN_ENTRIES =
            "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'ImportRun' AND action <> 'SIGN_IN'";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(BadUploadIT.class, RowCountsProbe.class, SubsidyImportFixture.class);
    }

    @EJB
    private SubsidyImportService importer;

    @EJB
    private RegistryService registry;

    @EJB
    private DeclarationImportService declarations;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private final List<String> problems = new ArrayList<>();

    /** The import runs the subsidy uploads stored (a file taken whole, its row then refused by the job). */
    private int runsStored;

    @Test
    void everyBadFileIsRefusedClearlyAndNothingIsImported() throws Exception {
        StaffLogin.as("clerk-dongguan", "clerk123");
        byte[] template = importer.template();
        SubsidyImportFixture imports = new SubsidyImportFixture(importer, registry);
        Map<String, Long> before = counts();
        long runsBefore = count("SELECT COUNT(*) FROM import_run");
        long runEntriesBefore = count(IMPORT_RUN_ENTRIES);

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("empty", new byte[0]);
        files.put("text", "身份证号,补贴类别\n' OR '1'='1,<script>\n".getBytes(StandardCharsets.UTF_8));
        byte[] random = new byte[64 * 1024];
        new Random(11).nextBytes(random);
        files.put("random bytes", random);
        files.put("10 MB", new byte[10 * 1024 * 1024 + 1]);
        files.put("old .xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0, 0, 0});
        files.put("zip without a workbook", zipOf("readme.txt", "x"));
        files.put("cut-off workbook", Arrays.copyOf(template, template.length / 2));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            expectRefused(f.getKey(), f.getValue(), imports);
        }
        assertEquals(0, runsStored, "every file that is no workbook is refused whole at the upload");

        String unknown = TestIds.valid("630102", true);
        List<Consumer<Cell>> hostile = new ArrayList<>();
        for (String text : List.of("", " ", "' OR '1'='1", "1; DROP TABLE subsidy_case; --", "<script>alert(1)</script>",
                "=cmd|' /C calc'!A0", "UNKNOWN", "-1", "2026-02-30", "9999-99-99", "x".repeat(32_000))) {
            hostile.add(c -> c.setCellValue(text));
        }
        hostile.add(c -> c.setCellValue(-1e308));
        hostile.add(c -> c.setCellValue(true));
        hostile.add(c -> c.setCellFormula("1/0"));
        hostile.add(c -> c.setCellFormula("HYPERLINK(\"http://example.invalid\",\"x\")"));
        hostile.add(c -> c.setCellErrorValue(FormulaError.REF.getCode()));
        for (ImportColumn column : ImportColumn.values()) {
            for (int i = 0; i < hostile.size(); i++) {
                // an unregistered person, valid values, and the hostile cell in one column
                Object[] row = SubsidyImportFixture.row(unknown, "护理补贴", SubsidyImportFixture.BANK,
                        SubsidyImportFixture.ACCOUNT, "2026-01-05");
                row[column.ordinal()] = hostile.get(i);
                expectRefused(column + " value " + i, SubsidyImportFixture.filled(template, row), imports);
            }
        }
        assertEquals(List.of(), problems);
        Map<String, Long> after = counts();
        long runEntries = count(IMPORT_RUN_ENTRIES) - runEntriesBefore;
        after.merge("audit_entry", -runEntries, Long::sum);
        assertEquals(before, after, "bad files imported nothing, the audit log included (but for the runs' own)");
        assertEquals(runsBefore + runsStored, count("SELECT COUNT(*) FROM import_run"));
        assertEquals(2L * runsStored, runEntries, "each stored run's upload and end audited, nothing more");
    }

    @Test
    void everyBadDeclarationFileIsRefusedClearlyAndNothingIsDeclared() throws Exception {
        StaffLogin.as("chengdong", "district123");
        byte[] template = declarations.template();
        Map<String, Long> before = counts();
        before.put("employment_declaration", count("SELECT COUNT(*) FROM employment_declaration"));
        Function<byte[], ImportReport> declare = f -> declarations.importDeclarations(f, Locale.SIMPLIFIED_CHINESE);

        List<byte[]> files = List.of(new byte[0], "统一社会信用代码,申报年度\n' OR '1'='1\n".getBytes(StandardCharsets.UTF_8),
                new byte[10 * 1024 * 1024 + 1], zipOf("readme.txt", "x"), Arrays.copyOf(template, template.length / 2));
        for (int i = 0; i < files.size(); i++) {
            expectRefused("declaration file " + i, files.get(i), declare);
        }
        // one row of an employer nobody registered, every other cell valid: whatever the hostile cell, it is refused
        String first17 = "91630102" + "7".repeat(9);
        String id = TestIds.valid("630102", true);
        String[] values = {first17 + CreditCode.checkCharacter(first17),
                String.valueOf(PlatformClock.today().getYear() - 1), "40", "1500000", id,
                CertificateNumber.of(IdNumber.of(id), DisabilityCategory.PHYSICAL, DisabilityLevel.THREE).value(),
                "三级", "2023-03-01", "", "12", "3000"};
        for (DeclarationColumn column : DeclarationColumn.values()) {
            for (int i = 0; i < hostileCells().size(); i++) {
                expectRefused(column + " value " + i, declarationRow(template, values, column, hostileCells().get(i)),
                        declare);
            }
        }
        assertEquals(List.of(), problems);
        Map<String, Long> after = counts();
        after.put("employment_declaration", count("SELECT COUNT(*) FROM employment_declaration"));
        assertEquals(before, after, "bad files changed nothing, the audit log included");
    }

    private static List<Consumer<Cell>> hostileCells() {
        List<Consumer<Cell>> hostile = new ArrayList<>();
        for (String text : List.of("", " ", "' OR '1'='1", "1; DROP TABLE employer; --", "<script>alert(1)</script>",
                "=cmd|' /C calc'!A0", "UNKNOWN", "-1", "2026-02-30", "9999-99-99", "x".repeat(32_000))) {
            hostile.add(c -> c.setCellValue(text));
        }
        hostile.add(c -> c.setCellValue(-1e308));
        hostile.add(c -> c.setCellValue(true));
        hostile.add(c -> c.setCellFormula("1/0"));
        hostile.add(c -> c.setCellErrorValue(FormulaError.REF.getCode()));
        return hostile;
    }

    private static byte[] declarationRow(byte[] template, String[] values, DeclarationColumn hostileColumn,
                                         Consumer<Cell> hostile) throws IOException {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = wb.getSheetAt(0).createRow(1);
            for (DeclarationColumn c : DeclarationColumn.values()) {
                Cell cell = row.createCell(c.ordinal());
                if (c == hostileColumn) {
                    hostile.accept(cell);
                } else if (!values[c.ordinal()].isEmpty()) {
                    cell.setCellValue(values[c.ordinal()]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * A subsidy import file is refused whole at the upload (field {@code file}, a message), or stored as a run that
     * the job completes with no row imported, every row refused and each problem said.
     */
    private void expectRefused(String what, byte[] file, SubsidyImportFixture imports) {
        long runId;
        try {
            runId = importer.upload(file, "bad.xlsx");
        } catch (InvalidValueException e) {
            if (!"file".equals(e.field()) || e.getMessage() == null || e.getMessage().isBlank()) {
                problems.add(what + ": " + e.field() + " " + e.getMessage());
            }
            return;
        } catch (RuntimeException e) {
            problems.add(what + ": " + e);
            return;
        }
        runsStored++;
        try {
            ImportRunView run = imports.await(runId);
            List<ImportReport.RowProblem> said = importer.problems(runId, 0, 100, Locale.SIMPLIFIED_CHINESE).rows();
            if (!"COMPLETED".equals(run.status()) || run.rowsImported() != 0 || run.rowsRefused() != run.rowsTotal()
                    || said.isEmpty() || said.stream().anyMatch(p -> p.message() == null || p.message().isBlank())) {
                problems.add(what + ": " + run + " " + said);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            problems.add(what + ": run " + runId + " " + e);
        }
    }

    private void expectRefused(String what, byte[] file, Function<byte[], ImportReport> importer) {
        try {
            ImportReport report = importer.apply(file);
            if (!report.imported().isEmpty() || report.problems().isEmpty()
                    || report.problems().stream().anyMatch(p -> p.message() == null || p.message().isBlank())) {
                problems.add(what + ": " + report);
            }
        } catch (InvalidValueException e) {
            if (!"file".equals(e.field()) || e.getMessage() == null || e.getMessage().isBlank()) {
                problems.add(what + ": " + e.field() + " " + e.getMessage());
            }
        } catch (RuntimeException e) {
            problems.add(what + ": " + e);
        }
    }

    private static byte[] zipOf(String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : RowCountsProbe.TABLES) {
                try (ResultSet r = s.executeQuery(RowCountsProbe.countQuery(table))) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        }
        return counts;
    }
}
