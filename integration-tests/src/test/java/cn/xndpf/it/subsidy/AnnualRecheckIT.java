package cn.xndpf.it.subsidy;

import cn.xndpf.application.audit.AuditService;
import cn.xndpf.application.person.AssistanceChangeOutcome;
import cn.xndpf.application.person.AssistanceStatusChange;
import cn.xndpf.application.person.CivilAffairsReports;
import cn.xndpf.application.person.DeathReport;
import cn.xndpf.application.person.PersonRecord;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.subsidy.FindingView;
import cn.xndpf.application.subsidy.RecheckRun;
import cn.xndpf.application.subsidy.SubsidyRecheckService;
import cn.xndpf.application.subsidy.SubsidyService;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.audit.AuditRepository.AuditQuery;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.subsidy.RecheckFindingStatus;
import cn.xndpf.domain.subsidy.RecheckReason;
import cn.xndpf.domain.subsidy.RecheckResolution;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.CaseEventType;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The annual re-check in the real application: civil affairs' reports change a case's basis, the batch
 * job {@code subsidy-annual-recheck} finds it, and staff act on the finding through the case workflow.
 * Each test checks its own cases with its own check date, so the tests do not depend on one another.
 */
@ExtendWith(ArquillianExtension.class)
class AnnualRecheckIT {

