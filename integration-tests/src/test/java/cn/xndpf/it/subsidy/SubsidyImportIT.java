package cn.xndpf.it.subsidy;

import cn.xndpf.application.audit.AuditService;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.shared.ImportReport;
import cn.xndpf.application.shared.ImportReport.RowProblem;
import cn.xndpf.application.subsidy.ImportColumn;
import cn.xndpf.application.subsidy.SubsidyCaseDetails;
import cn.xndpf.application.subsidy.SubsidyImportService;
import cn.xndpf.application.subsidy.SubsidyService;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.audit.AuditRepository.AuditQuery;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.CaseRepository;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import cn.xndpf.it.subsidy.Applicants.Applicant;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bulk import of subsidy applications inside the real EAR: workbooks are filled in from the service's
 * own template, as a township would, and imported by 东关街道's clerk.
 */
@ExtendWith(ArquillianExtension.class)
class SubsidyImportIT {

    private static final String BANK = "中国农业银行西宁分行";
    private static final String ACCOUNT = "6228480098765432109";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SubsidyImportIT.class, Applicants.class, Applicants.Applicant.class);
    }

    @EJB
    private SubsidyImportService importer;

    @EJB
    private SubsidyService subsidies;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private RegistryService registry;

    @EJB
    private AuditService audit;

    @Inject
    private CaseRepository cases;

    @Inject
    private PersonRepository people;

    @jakarta.annotation.Resource(lookup = "jdbc/dpf")
    private javax.sql.DataSource dataSource;

    private Applicants applicants;
    private final LocalDate today = PlatformClock.today();

    @BeforeEach
    void setUp() {
        applicants = new Applicants(registry);
    }

    @Test
    void goodRowsAreTakenAndEveryProblemOfTheOthersIsReportedWithRowAndColumn() throws IOException {
        Applicant nursing = applicants.qualifyingForBoth();
        Applicant living = applicants.qualifyingForBoth();
        Applicant typo = applicants.qualifyingForBoth();
        Applicant twoMistakes = applicants.qualifyingForBoth();
        Applicant level3 = applicants.holder(Applicants.DONGGUAN, DisabilityCategory.PHYSICAL, DisabilityLevel.THREE);
        Applicant otherTownship = applicants.holder("630102002001", DisabilityCategory.PHYSICAL, DisabilityLevel.ONE);
        Applicant future = applicants.qualifyingForBoth();
        Applicant textDate = applicants.qualifyingForBoth();
        String wrongCheck = TestIds.withWrongCheck(TestIds.valid("630102", false));
        LocalDate tenDaysAgo = today.minusDays(10);
        LocalDate monthAgo = today.minusMonths(1);

        byte[] file = workbook(
                row(nursing.idNumber(), "护理补贴", BANK, ACCOUNT, tenDaysAgo),                          // 2
                row(living.idNumber(), "困难残疾人生活补贴", BANK, "6228 4800 1111 2222 333", tenDaysAgo),   // 3
                row(wrongCheck, "护理补贴", BANK, ACCOUNT, tenDaysAgo),                                  // 4
                row(typo.idNumber(), "残疾补贴", BANK, ACCOUNT, tenDaysAgo),                             // 5
                row(twoMistakes.idNumber(), "护理补贴", null, "62284800", tenDaysAgo),                   // 6
                row(level3.idNumber(), "护理补贴", BANK, ACCOUNT, tenDaysAgo),                           // 7
                row(otherTownship.idNumber(), "护理补贴", BANK, ACCOUNT, tenDaysAgo),                    // 8
                row(future.idNumber(), "护理补贴", BANK, ACCOUNT, today.plusDays(3)),                    // 9
                row(Double.parseDouble(nursing.idNumber().substring(0, 17)) * 10, "护理补贴", BANK, ACCOUNT,
                        tenDaysAgo),                                                                     // 10
                row(null, null, null, null, null),                                                       // 11
                row(textDate.idNumber(), "护理补贴", BANK, ACCOUNT,
                        monthAgo.getYear() + "/" + monthAgo.getMonthValue() + "/" + monthAgo.getDayOfMonth())); // 12

        Instant started = Instant.now();
        StaffLogin.as("clerk-dongguan", "clerk123");
        ImportReport report = importer.importApplications(file, Locale.SIMPLIFIED_CHINESE);

        assertEquals(10, report.rows(), "the blank row is not counted");
        assertEquals(List.of(2, 3, 12), report.imported().stream().map(ImportReport.ImportedRow::row).toList());
        assertEquals(List.of(
                        new RowProblem(4, ImportColumn.ID_NUMBER, "身份证号校验码不正确"),
                        new RowProblem(5, ImportColumn.TYPE, "补贴类别“残疾补贴”无效，应为“生活补贴”或“护理补贴”"),
                        new RowProblem(6, ImportColumn.BANK_ACCOUNT, "银行账号应为12至30位数字"),
                        new RowProblem(6, ImportColumn.BANK_NAME, "请填写开户银行"),
                        new RowProblem(7, ImportColumn.TYPE, "残疾等级不是一级或二级"),
                        // another township's person: the same answer as an unregistered number
                        new RowProblem(8, ImportColumn.ID_NUMBER, "未找到该人员"),
                        new RowProblem(9, ImportColumn.APPLIED_ON, "日期不能晚于今天"),
                        new RowProblem(10, ImportColumn.ID_NUMBER, "该列应为文本格式：数字格式会丢失位数，请将该列设为文本后重新填写")),
                report.problems());
        assertEquals(7, report.refusedRows());

        Map<Integer, Long> caseOfRow = report.imported().stream()
                .collect(Collectors.toMap(ImportReport.ImportedRow::row, ImportReport.ImportedRow::id));
        CaseView first = workflow.open(caseOfRow.get(2));
        assertEquals(CaseState.SUBMITTED, first.state());
        assertEquals("FIRST_REVIEW", first.currentLevel().code());
        assertEquals(tenDaysAgo, first.appliedOn());
        assertEquals(IdNumber.of(nursing.idNumber()).masked(), first.maskedIdNumber());
        SubsidyCaseDetails details = subsidies.details(caseOfRow.get(2));
        assertEquals(SubsidyType.NURSING, details.type());
        assertEquals(BANK, details.bankName());
        assertEquals("***************2109", details.maskedBankAccount());
        assertEquals(SubsidyType.LIVING, subsidies.details(caseOfRow.get(3)).type(), "the full name is understood");
        assertEquals("***************2333", subsidies.details(caseOfRow.get(3)).maskedBankAccount(),
                "spaces in the account are dropped");
        assertEquals(monthAgo, workflow.open(caseOfRow.get(12)).appliedOn(), "a date typed as text");

        // Nothing half-imported: one case and one audit entry per row taken, nothing for the rows refused.
        StaffLogin.as("admin", "admin123");
        assertEquals(3, audit.count(new AuditQuery("clerk-dongguan", "Case", null, AuditAction.CREATE, started, null)));
        for (Applicant refused : List.of(typo, twoMistakes, level3, future)) {
            assertTrue(cases.casesOf(people.find(refused.personId()).orElseThrow()).isEmpty());
        }
    }

    @Test
    void importingTheSameFileAgainAddsNothing() throws IOException {
        Applicant a = applicants.qualifyingForBoth();
        Applicant b = applicants.qualifyingForBoth();
        byte[] file = workbook(row(a.idNumber(), "护理补贴", BANK, ACCOUNT, today),
                row(b.idNumber(), "生活补贴", BANK, ACCOUNT, today),
                row(a.idNumber(), "生活补贴", BANK, ACCOUNT, today));
        StaffLogin.as("clerk-dongguan", "clerk123");
        ImportReport first = importer.importApplications(file, Locale.SIMPLIFIED_CHINESE);
        assertEquals(3, first.imported().size(), "one person may hold both subsidies");

        ImportReport again = importer.importApplications(file, Locale.SIMPLIFIED_CHINESE);
        assertTrue(again.imported().isEmpty());
        assertEquals(List.of(new RowProblem(2, ImportColumn.TYPE, "已有该项补贴的有效办件"),
                new RowProblem(3, ImportColumn.TYPE, "已有该项补贴的有效办件"),
                new RowProblem(4, ImportColumn.TYPE, "已有该项补贴的有效办件")), again.problems());
        assertEquals(2, cases.casesOf(people.find(a.personId()).orElseThrow()).size());
        assertEquals(1, cases.casesOf(people.find(b.personId()).orElseThrow()).size());
    }

    /**
     * A real system error in the middle of a file: a CHECK constraint the test adds for the time of the
     * import refuses one bank name in the database itself, past every check of the service. The rows before
     * it stay stored, that row and the ones after it are reported as not imported (with the incident
     * number), and the report is the truth: exactly the reported rows have a case.
     */
    @Test
    void aSystemErrorMidFileSaysWhichRowsWereStoredAndWhichWereNot() throws Exception {
        Applicant before = applicants.qualifyingForBoth();
        Applicant failing = applicants.qualifyingForBoth();
        Applicant after = applicants.qualifyingForBoth();
        String faulty = "故障注入银行";
        byte[] file = workbook(row(before.idNumber(), "护理补贴", BANK, ACCOUNT, today),
                row(failing.idNumber(), "护理补贴", faulty, ACCOUNT, today),
                row(after.idNumber(), "护理补贴", BANK, ACCOUNT, today));
        ImportReport report;
        sql("ALTER TABLE subsidy_case ADD CONSTRAINT it_import_fault CHECK (bank_name <> '" + faulty + "')");
        try {
            StaffLogin.as("clerk-dongguan", "clerk123");
            report = importer.importApplications(file, Locale.SIMPLIFIED_CHINESE);
        } finally {
            sql("ALTER TABLE subsidy_case DROP CONSTRAINT it_import_fault");
        }
        assertEquals(3, report.rows());
        assertEquals(List.of(2), report.imported().stream().map(ImportReport.ImportedRow::row).toList(), "stored");
        assertEquals(List.of(3, 4), report.problems().stream().map(RowProblem::row).toList(), "not stored");
        assertTrue(report.problems().get(0).message().matches("本行因系统错误未导入（事件编号 \\d{8}-[0-9A-Z]{6}），.*"),
                report.problems().get(0).message());
        assertTrue(report.problems().get(1).message().startsWith("本行未导入：导入在第 3 行因系统错误停止"),
                report.problems().get(1).message());
        assertEquals(1, cases.casesOf(people.find(before.personId()).orElseThrow()).size());
        assertEquals(0, cases.casesOf(people.find(failing.personId()).orElseThrow()).size());
        assertEquals(0, cases.casesOf(people.find(after.personId()).orElseThrow()).size());

        // imported again once the fault is gone, the rows not stored are taken and the stored one is not doubled
        StaffLogin.as("clerk-dongguan", "clerk123");
        ImportReport again = importer.importApplications(file, Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of(3, 4), again.imported().stream().map(ImportReport.ImportedRow::row).toList());
        assertEquals(List.of(2), again.problems().stream().map(RowProblem::row).toList());
    }

    private void sql(String statement) throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void theSamePersonTwiceInOneFileIsTakenOnce() throws IOException {
        Applicant a = applicants.qualifyingForBoth();
        byte[] file = workbook(row(a.idNumber(), "护理补贴", BANK, ACCOUNT, today),
                row(a.idNumber(), "护理补贴", "青海银行", "6228480011112222333", today));
        StaffLogin.as("clerk-dongguan", "clerk123");
        ImportReport report = importer.importApplications(file, Locale.ENGLISH);
        assertEquals(List.of(2), report.imported().stream().map(ImportReport.ImportedRow::row).toList());
        assertEquals(List.of(new RowProblem(3, ImportColumn.TYPE, "Already has an open case of this subsidy")),
                report.problems(), "messages in the language asked for");
        assertEquals(BANK, subsidies.details(report.imported().get(0).id()).bankName(), "the first row stands");
    }

    @Test
    void aZipBombIsRefusedWithItsOwnMessageAndNothingIsImported() throws IOException {
        Applicant a = applicants.qualifyingForBoth();
        byte[] bomb = withPadding(workbook(row(a.idNumber(), "护理补贴", BANK, ACCOUNT, today)), 40 << 20);
        assertTrue(bomb.length < 5 * 1024 * 1024, "small on the wire: " + bomb.length);
        StaffLogin.as("clerk-dongguan", "clerk123");
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> importer.importApplications(bomb, Locale.SIMPLIFIED_CHINESE));
        assertEquals("upload.zipBomb", e.key());
        assertEquals("文件解压后的内容异常庞大（疑似压缩炸弹），已拒绝", e.getMessage());
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertEquals("upload.oldExcel", assertThrows(InvalidValueException.class,
                () -> importer.importApplications(xls, Locale.SIMPLIFIED_CHINESE)).key());
        assertTrue(cases.casesOf(people.find(a.personId()).orElseThrow()).isEmpty(), "nothing imported");
    }

    /** The workbook with one more part of {@code size} spaces, which packs into almost nothing. */
    private static byte[] withPadding(byte[] workbook, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(workbook));
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/padding.xml"));
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int written = 0; written < size; written += chunk.length) {
                zip.write(chunk);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWholeAndNothingIsImported() throws IOException {
        Applicant a = applicants.qualifyingForBoth();
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertEquals("import.notWorkbook", assertThrows(InvalidValueException.class,
                () -> importer.importApplications("身份证号,补贴类别".getBytes(StandardCharsets.UTF_8),
                        Locale.SIMPLIFIED_CHINESE)).key());
        assertEquals("import.empty", assertThrows(InvalidValueException.class,
                () -> importer.importApplications(importer.template(), Locale.SIMPLIFIED_CHINESE)).key(),
                "the template as downloaded holds no rows");

        byte[] noAccountColumn;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            Row head = sheet.createRow(0);
            String[] headings = {"身份证号", "补贴类别", "开户银行", "申请日期"};
            for (int i = 0; i < headings.length; i++) {
                head.createCell(i).setCellValue(headings[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(a.idNumber());
            row.createCell(1).setCellValue("护理补贴");
            row.createCell(2).setCellValue(BANK);
            row.createCell(3).setCellValue(today.toString());
            wb.write(out);
            noAccountColumn = out.toByteArray();
        }
        InvalidValueException missing = assertThrows(InvalidValueException.class,
                () -> importer.importApplications(noAccountColumn, Locale.SIMPLIFIED_CHINESE));
        assertEquals("file", missing.field());
        assertEquals("第一行缺少“银行账号”列，请使用导入模板", missing.getMessage());
        assertTrue(cases.casesOf(people.find(a.personId()).orElseThrow()).isEmpty());
    }

    @Test
    void onlyRolesThatTakeApplicationsMayImport() throws IOException {
        Applicant a = applicants.qualifyingForBoth();
        byte[] file = workbook(row(a.idNumber(), "护理补贴", BANK, ACCOUNT, today));
        StaffLogin.as("civil-chengdong", "civil123");
        assertThrows(EJBAccessException.class, () -> importer.importApplications(file, Locale.SIMPLIFIED_CHINESE));
        assertThrows(EJBAccessException.class, () -> importer.template());
        StaffLogin.as("chengzhong", "district123");
        ImportReport otherDistrict = importer.importApplications(file, Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of(new RowProblem(2, ImportColumn.ID_NUMBER, "未找到该人员")),
                otherDistrict.problems(), "another district learns nothing of a person registered elsewhere");
        assertTrue(cases.casesOf(people.find(a.personId()).orElseThrow()).isEmpty());
    }

    @Test
    void theTemplateNamesEveryColumnAndOffersTheTwoSubsidies() throws IOException {
        StaffLogin.as("worker-dongguan", "worker123");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(importer.template()))) {
            Row head = wb.getSheetAt(0).getRow(0);
            assertEquals(Arrays.stream(ImportColumn.values()).map(ImportColumn::chineseName).toList(),
                    Arrays.stream(ImportColumn.values()).map(c -> head.getCell(c.ordinal()).getStringCellValue()).toList());
            assertTrue(wb.getSheetAt(0).getDataValidations().stream()
                    .anyMatch(v -> List.of(v.getValidationConstraint().getExplicitListValues()).contains("护理补贴")));
            assertFalse(wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue().isBlank(), "instructions");
        }
    }

    // ------------------------------------------------------------------------------------------ workbooks

    private static Object[] row(Object idNumber, Object type, Object bank, Object account, Object appliedOn) {
        return new Object[]{idNumber, type, bank, account, appliedOn};
    }

    /** The service's template with these rows filled in from row 2, as someone would type them in Excel. */
    private byte[] workbook(Object[]... rows) throws IOException {
        StaffLogin.as("clerk-dongguan", "clerk123");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(importer.template()));
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
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
