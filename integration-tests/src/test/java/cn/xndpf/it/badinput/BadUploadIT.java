package cn.xndpf.it.badinput;

import cn.xndpf.application.employment.DeclarationColumn;
import cn.xndpf.application.employment.DeclarationImportService;
import cn.xndpf.application.shared.ImportReport;
import cn.xndpf.application.subsidy.ImportColumn;
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
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
 * {@link BadInputIT}), inside the real EAR as 东关街道's clerk: files that are no workbook (empty, text, random
 * bytes, 10 MB, an old .xls header, a zip that is no workbook, a cut-off workbook), and workbooks from the
 * template whose every column carries hostile or wrongly typed cells. Each file is refused whole with a
 * message naming the file, or each of its rows is refused with its problems; nothing is imported and the
 * row counts, the audit log's included, are the same afterwards. The same corpus goes to the import of employment
 * declarations (年审申报导入), as 城东区's staff.
 */
@ExtendWith(ArquillianExtension.class)
class BadUploadIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(BadUploadIT.class, RowCountsProbe.class);
    }

    @EJB
    private SubsidyImportService importer;

    @EJB
    private DeclarationImportService declarations;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private final List<String> problems = new ArrayList<>();

    @Test
    void everyBadFileIsRefusedClearlyAndNothingIsImported() throws Exception {
        StaffLogin.as("clerk-dongguan", "clerk123");
        byte[] template = importer.template();
        Map<String, Long> before = counts();

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
            expectRefused(f.getKey(), f.getValue());
        }

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
                Consumer<Cell> value = hostile.get(i);
                expectRefused(column + " value " + i, workbook(template, unknown, column, value));
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(before, counts(), "bad files changed nothing, the audit log included");
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

    private void expectRefused(String what, byte[] file) {
        expectRefused(what, file, f -> importer.importApplications(f, Locale.SIMPLIFIED_CHINESE));
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

    /** The template with one data row: an unregistered person, valid values, and the hostile cell in one column. */
    private static byte[] workbook(byte[] template, String idNumber, ImportColumn hostileColumn, Consumer<Cell> hostile)
            throws IOException {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            Row row = sheet.createRow(sheet.getFirstRowNum() + 1);
            String[] values = {idNumber, "护理补贴", "中国农业银行西宁分行", "6228480098765432109", "2026-01-05"};
            for (ImportColumn c : ImportColumn.values()) {
                Cell cell = row.createCell(c.ordinal());
                if (c == hostileColumn) {
                    hostile.accept(cell);
                } else {
                    cell.setCellValue(values[c.ordinal()]);
                }
            }
            wb.write(out);
            return out.toByteArray();
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