    private static final String PARTNER = "partner-demo";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(AnnualRecheckIT.class, SubsidyFixtures.class, SubsidyFixtures.Holder.class);
    }

    @EJB
    private RegistryService registry;

    @EJB
    private SubsidyService subsidies;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private SubsidyRecheckService recheck;

    @EJB
    private CivilAffairsReports civilAffairs;

    @EJB
    private AuditService auditService;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private SubsidyFixtures fixtures;
    private final LocalDate today = PlatformClock.today();

    @BeforeEach
    void setUp() {
        fixtures = new SubsidyFixtures(registry, subsidies, workflow);
    }

    /** Waits for a run started through the service (only the service may look at it, see there). */
    private RecheckRun awaitRun(long executionId) throws InterruptedException {
        StaffLogin.as("chengdong", "district123");
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            RecheckRun run = recheck.run(executionId).orElseThrow();
            if (!run.isRunning()) {
                return run;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("re-check run " + executionId + " did not end in time");
    }

    /** Waits for a run this test started itself with the job operator. */
    private static JobExecution awaitExecution(JobOperator operator, long executionId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            JobExecution e = operator.getJobExecution(executionId);
            BatchStatus s = e.getBatchStatus();
            if (s == BatchStatus.COMPLETED || s == BatchStatus.FAILED || s == BatchStatus.STOPPED
                    || s == BatchStatus.ABANDONED) {
                return e;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("job execution " + executionId + " did not end in time");
    }

    private long runRecheck(LocalDate checkDate, String division) throws InterruptedException {
        StaffLogin.as("chengdong", "district123");
        long id = recheck.start(checkDate, division);
        RecheckRun run = awaitRun(id);
        assertEquals("COMPLETED", run.status(), run.exitStatus());
        return id;
    }

    /** The open finding of a case for a check date, as chengdong sees it. */
    private FindingView openFinding(long caseId, LocalDate checkDate) {
        StaffLogin.as("chengdong", "district123");
        FindingView f = recheck.findingsOf(caseId).stream()
                .filter(x -> x.checkDate().equals(checkDate) && x.isOpen()).findFirst()
                .orElseThrow(() -> new AssertionError("no open finding for case " + caseId + " on " + checkDate));
        boolean listed = false;
        for (int first = 0; !listed && first < recheck.openFindings(0, 1).total(); first += 200) {
            listed = recheck.openFindings(first, 200).rows().stream().anyMatch(x -> x.id() == f.id());
        }
        assertTrue(listed, "listed among the open findings of the jurisdiction");
        return f;
    }

    private boolean hasOpenFinding(long caseId, LocalDate checkDate) {
        StaffLogin.as("chengdong", "district123");
        return recheck.findingsOf(caseId).stream()
                .anyMatch(f -> f.checkDate().equals(checkDate) && f.status() == RecheckFindingStatus.OPEN);
    }

    private long findingAudits(long findingId, String action, String containing) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'RecheckFinding' AND entity_id = ?"
                        + " AND action = ? AND actor = 'dpf-batch' AND after_state LIKE ?")) {
            s.setString(1, String.valueOf(findingId));
            s.setString(2, action);
            s.setString(3, "%" + containing + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static List<String> keys(FindingView f) {
        return f.reasons().stream().map(RecheckReason::key).toList();
    }

    private CaseView caseView(long caseId) {
        StaffLogin.as("chengdong", "district123");
        return workflow.open(caseId);
    }

    @Test
    void aDeathReportedByCivilAffairsIsFoundAndTheCaseEndsWithTheMonthOfDeath() throws Exception {
        LocalDate checkDate = today.minusDays(1);
        SubsidyFixtures.Holder h = fixtures.holder(SubsidyFixtures.COMMUNITY_RECHECK, DisabilityCategory.PHYSICAL,
                DisabilityLevel.ONE, null);
        long caseId = fixtures.activeCase(h, SubsidyType.NURSING, today.minusMonths(3));
        LocalDate died = today.minusDays(10);
        civilAffairs.recordDeath(new DeathReport(h.idNumber(), died.toString(), "QH-RC-0001"), PARTNER);

        runRecheck(checkDate, SubsidyFixtures.COMMUNITY_RECHECK);

        FindingView f = openFinding(caseId, checkDate);
        assertTrue(keys(f).containsAll(List.of("eligibility.deceased", "eligibility.noValidCertificate")), keys(f).toString());
        assertEquals(1, findingAudits(f.id(), "CREATE", "eligibility.deceased"),
                "the finding the job wrote is audited in its own right, under the batch identity");
        assertTrue(f.messages(java.util.Locale.SIMPLIFIED_CHINESE).contains("本人已死亡"));
        assertEquals(died, f.deathDate());
        assertEquals(YearMonth.from(died), f.suggestedLastMonth());

        StaffLogin.as("chengdong", "district123");
        recheck.terminate(f.id(), f.version(), f.caseVersion(), YearMonth.from(died), "民政推送死亡信息，核实无误");

        CaseView after = caseView(caseId);
        assertEquals(CaseState.TERMINATED, after.state());
        assertEquals(YearMonth.from(died).atEndOfMonth(), after.benefitUntil(), "paid to the end of the month of death");
        assertFalse(hasOpenFinding(caseId, checkDate));
        FindingView resolved = recheck.findingsOf(caseId).get(0);
        assertEquals(RecheckResolution.TERMINATED, resolved.resolution());
        assertEquals("chengdong", resolved.resolvedBy());
        StaffLogin.as("admin", "admin123");
        assertEquals(1, auditService.count(new AuditQuery("chengdong", "RecheckFinding", String.valueOf(f.id()),
                AuditAction.UPDATE, null, null)));
    }

    @Test
    void aHouseholdThatLeftDibaoIsFoundAndCanBeSuspendedThenReinstated() throws Exception {
        LocalDate checkDate = today.minusDays(2);
        SubsidyFixtures.Holder h = fixtures.holder(SubsidyFixtures.COMMUNITY_RECHECK, DisabilityCategory.HEARING,
                DisabilityLevel.THREE, today.minusYears(3));
        SubsidyFixtures.Holder still = fixtures.holder(SubsidyFixtures.COMMUNITY_RECHECK, DisabilityCategory.HEARING,
                DisabilityLevel.THREE, today.minusYears(3));
        long caseId = fixtures.activeCase(h, SubsidyType.LIVING, today.minusMonths(4));
        long unchanged = fixtures.activeCase(still, SubsidyType.LIVING, today.minusMonths(4));
        List<AssistanceChangeOutcome> outcomes = civilAffairs.applyAssistanceChanges(List.of(new AssistanceStatusChange(
                h.idNumber(), null, "DIBAO", "REVOKED", today.minusDays(30).toString())), PARTNER);
        assertEquals(AssistanceChangeOutcome.Result.APPLIED, outcomes.get(0).result());

        runRecheck(checkDate, SubsidyFixtures.COMMUNITY_RECHECK);

        FindingView f = openFinding(caseId, checkDate);
        assertEquals(List.of("eligibility.notDibao"), keys(f));
        assertFalse(hasOpenFinding(unchanged, checkDate), "a case whose basis holds has no finding");

        StaffLogin.as("chengdong", "district123");
        recheck.suspend(f.id(), f.version(), f.caseVersion(), "低保已取消，暂停发放待核实");
        assertEquals(CaseState.SUSPENDED, caseView(caseId).state());
        assertEquals(RecheckResolution.SUSPENDED, recheck.findingsOf(caseId).get(0).resolution());

        // civil affairs restores the status; the next check finds the suspended case again, staff reinstate it
        civilAffairs.applyAssistanceChanges(List.of(new AssistanceStatusChange(h.idNumber(), null, "DIBAO", "GRANTED",
                today.minusDays(1).toString())), PARTNER);
        LocalDate nextCheck = today.minusDays(1);
        runRecheck(nextCheck, SubsidyFixtures.COMMUNITY_RECHECK);
        assertFalse(hasOpenFinding(caseId, nextCheck), "低保 again on the new check date: nothing to find");

        LocalDate gapCheck = today.minusDays(3);
        runRecheck(gapCheck, SubsidyFixtures.COMMUNITY_RECHECK);
        FindingView gap = openFinding(caseId, gapCheck);
        assertEquals(CaseState.SUSPENDED, gap.caseState());
        StaffLogin.as("chengdong", "district123");
        recheck.reinstate(gap.id(), gap.version(), gap.caseVersion(), "民政已恢复低保，补发暂停期间补贴");
        CaseView reinstated = caseView(caseId);
        assertEquals(CaseState.ACTIVE, reinstated.state());
        assertEquals(List.of(CaseEventType.SUSPENDED, CaseEventType.REINSTATED), reinstated.timeline().stream()
                .map(CaseView.Step::type).filter(t -> t == CaseEventType.SUSPENDED || t == CaseEventType.REINSTATED)
                .toList());
    }

    @Test
    void aLevelChangeIsFoundAndTheCaseIsPaidAtTheNewLevel() throws Exception {
        LocalDate checkDate = today.minusDays(4);
        SubsidyFixtures.Holder h = fixtures.holder(SubsidyFixtures.COMMUNITY_RECHECK, DisabilityCategory.INTELLECTUAL,
                DisabilityLevel.TWO, null);
        long caseId = fixtures.activeCase(h, SubsidyType.NURSING, today.minusMonths(5));
        StaffLogin.as("chengdong", "district123");
        PersonRecord.CertificateView c = registry.open(h.personId()).validCertificate();
        registry.reassess(c.id(), c.version(), DisabilityCategory.INTELLECTUAL, DisabilityLevel.ONE,
                today.minusDays(20), "复评为一级");

        runRecheck(checkDate, SubsidyFixtures.COMMUNITY_RECHECK);

        FindingView f = openFinding(caseId, checkDate);
        assertEquals(List.of(RecheckReason.LEVEL_CHANGED), keys(f));
        assertEquals("残疾人证等级已变为一级，补贴仍按二级发放", f.messages(java.util.Locale.SIMPLIFIED_CHINESE).get(0));
        assertTrue(f.isLevelChange());
        assertEquals(DisabilityLevel.ONE, f.certificateLevel());

        StaffLogin.as("chengdong", "district123");
        assertEquals("reason", assertThrows(InvalidValueException.class,
                () -> recheck.changeLevel(f.id(), f.version(), f.caseVersion(), " ")).field());
        assertTrue(hasOpenFinding(caseId, checkDate), "a refused action leaves the finding open");
        assertEquals(DisabilityLevel.TWO, benefitLevel(caseId));

        StaffLogin.as("chengdong", "district123");
        recheck.changeLevel(f.id(), f.version(), f.caseVersion(), "按复评等级发放");

        assertEquals(DisabilityLevel.ONE, benefitLevel(caseId), "what the next roll reads");
        CaseView after = caseView(caseId);
        assertEquals(CaseState.ACTIVE, after.state());
        assertNotEquals(f.caseVersion(), after.version(), "the level change is a change of the case");
        assertEquals(CaseEventType.BENEFIT_CHANGED, after.timeline().get(after.timeline().size() - 1).type());
        assertEquals(RecheckResolution.LEVEL_CHANGED, recheck.findingsOf(caseId).get(0).resolution());
    }

    @Test
    void staleVersionsAndOtherJurisdictionsAreRefusedAndChangeNothing() throws Exception {
        LocalDate checkDate = today.minusDays(5);
        SubsidyFixtures.Holder h = fixtures.holder(SubsidyFixtures.COMMUNITY_RECHECK, DisabilityCategory.MENTAL,
                DisabilityLevel.ONE, null);
        long caseId = fixtures.activeCase(h, SubsidyType.NURSING, today.minusMonths(2));
        civilAffairs.recordDeath(new DeathReport(h.idNumber(), today.minusDays(6).toString(), "QH-RC-0002"), PARTNER);
        runRecheck(checkDate, SubsidyFixtures.COMMUNITY_RECHECK);
        FindingView f = openFinding(caseId, checkDate);

        StaffLogin.as("chengzhong", "district123");
        assertTrue(recheck.openFindings(0, 200).rows().stream().noneMatch(x -> x.id() == f.id()),
                "another district does not see it");
        // another district's finding is answered like a finding that does not exist
        NotFoundException elsewhere = assertThrows(NotFoundException.class,
                () -> recheck.dismiss(f.id(), f.version(), "不是本区的"));
        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> recheck.dismiss(Long.MAX_VALUE, 0, "不存在的"));
        assertEquals(missing.key(), elsewhere.key());
        assertEquals(missing.getMessage(), elsewhere.getMessage());
        assertEquals("case.notFound", assertThrows(NotFoundException.class, () -> recheck.findingsOf(caseId)).key(),
                "the case is answered like a missing one too");
        assertThrows(AccessDeniedException.class, () -> recheck.start(checkDate, "630102"));

        StaffLogin.as("clerk-dongguan", "clerk123");
        assertTrue(recheck.openFindings(0, 200).rows().stream().anyMatch(x -> x.id() == f.id()),
                "the township clerk sees the findings of the township");
        assertThrows(EJBAccessException.class, () -> recheck.dismiss(f.id(), f.version(), "经办员不能处理"));

        StaffLogin.as("chengdong", "district123");
        assertThrows(ConcurrentChangeException.class,
                () -> recheck.suspend(f.id(), f.version(), f.caseVersion() - 1, "版本已过期"));
        assertEquals("lastMonth", assertThrows(InvalidValueException.class, () -> recheck.terminate(f.id(), f.version(),
                f.caseVersion(), YearMonth.from(today.minusYears(1)), "早于开始享受")).field());
        assertEquals("lastMonth", assertThrows(InvalidValueException.class, () -> recheck.terminate(f.id(), f.version(),
                f.caseVersion(), YearMonth.from(today).plusMonths(1), "晚于本月")).field());
        assertEquals(CaseState.ACTIVE, caseView(caseId).state(), "nothing changed by refused actions");
        assertTrue(hasOpenFinding(caseId, checkDate));

        StaffLogin.as("city", "city123");
        recheck.dismiss(f.id(), f.version(), "家属已申请撤销死亡登记，待核实");
        StaffLogin.as("chengdong", "district123");
        assertThrows(ConcurrentChangeException.class,
                () -> recheck.suspend(f.id(), f.version(), f.caseVersion(), "另一人同时处理"));
        assertEquals(CaseState.ACTIVE, caseView(caseId).state());
        assertEquals(RecheckResolution.DISMISSED, recheck.findingsOf(caseId).get(0).resolution());
    }

    @Test
    void reRunningTheSameDateReplacesOpenFindingsAndKeepsResolvedOnes() throws Exception {
        LocalDate checkDate = today.minusDays(6);
        SubsidyFixtures.Holder dead = fixtures.holder(SubsidyFixtures.COMMUNITY_RECHECK, DisabilityCategory.PHYSICAL,
                DisabilityLevel.TWO, null);
        SubsidyFixtures.Holder moved = fixtures.holder(SubsidyFixtures.COMMUNITY_RECHECK, DisabilityCategory.PHYSICAL,
                DisabilityLevel.TWO, null);
        long deadCase = fixtures.activeCase(dead, SubsidyType.NURSING, today.minusMonths(2));
        long movedCase = fixtures.activeCase(moved, SubsidyType.NURSING, today.minusMonths(2));
        civilAffairs.recordDeath(new DeathReport(dead.idNumber(), today.minusDays(8).toString(), "QH-RC-0003"), PARTNER);
        StaffLogin.as("city", "city123");
        PersonRecord.CertificateView c = registry.open(moved.personId()).validCertificate();
        registry.transfer(c.id(), c.version(), "630103001001", today.minusDays(7), "迁往城中区");

        runRecheck(checkDate, SubsidyFixtures.COMMUNITY_RECHECK);
        Map<Long, Integer> first = findingsOn(checkDate);
        assertEquals(1, first.get(deadCase));
        assertEquals(1, first.get(movedCase));
        FindingView movedFinding = openFinding(movedCase, checkDate);
        assertEquals(List.of("eligibility.notResident"), keys(movedFinding));
        StaffLogin.as("chengdong", "district123");
        recheck.dismiss(movedFinding.id(), movedFinding.version(), "迁移登记有误，待更正");
        long firstRunOfDead = openFinding(deadCase, checkDate).jobExecution();

        runRecheck(checkDate, SubsidyFixtures.COMMUNITY_RECHECK);

        assertEquals(first, findingsOn(checkDate), "the same cases, one finding each: nothing duplicated");
        FindingView deadAgain = openFinding(deadCase, checkDate);
        assertNotEquals(firstRunOfDead, deadAgain.jobExecution(), "the open finding was replaced by the re-run");
        StaffLogin.as("chengdong", "district123");
        FindingView movedAgain = recheck.findingsOf(movedCase).get(0);
        assertEquals(RecheckResolution.DISMISSED, movedAgain.resolution(), "a resolved finding stays as decided");
        assertEquals(RecheckFindingStatus.RESOLVED, movedAgain.status());
    }

    @Test
    void aFailedRunRestartsAfterItsLastStoredChunkAndCompletes() throws Exception {
        LocalDate checkDate = today.minusDays(7);
        String division = SubsidyFixtures.COMMUNITY_RESTART;
        List<Long> cases = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            SubsidyFixtures.Holder h = fixtures.holder(division, DisabilityCategory.PHYSICAL, DisabilityLevel.ONE, null);
            cases.add(fixtures.activeCase(h, SubsidyType.NURSING, today.minusMonths(2)));
            civilAffairs.recordDeath(new DeathReport(h.idNumber(), today.minusDays(9).toString(), "QH-RS-" + i), PARTNER);
        }
        long running = runningCasesIn(division);
        assertTrue(running >= 5, "at least this test's cases");

        // The service never sets the fault injection, so this run is started (and, as Payara lets only the
        // starting component see a run, restarted) with the job operator, with the parameters the service
        // passes on a restart.
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties p = new Properties();
        p.setProperty(SubsidyRecheckService.CHECK_DATE, checkDate.toString());
        p.setProperty(SubsidyRecheckService.DIVISION, division);
        p.setProperty(SubsidyRecheckService.CHUNK_SIZE, "2");
        Properties faulty = new Properties();
        faulty.putAll(p);
        faulty.setProperty(SubsidyRecheckService.FAIL_AFTER_ITEMS, "3");
        JobExecution failed = awaitExecution(operator, operator.start(SubsidyRecheckService.JOB, faulty));
        assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
        Map<Long, Integer> afterFailure = findingsOn(checkDate);
        assertEquals(2, afterFailure.values().stream().mapToInt(Integer::intValue).sum(),
                "the first chunk (two cases) was stored, the failed chunk was not: " + afterFailure);

        long restartId = operator.restart(failed.getExecutionId(), p);
        JobExecution restarted = awaitExecution(operator, restartId);
        assertEquals(BatchStatus.COMPLETED, restarted.getBatchStatus(), restarted.getExitStatus());

        Map<Long, Integer> done = findingsOn(checkDate);
        for (long caseId : cases) {
            assertEquals(1, done.get(caseId), "exactly one finding for case " + caseId);
        }
        assertEquals(running, done.size(), "every running case of the division checked once");
        Map<Long, Long> byExecution = executionsOn(checkDate);
        assertEquals(2, byExecution.getOrDefault(failed.getExecutionId(), 0L),
                "the restart did not redo the stored chunk");
        assertEquals(running - 2, byExecution.getOrDefault(restartId, 0L));

        StaffLogin.as("chengdong", "district123");
        assertEquals("executionId", assertThrows(InvalidValueException.class,
                () -> recheck.restart(failed.getExecutionId())).field(), "not a run of the service");
    }

    @Test
    void theServiceRestartsOnlyItsOwnFailedRuns() throws Exception {
        long completed = runRecheck(today.minusDays(8), SubsidyFixtures.COMMUNITY_RESTART);
        StaffLogin.as("chengdong", "district123");
        assertEquals("recheck.runNotRestartable", assertThrows(InvalidValueException.class,
                () -> recheck.restart(completed)).key());
        assertTrue(recheck.recentRuns(10).stream().anyMatch(r -> r.executionId() == completed));
        StaffLogin.as("chengzhong", "district123");
        assertTrue(recheck.recentRuns(10).stream().noneMatch(r -> r.executionId() == completed),
                "another district does not see the run");
        assertEquals("recheck.runNotFound", assertThrows(NotFoundException.class, () -> recheck.restart(completed)).key(),
                "answered like a run that does not exist");
    }

    private DisabilityLevel benefitLevel(long caseId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT benefit_level FROM subsidy_case WHERE case_id = ?")) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return DisabilityLevel.ofCode(r.getInt(1));
            }
        }
    }

    /** Findings stored for a check date, counted per case (straight from the table). */
    private Map<Long, Integer> findingsOn(LocalDate checkDate) throws SQLException {
        Map<Long, Integer> m = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT case_id, COUNT(*) FROM subsidy_recheck_finding"
                     + " WHERE check_date = ? GROUP BY case_id")) {
            s.setDate(1, Date.valueOf(checkDate));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    m.put(r.getLong(1), r.getInt(2));
                }
            }
        }
        return m;
    }

    private Map<Long, Long> executionsOn(LocalDate checkDate) throws SQLException {
        Map<Long, Long> m = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT job_execution, COUNT(*) FROM subsidy_recheck_finding"
                     + " WHERE check_date = ? GROUP BY job_execution")) {
            s.setDate(1, Date.valueOf(checkDate));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    m.put(r.getLong(1), r.getLong(2));
                }
            }
        }
        return m;
    }

    private long runningCasesIn(String division) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM program_case p JOIN subsidy_case s"
                     + " ON s.case_id = p.id WHERE p.division_code LIKE ? AND p.state IN ('ACTIVE', 'SUSPENDED')")) {
            s.setString(1, division + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
