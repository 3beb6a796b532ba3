package cn.xndpf.it.subsidy;

import cn.xndpf.application.audit.AuditService;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.shared.ImportReport;
import cn.xndpf.application.shared.ImportReport.RowProblem;
import cn.xndpf.application.subsidy.ImportColumn;
import cn.xndpf.application.subsidy.ImportRunLedger;
import cn.xndpf.application.subsidy.ImportRunView;
import cn.xndpf.application.subsidy.SubsidyCaseDetails;
import cn.xndpf.application.subsidy.SubsidyImportService;
import cn.xndpf.application.subsidy.SubsidyService;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.audit.AuditEntry;
import cn.xndpf.domain.audit.AuditRepository.AuditQuery;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.security.StaffUserRepository;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.CaseRepository;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import cn.xndpf.it.subsidy.Applicants.Applicant;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.xndpf.it.subsidy.SubsidyImportFixture.ACCOUNT;
import static cn.xndpf.it.subsidy.SubsidyImportFixture.BANK;
import static cn.xndpf.it.subsidy.SubsidyImportFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bulk import of subsidy applications inside the real EAR, the one way it is done: a workbook filled in from
 * the service's own template, as a township would, is uploaded by 东关街道's clerk, stored as an import run and its
 * rows taken by the batch job {@code subsidy-application-import} as that clerk, each row's outcome kept in
 * {@code import_run_row} and read back through the service. Files that cannot be taken are refused whole at the
 * upload and store nothing; only the roles that take applications may upload; a run broken by a database failure
 * in the middle of a chunk is continued without losing or repeating a row or a case.
 */
@ExtendWith(ArquillianExtension.class)
class SubsidyImportJobIT {

