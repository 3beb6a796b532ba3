package cn.xndpf.it.subsidy;

import cn.xndpf.application.audit.AuditService;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.shared.ImportReport;
import cn.xndpf.application.shared.ImportReport.RowProblem;
import cn.xndpf.application.subsidy.ImportColumn;
import cn.xndpf.application.subsidy.ImportRunLedger;
import cn.xndpf.application.subsidy.ImportRunView;
import cn.xndpf.application.subsidy.SubsidyImportService;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.audit.AuditEntry;
import cn.xndpf.domain.audit.AuditRepository.AuditQuery;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.security.StaffUserRepository;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.workflow.CaseRepository;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import cn.xndpf.it.subsidy.Applicants.Applicant;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bulk import as the batch job {@code subsidy-application-import} inside the real EAR: a workbook uploaded
 * by 东关街道's clerk is stored as an import run and its rows taken by the job as that clerk, each row's
 * outcome kept in {@code import_run_row}; files beyond the limits are refused whole; a run broken in the
 * middle of a chunk is continued without losing or repeating a row or a case.
 */
@ExtendWith(ArquillianExtension.class)
class SubsidyImportJobIT {

    private static final String BANK = "中国农业银行西宁分行";
    private static final String ACCOUNT = "6228480098765432109";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SubsidyImportJobIT.class, Applicants.class, Applicants.Applicant.class);
    }

    @EJB
    private SubsidyImportService importer;

    @EJB
    private ImportRunLedger ledger;

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

    private Applicants applicants;
    private final LocalDate today = PlatformClock.today();

    @BeforeEach
    void setUp() {
        applicants = new Applicants(registry);
    }

    @Test
    void goodRowsBecomeCasesInReviewAndBadRowsAreReportedWithColumnAndReasonStoringNothing() throws Exception {
        Applicant nursing = applicants.qualifyingForBoth();
        Applicant living = applicants.qualifyingForBoth();
        Applicant typo = applicants.qualifyingForBoth();
        Applicant level3 = applicants.holder(Applicants.DONGGUAN, DisabilityCategory.PHYSICAL, DisabilityLevel.THREE);
        Applicant otherDistrict = applicants.holder("630103001001", DisabilityCategory.PHYSICAL, DisabilityLevel.ONE);
        Applicant future = applicants.qualifyingForBoth();
        LocalDate tenDaysAgo = today.minusDays(10);
        byte[] file = workbook(
                row(nursing.idNumber(), "护理补贴", BANK, ACCOUNT, tenDaysAgo),                          // 2
                row(living.idNumber(), "困难残疾人生活补贴", BANK, "6228 4800 1111 2222 333", tenDaysAgo),   // 3
                row(TestIds.withWrongCheck(TestIds.valid("630102", false)), "护理补贴", BANK, ACCOUNT, tenDaysAgo), // 4
                row(typo.idNumber(), "残疾补贴", null, ACCOUNT, tenDaysAgo),                             // 5
                row(level3.idNumber(), "护理补贴", BANK, ACCOUNT, tenDaysAgo),                           // 6
                row(otherDistrict.idNumber(), "护理补贴", BANK, ACCOUNT, tenDaysAgo),                    // 7
                row(future.idNumber(), "护理补贴", BANK, ACCOUNT, today.plusDays(3)),                    // 8
                row(Double.parseDouble(nursing.idNumber().substring(0, 17)) * 10, "护理补贴", BANK, ACCOUNT, tenDaysAgo), // 9
                row(null, null, null, null, null),                                                       // 10
                row(nursing.idNumber(), "护理补贴", "青海银行", ACCOUNT, tenDaysAgo));                     // 11

        Instant started = Instant.now();
        StaffLogin.as("clerk-dongguan", "clerk123");
        long runId = importer.upload(file, "东关街道申请.xlsx");
        ImportRunView run = await(runId);

        assertEquals("COMPLETED", run.status());
        assertEquals(9, run.rowsTotal(), "the blank row is not counted");
        assertEquals(9, run.rowsDone());
        assertEquals(2, run.rowsImported());
        assertEquals(7, run.rowsRefused());
        List<ImportReport.ImportedRow> imported = importer.imported(runId, 0, 100).rows();
        assertEquals(List.of(2, 3), imported.stream().map(ImportReport.ImportedRow::row).toList());
        assertEquals(List.of(
                        new RowProblem(4, ImportColumn.ID_NUMBER, "身份证号校验码不正确"),
                        new RowProblem(5, ImportColumn.TYPE, "补贴类别“残疾补贴”无效，应为“生活补贴”或“护理补贴”"),
                        new RowProblem(5, ImportColumn.BANK_NAME, "请填写开户银行"),
                        new RowProblem(6, ImportColumn.TYPE, "残疾等级不是一级或二级"),
                        // another district's person: the same answer as an unregistered number
                        new RowProblem(7, ImportColumn.ID_NUMBER, "未找到该人员"),
                        new RowProblem(8, ImportColumn.APPLIED_ON, "日期不能晚于今天"),
                        new RowProblem(9, ImportColumn.ID_NUMBER, "该列应为文本格式：数字格式会丢失位数，请将该列设为文本后重新填写"),
                        // the same person and subsidy again in the same file (and the same chunk)
                        new RowProblem(11, ImportColumn.TYPE, "已有该项补贴的有效办件")),
                importer.problems(runId, 0, 100, Locale.SIMPLIFIED_CHINESE).rows());
        assertEquals("Already has an open case of this subsidy",
                importer.problems(runId, 7, 1, Locale.ENGLISH).rows().get(0).message(), "English too");

        // the case entered the review chain as from the form, with its timeline
        Map<Integer, Long> caseOfRow = imported.stream()
                .collect(Collectors.toMap(ImportReport.ImportedRow::row, ImportReport.ImportedRow::id));
        CaseView first = workflow.open(caseOfRow.get(2));
        assertEquals(CaseState.SUBMITTED, first.state());
        assertEquals("FIRST_REVIEW", first.currentLevel().code());
        assertEquals(tenDaysAgo, first.appliedOn());
        assertTrue(!first.timeline().isEmpty() && first.timeline().stream()
                .allMatch(s -> "clerk-dongguan".equals(s.actor())), "its timeline, under the uploader's name");

        // audited under the uploader, each entry naming the import run; nothing for the refused rows
        StaffLogin.as("admin", "admin123");
        List<AuditEntry> entries = audit.search(new AuditQuery("clerk-dongguan", "Case", null, AuditAction.CREATE,
                started, null), 0, 10);
        assertEquals(2, entries.size());
        assertTrue(entries.stream().allMatch(e -> e.after().contains("\"importRun\":" + runId)), entries.get(0).after());
        for (Applicant refused : List.of(typo, level3, otherDistrict, future)) {
            assertTrue(cases.casesOf(people.find(refused.personId()).orElseThrow()).isEmpty());
        }
        assertEquals(1, cases.casesOf(people.find(nursing.personId()).orElseThrow()).size());

        // the report as a workbook
        StaffLogin.as("clerk-dongguan", "clerk123");
        try (XSSFWorkbook report = new XSSFWorkbook(new ByteArrayInputStream(
                importer.reportWorkbook(runId, Locale.SIMPLIFIED_CHINESE)))) {
            assertEquals(8, report.getSheetAt(0).getLastRowNum(), "a heading and eight problems");
            assertEquals("未找到该人员", report.getSheetAt(0).getRow(5).getCell(2).getStringCellValue());
            assertEquals(2, report.getSheetAt(1).getLastRowNum());
        }

        // the same file again adds nothing
        long again = importer.upload(file, "东关街道申请.xlsx");
        ImportRunView second = await(again);
        assertEquals(0, second.rowsImported());
        assertEquals(9, second.rowsRefused());
        assertEquals(1, cases.casesOf(people.find(nursing.personId()).orElseThrow()).size());
        assertEquals(1, cases.casesOf(people.find(living.personId()).orElseThrow()).size());

        // another user sees neither the run nor its report
        StaffLogin.as("chengzhong", "district123");
        assertThrows(NotFoundException.class, () -> importer.run(runId));
        assertThrows(NotFoundException.class, () -> importer.problems(runId, 0, 10, Locale.SIMPLIFIED_CHINESE));
        assertTrue(importer.runs(10).stream().noneMatch(r -> r.id() == runId));
    }

    /**
     * More rows than a request-bound import takes (3,000, of which 1,000 good applications of 500 people), timed:
     * the time is printed, never asserted.
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
        byte[] file = workbook(rows.toArray(new Object[0][]));
        StaffLogin.as("clerk-dongguan", "clerk123");
        long runId = importer.upload(file, "三千行.xlsx");
        ImportRunView run = await(runId);
        assertEquals("COMPLETED", run.status());
        assertEquals(3000, run.rowsTotal());
        assertEquals(1000, run.rowsImported());
        assertEquals(2000, run.rowsRefused());
        assertEquals(1000, importer.imported(runId, 0, 1).total());
        assertEquals(2000, importer.problems(runId, 0, 1, Locale.SIMPLIFIED_CHINESE).total());
        assertEquals(2, cases.casesOf(people.find(good.get(499).personId()).orElseThrow()).size());
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
        long runsBefore = count("SELECT COUNT(*) FROM import_run");
        long auditBefore = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'ImportRun'");
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
        assertEquals(runsBefore, count("SELECT COUNT(*) FROM import_run"), "no run stored");
        assertEquals(auditBefore, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'ImportRun'"), "nothing audited");
    }

    /**
     * The job fails in the middle of its second chunk (fault injection, chunks of two rows): the first chunk
     * stays, the second is rolled back whole (its case and outcome too); continued from the screen's service,
     * the run completes with every row exactly once and every person exactly one case.
     */
    @Test
    void aRunBrokenInTheMiddleOfAChunkIsContinuedWithoutLossOrDuplicates() throws Exception {
        List<Applicant> a = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            a.add(applicants.qualifyingForBoth());
            rows.add(row(a.get(i).idNumber(), "护理补贴", BANK, ACCOUNT, today));
        }
        rows.add(2, row(TestIds.withWrongCheck(a.get(0).idNumber()), "护理补贴", BANK, ACCOUNT, today)); // row 4
        byte[] file = workbook(rows.toArray(new Object[0][]));

        StaffLogin.as("clerk-dongguan", "clerk123");
        long runId = ledger.open(staff.find("clerk-dongguan").orElseThrow(), "故障.xlsx", file, 6);
        Properties p = new Properties();
        p.setProperty(SubsidyImportService.RUN_ID, String.valueOf(runId));
        p.setProperty("chunkSize", "2");
        p.setProperty("failAfterItems", "3");
        p.setProperty("requestedBy", "it");
        long execution = BatchRuntime.getJobOperator().start(SubsidyImportService.JOB, p);
        SubsidyFixture.await(execution);

        ImportRunView failed = await(runId);
        assertEquals("FAILED", failed.status());
        assertEquals(2, failed.rowsDone(), "the first chunk (rows 2, 3) committed, the second rolled back");
        assertTrue(failed.failureReason().matches("导入中出现系统错误（事件编号 \\d{8}-[0-9A-Z]{6}），.*"),
                failed.failureReason());
        assertEquals(List.of(2, 3), importer.imported(runId, 0, 10).rows().stream()
                .map(ImportReport.ImportedRow::row).toList());
        assertEquals(0, cases.casesOf(people.find(a.get(2).personId()).orElseThrow()).size(),
                "row 5's case was rolled back with its chunk");

        // The run says FAILED until the continued job's first step begins (and records its execution): wait for
        // that execution's outcome, not the old one's.
        ImportRunView done = await(runId, importer.restart(runId));
        assertEquals("COMPLETED", done.status());
        assertEquals(6, done.rowsDone());
        assertEquals(5, done.rowsImported());
        assertEquals(1, done.rowsRefused());
        assertEquals(List.of(2, 3, 5, 6, 7), importer.imported(runId, 0, 10).rows().stream()
                .map(ImportReport.ImportedRow::row).toList());
        assertEquals(List.of(new RowProblem(4, ImportColumn.ID_NUMBER, "身份证号校验码不正确")),
                importer.problems(runId, 0, 10, Locale.SIMPLIFIED_CHINESE).rows());
        for (Applicant x : a) {
            assertEquals(1, cases.casesOf(people.find(x.personId()).orElseThrow()).size(), "one case each");
        }
        assertEquals(6, count("SELECT COUNT(DISTINCT row_number) FROM import_run_row WHERE run_id = " + runId));
        assertEquals(6, count("SELECT COUNT(*) FROM import_run_row WHERE run_id = " + runId));
    }

    // ------------------------------------------------------------------------------------------ helpers

    private ImportRunView await(long runId) throws InterruptedException {
        return await(runId, null);
    }

    /** The run once finished by the given execution (any, when null). */
    private ImportRunView await(long runId, Long execution) throws InterruptedException {
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