    private static final String NOT_FOUND = "未找到该人员";
    private static final String ALREADY_HOLDS = "已有该项补贴的有效办件";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SubsidyImportJobIT.class, SubsidyImportFixture.class, Applicants.class,
                Applicants.Applicant.class);
    }

    @EJB
    private SubsidyImportService importer;

    @EJB
    private ImportRunLedger ledger;

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

    @Inject
    private StaffUserRepository staff;

    @jakarta.annotation.Resource(lookup = "jdbc/dpf")
    private javax.sql.DataSource dataSource;

    private SubsidyImportFixture imports;
    private Applicants applicants;
    private final LocalDate today = PlatformClock.today();

    @BeforeEach
    void setUp() {
        imports = new SubsidyImportFixture(importer, registry);
        applicants = imports.applicants();
    }

    @Test
    void goodRowsBecomeCasesInReviewAndBadRowsAreReportedWithColumnAndReasonStoringNothing() throws Exception {
        Applicant nursing = applicants.qualifyingForBoth();
        Applicant living = applicants.qualifyingForBoth();
        Applicant typo = applicants.qualifyingForBoth();
        Applicant twoMistakes = applicants.qualifyingForBoth();
        Applicant level3 = applicants.holder(Applicants.DONGGUAN, DisabilityCategory.PHYSICAL, DisabilityLevel.THREE);
        Applicant otherTownship = applicants.holder("630102002001", DisabilityCategory.PHYSICAL, DisabilityLevel.ONE);
        Applicant otherDistrict = applicants.holder("630103001001", DisabilityCategory.PHYSICAL, DisabilityLevel.ONE);
        Applicant future = applicants.qualifyingForBoth();
        Applicant textDate = applicants.qualifyingForBoth();
        Applicant longBank = applicants.qualifyingForBoth();
        LocalDate tenDaysAgo = today.minusDays(10);
        LocalDate monthAgo = today.minusMonths(1);
        byte[] file = imports.workbook(
                row(nursing.idNumber(), "护理补贴", BANK, ACCOUNT, tenDaysAgo),                          // 2
                row(living.idNumber(), "困难残疾人生活补贴", BANK, "6228 4800 1111 2222 333", tenDaysAgo),   // 3
                row(TestIds.withWrongCheck(TestIds.valid("630102", false)), "护理补贴", BANK, ACCOUNT, tenDaysAgo), // 4
                row(typo.idNumber(), "残疾补贴", null, ACCOUNT, tenDaysAgo),                             // 5
                row(twoMistakes.idNumber(), "护理补贴", null, "62284800", tenDaysAgo),                   // 6
                row(level3.idNumber(), "护理补贴", BANK, ACCOUNT, tenDaysAgo),                           // 7
                row(otherTownship.idNumber(), "护理补贴", BANK, ACCOUNT, tenDaysAgo),                    // 8
                row(otherDistrict.idNumber(), "护理补贴", BANK, ACCOUNT, tenDaysAgo),                    // 9
                row(future.idNumber(), "护理补贴", BANK, ACCOUNT, today.plusDays(3)),                    // 10
                row(Double.parseDouble(nursing.idNumber().substring(0, 17)) * 10, "护理补贴", BANK, ACCOUNT, tenDaysAgo), // 11
                row(null, null, null, null, null),                                                       // 12
                row(textDate.idNumber(), "护理补贴", BANK, ACCOUNT,
                        monthAgo.getYear() + "/" + monthAgo.getMonthValue() + "/" + monthAgo.getDayOfMonth()), // 13
                row(living.idNumber(), "护理补贴", BANK, ACCOUNT, tenDaysAgo),                           // 14
                row(nursing.idNumber(), "护理补贴", "青海银行", ACCOUNT, tenDaysAgo),                      // 15
                row(longBank.idNumber(), "护理补贴", "青".repeat(61), ACCOUNT, tenDaysAgo));               // 16

        Instant started = Instant.now();
        StaffLogin.as("clerk-dongguan", "clerk123");
        long runId = importer.upload(file, "东关街道申请.xlsx");
        ImportRunView run = imports.await(runId);

        assertEquals("COMPLETED", run.status());
        assertEquals(14, run.rowsTotal(), "the blank row is not counted");
        assertEquals(14, run.rowsDone());
        assertEquals(4, run.rowsImported());
        assertEquals(10, run.rowsRefused());
        List<ImportReport.ImportedRow> imported = importer.imported(runId, 0, 100).rows();
        assertEquals(List.of(2, 3, 13, 14), imported.stream().map(ImportReport.ImportedRow::row).toList());
        assertEquals(List.of(
                        new RowProblem(4, ImportColumn.ID_NUMBER, "身份证号校验码不正确"),
                        new RowProblem(5, ImportColumn.TYPE, "补贴类别“残疾补贴”无效，应为“生活补贴”或“护理补贴”"),
                        new RowProblem(5, ImportColumn.BANK_NAME, "请填写开户银行"),
                        new RowProblem(6, ImportColumn.BANK_ACCOUNT, "银行账号应为12至30位数字"),
                        new RowProblem(6, ImportColumn.BANK_NAME, "请填写开户银行"),
                        new RowProblem(7, ImportColumn.TYPE, "残疾等级不是一级或二级"),
                        // another township of the clerk's district, another district: the same answer as an
                        // unregistered number
                        new RowProblem(8, ImportColumn.ID_NUMBER, NOT_FOUND),
                        new RowProblem(9, ImportColumn.ID_NUMBER, NOT_FOUND),
                        new RowProblem(10, ImportColumn.APPLIED_ON, "日期不能晚于今天"),
                        new RowProblem(11, ImportColumn.ID_NUMBER, "该列应为文本格式：数字格式会丢失位数，请将该列设为文本后重新填写"),
                        // the same person and subsidy again in the same file (and the same chunk)
                        new RowProblem(15, ImportColumn.TYPE, ALREADY_HOLDS),
                        // longer than a case keeps (the form's field stops there, a cell does not)
                        new RowProblem(16, ImportColumn.BANK_NAME, "开户银行不能超过60个字")),
                importer.problems(runId, 0, 100, Locale.SIMPLIFIED_CHINESE).rows());
        assertEquals("Already has an open case of this subsidy",
                importer.problems(runId, 10, 1, Locale.ENGLISH).rows().get(0).message(), "English too");

        // the case entered the review chain as from the form, with its timeline; the form's data as written
        Map<Integer, Long> caseOfRow = imported.stream()
                .collect(Collectors.toMap(ImportReport.ImportedRow::row, ImportReport.ImportedRow::id));
        CaseView first = workflow.open(caseOfRow.get(2));
        assertEquals(CaseState.SUBMITTED, first.state());
        assertEquals("FIRST_REVIEW", first.currentLevel().code());
        assertEquals(tenDaysAgo, first.appliedOn());
        assertEquals(IdNumber.of(nursing.idNumber()).masked(), first.maskedIdNumber());
        assertEquals(first.maskedIdNumber(), imported.get(0).maskedIdNumber(), "the report masks the person too");
        assertTrue(!first.timeline().isEmpty() && first.timeline().stream()
                .allMatch(s -> "clerk-dongguan".equals(s.actor())), "its timeline, under the uploader's name");
        SubsidyCaseDetails details = subsidies.details(caseOfRow.get(2));
        assertEquals(SubsidyType.NURSING, details.type());
        assertEquals(BANK, details.bankName(), "the first of the person's two rows stands");
        assertEquals("***************2109", details.maskedBankAccount());
        assertEquals(SubsidyType.LIVING, subsidies.details(caseOfRow.get(3)).type(), "the full name is understood");
        assertEquals("***************2333", subsidies.details(caseOfRow.get(3)).maskedBankAccount(),
                "spaces in the account are dropped");
        assertEquals(monthAgo, workflow.open(caseOfRow.get(13)).appliedOn(), "a date typed as text");
        assertEquals(SubsidyType.NURSING, subsidies.details(caseOfRow.get(14)).type());

        // audited under the uploader, each entry naming the import run; nothing for the refused rows
        StaffLogin.as("admin", "admin123");
        List<AuditEntry> entries = audit.search(new AuditQuery("clerk-dongguan", "Case", null, AuditAction.CREATE,
                started, null), 0, 10);
        assertEquals(4, entries.size());
        assertTrue(entries.stream().allMatch(e -> e.after().contains("\"importRun\":" + runId)), entries.get(0).after());
        for (Applicant refused : List.of(typo, twoMistakes, level3, otherTownship, otherDistrict, future, longBank)) {
            assertTrue(cases.casesOf(people.find(refused.personId()).orElseThrow()).isEmpty());
        }
        assertEquals(1, casesOf(nursing));
        assertEquals(2, casesOf(living), "one person may hold both subsidies");

        // the report as a workbook
        StaffLogin.as("clerk-dongguan", "clerk123");
        try (XSSFWorkbook report = new XSSFWorkbook(new ByteArrayInputStream(
                importer.reportWorkbook(runId, Locale.SIMPLIFIED_CHINESE)))) {
            assertEquals(12, report.getSheetAt(0).getLastRowNum(), "a heading and twelve problems");
            assertEquals(NOT_FOUND, report.getSheetAt(0).getRow(7).getCell(2).getStringCellValue());
            assertEquals(4, report.getSheetAt(1).getLastRowNum());
        }

        // the same file again adds nothing: every row taken the first time now meets the open-case rule
        long again = importer.upload(file, "东关街道申请.xlsx");
        ImportRunView second = imports.await(again);
        assertEquals(0, second.rowsImported());
        assertEquals(14, second.rowsRefused());
        assertEquals(List.of(new RowProblem(2, ImportColumn.TYPE, ALREADY_HOLDS),
                        new RowProblem(3, ImportColumn.TYPE, ALREADY_HOLDS),
                        new RowProblem(13, ImportColumn.TYPE, ALREADY_HOLDS),
                        new RowProblem(14, ImportColumn.TYPE, ALREADY_HOLDS)),
                importer.problems(again, 0, 100, Locale.SIMPLIFIED_CHINESE).rows().stream()
                        .filter(p -> Set.of(2, 3, 13, 14).contains(p.row())).toList());
        assertEquals(1, casesOf(nursing));
        assertEquals(2, casesOf(living));
        assertEquals(1, casesOf(textDate));

        // another user sees neither the run nor its report
        StaffLogin.as("chengzhong", "district123");
        assertThrows(NotFoundException.class, () -> importer.run(runId));
        assertThrows(NotFoundException.class, () -> importer.problems(runId, 0, 10, Locale.SIMPLIFIED_CHINESE));
        assertTrue(importer.runs(10).stream().noneMatch(r -> r.id() == runId));
    }

    /**
     * A large file (3,000 rows, of which 1,000 good applications of 500 people) is taken whole, timed: the time is
     * printed, never asserted.
     */
    @Test
    void aFileOfThreeThousandRowsIsTakenWhole() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        List<Applicant> good = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Applicant a = applicants.qualifyingForBoth();
            good.add(a);
            rows.add(row(a.idNumber(), "护理补贴", BANK, ACCOUNT, today));
            rows.add(row(a.idNumber(), "生活补贴", BANK, ACCOUNT, today));
        }
        for (int i = 0; i < 2000; i++) {
            rows.add(row(TestIds.valid("630102", i % 2 == 0), "护理补贴", BANK, ACCOUNT, today)); // nobody registered
        }
        byte[] file = imports.workbook(rows.toArray(new Object[0][]));
        StaffLogin.as("clerk-dongguan", "clerk123");
        long runId = importer.upload(file, "三千行.xlsx");
        ImportRunView run = imports.await(runId);
        assertEquals("COMPLETED", run.status());
        assertEquals(3000, run.rowsTotal());
        assertEquals(1000, run.rowsImported());
        assertEquals(2000, run.rowsRefused());
        assertEquals(1000, importer.imported(runId, 0, 1).total());
        assertEquals(2000, importer.problems(runId, 0, 1, Locale.SIMPLIFIED_CHINESE).total());
        assertEquals(2, casesOf(good.get(499)));
        long millis = Duration.between(runTimes(runId)[0], runTimes(runId)[1]).toMillis();
        System.out.printf("SubsidyImportJobIT: %d rows (%d imported) in %d ms by the job: %.0f rows/s%n",
                run.rowsTotal(), run.rowsImported(), millis, run.rowsTotal() * 1000.0 / Math.max(1, millis));
    }

    @Test
    void aFileOfMoreThanAHundredThousandRowsOrTwentyMegabytesIsRefusedAndNothingStored() throws Exception {
        byte[] tooMany;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(1000); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            String[] headings = {"身份证号", "补贴类别", "开户银行", "银行账号", "申请日期"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headings.length; i++) {
                head.createCell(i).setCellValue(headings[i]);
            }
            for (int r = 1; r <= SubsidyImportService.MAX_JOB_ROWS + 1; r++) {
                sheet.createRow(r).createCell(0).setCellValue(TestIds.valid("630102", r % 2 == 0));
            }
            wb.write(out);
            wb.dispose();
            tooMany = out.toByteArray();
        }
        List<Long> before = runsAndTheirAudit();
        StaffLogin.as("clerk-dongguan", "clerk123");
        InvalidValueException rows = assertThrows(InvalidValueException.class, () -> importer.upload(tooMany, "大.xlsx"));
        assertEquals("import.tooManyRows", rows.key());
        assertTrue(rows.getMessage().startsWith("一次最多导入100"), rows.getMessage());
        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        tooLarge[0] = 'P';
        tooLarge[1] = 'K';
        tooLarge[2] = 3;
        tooLarge[3] = 4;
        InvalidValueException size = assertThrows(InvalidValueException.class, () -> importer.upload(tooLarge, "大.xlsx"));
        assertEquals("upload.tooLarge", size.key());
        assertEquals("上传的文件过大，最大 20 MB", size.getMessage());
        assertEquals(before, runsAndTheirAudit(), "no run stored, nothing audited");
    }

    @Test
    void aZipBombIsRefusedWithItsOwnMessageAndNothingIsStored() throws Exception {
        Applicant a = applicants.qualifyingForBoth();
        byte[] bomb = withPadding(imports.workbook(row(a.idNumber(), "护理补贴", BANK, ACCOUNT, today)), 40 << 20);
        assertTrue(bomb.length < 5 * 1024 * 1024, "small on the wire: " + bomb.length);
        List<Long> before = runsAndTheirAudit();
        StaffLogin.as("clerk-dongguan", "clerk123");
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> importer.upload(bomb, "炸弹.xlsx"));
        assertEquals("upload.zipBomb", e.key());
        assertEquals("文件解压后的内容异常庞大（疑似压缩炸弹），已拒绝", e.getMessage());
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertEquals("upload.oldExcel", assertThrows(InvalidValueException.class,
                () -> importer.upload(xls, "旧版.xls")).key());
        assertEquals(before, runsAndTheirAudit(), "no run stored, nothing audited");
        assertEquals(0, casesOf(a), "nothing imported");
    }

    /** The workbook with one more part of {@code size} spaces, which packs into almost nothing. */
    private static byte[] withPadding(byte[] workbook, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(workbook));
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/padding.xml"));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) ' ');
            for (int written = 0; written < size; written += chunk.length) {
                zip.write(chunk);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWholeAndNothingIsStored() throws Exception {
        Applicant a = applicants.qualifyingForBoth();
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
        List<Long> before = runsAndTheirAudit();
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertEquals("import.notWorkbook", assertThrows(InvalidValueException.class,
                () -> importer.upload("身份证号,补贴类别".getBytes(StandardCharsets.UTF_8), "申请.csv")).key());
        byte[] template = importer.template();
        assertEquals("import.empty", assertThrows(InvalidValueException.class,
                () -> importer.upload(template, "模板.xlsx")).key(), "the template as downloaded holds no rows");
        InvalidValueException missing = assertThrows(InvalidValueException.class,
                () -> importer.upload(noAccountColumn, "缺列.xlsx"));
        assertEquals("file", missing.field());
        assertEquals("第一行缺少“银行账号”列，请使用导入模板", missing.getMessage());
        assertEquals(before, runsAndTheirAudit(), "no run stored, nothing audited");
        assertEquals(0, casesOf(a));
    }

    @Test
    void onlyRolesThatTakeApplicationsMayUploadAndAnotherDistrictsPeopleAreRefusedRowByRow() throws Exception {
        Applicant a = applicants.qualifyingForBoth();
        byte[] file = imports.workbook(row(a.idNumber(), "护理补贴", BANK, ACCOUNT, today));
        List<Long> before = runsAndTheirAudit();
        StaffLogin.as("civil-chengdong", "civil123");
        assertThrows(EJBAccessException.class, () -> importer.upload(file, "民政.xlsx"));
        assertThrows(EJBAccessException.class, () -> importer.template());
        assertThrows(EJBAccessException.class, () -> importer.runs(10));
        assertEquals(before, runsAndTheirAudit(), "no run stored, nothing audited");

        StaffLogin.as("chengzhong", "district123");
        long runId = importer.upload(file, "城中区.xlsx");
        ImportRunView run = imports.await(runId);
        assertEquals("COMPLETED", run.status());
        assertEquals(0, run.rowsImported());
        assertEquals(List.of(new RowProblem(2, ImportColumn.ID_NUMBER, NOT_FOUND)),
                importer.problems(runId, 0, 10, Locale.SIMPLIFIED_CHINESE).rows(),
                "another district learns nothing of a person registered elsewhere");
        assertEquals(0, casesOf(a));
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

    /**
     * A real system error in the middle of a run: a CHECK constraint the test adds for the time of the run refuses
     * one bank name in the database itself, past every rule of the service, so the job (chunks of two rows) fails
     * writing its second chunk. The first chunk stays, the second is rolled back whole (the case of its good row and
     * the outcome of its refused one), and the run is FAILED with an incident number. Once the fault is gone, the
     * run continued through the page's service completes with every row exactly once and every person exactly one
     * case.
     */
    @Test
    void aDatabaseFailureInTheMiddleOfAChunkFailsTheRunWhichIsContinuedWithoutLossOrDuplicates() throws Exception {
        String faulty = "故障注入银行";
        List<Applicant> a = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            a.add(applicants.qualifyingForBoth());
            rows.add(row(a.get(i).idNumber(), "护理补贴", i == 2 ? faulty : BANK, ACCOUNT, today));
        }
        rows.add(2, row(TestIds.withWrongCheck(a.get(0).idNumber()), "护理补贴", BANK, ACCOUNT, today)); // row 4
        byte[] file = imports.workbook(rows.toArray(new Object[0][]));

        StaffLogin.as("clerk-dongguan", "clerk123");
        long runId = ledger.open(staff.find("clerk-dongguan").orElseThrow(), "故障.xlsx", file, 6);
        Properties p = new Properties();
        p.setProperty(SubsidyImportService.RUN_ID, String.valueOf(runId));
        p.setProperty("chunkSize", "2");
        p.setProperty("requestedBy", "it");
        sql("ALTER TABLE subsidy_case ADD CONSTRAINT it_import_fault CHECK (bank_name <> '" + faulty + "')");
        try {
            SubsidyFixture.await(BatchRuntime.getJobOperator().start(SubsidyImportService.JOB, p));
        } finally {
            sql("ALTER TABLE subsidy_case DROP CONSTRAINT it_import_fault");
        }

        ImportRunView failed = imports.await(runId);
        assertEquals("FAILED", failed.status());
        assertEquals(2, failed.rowsDone(), "the first chunk (rows 2, 3) committed, the second (4, 5) rolled back");
        assertTrue(failed.failureReason().matches("导入中出现系统错误（事件编号 \\d{8}-[0-9A-Z]{6}），.*"),
                failed.failureReason());
        assertEquals(List.of(2, 3), importer.imported(runId, 0, 10).rows().stream()
                .map(ImportReport.ImportedRow::row).toList());
        assertEquals(List.of(), importer.problems(runId, 0, 10, Locale.SIMPLIFIED_CHINESE).rows(),
                "row 4's outcome was rolled back with its chunk");
        assertEquals(0, casesOf(a.get(2)), "row 5's case was never stored");

        // The run says FAILED until the continued job's first step begins (and records its execution): wait for
        // that execution's outcome, not the old one's.
        ImportRunView done = imports.await(runId, importer.restart(runId));
        assertEquals("COMPLETED", done.status());
        assertEquals(6, done.rowsDone());
        assertEquals(5, done.rowsImported());
        assertEquals(1, done.rowsRefused());
        assertEquals(List.of(2, 3, 5, 6, 7), importer.imported(runId, 0, 10).rows().stream()
                .map(ImportReport.ImportedRow::row).toList());
        assertEquals(List.of(new RowProblem(4, ImportColumn.ID_NUMBER, "身份证号校验码不正确")),
                importer.problems(runId, 0, 10, Locale.SIMPLIFIED_CHINESE).rows());
        for (Applicant x : a) {
            assertEquals(1, casesOf(x), "one case each");
        }
        assertEquals(6, count("SELECT COUNT(DISTINCT row_number) FROM import_run_row WHERE run_id = " + runId));
        assertEquals(6, count("SELECT COUNT(*) FROM import_run_row WHERE run_id = " + runId));
    }

    // ------------------------------------------------------------------------------------------ helpers

    private int casesOf(Applicant a) {
        return cases.casesOf(people.find(a.personId()).orElseThrow()).size();
    }

    /** What an upload refused whole must not leave behind: the import runs stored and their audit entries. */
    private List<Long> runsAndTheirAudit() throws java.sql.SQLException {
        return List.of(count("SELECT COUNT(*) FROM import_run"),
                count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'ImportRun'"));
    }

    private Instant[] runTimes(long runId) throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT run_started_at, run_ended_at FROM import_run WHERE id = " + runId)) {
            r.next();
            return new Instant[]{r.getTimestamp(1).toInstant(), r.getTimestamp(2).toInstant()};
        }
    }

    private long count(String sql) throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void sql(String statement) throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
