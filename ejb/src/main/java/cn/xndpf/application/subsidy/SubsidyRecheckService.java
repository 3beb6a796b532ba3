package cn.xndpf.application.subsidy;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.application.shared.BatchLauncher;
import cn.xndpf.application.shared.Page;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionRepository;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.subsidy.RecheckFinding;
import cn.xndpf.domain.subsidy.RecheckFindingRepository;
import cn.xndpf.domain.subsidy.RecheckResolution;
import cn.xndpf.domain.subsidy.SubsidyCase;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The subsidies' annual re-check as staff run it (两项补贴年度核查): start the batch job
 * {@code subsidy-annual-recheck} for a check date and a division, restart a failed run, list the open
 * findings in the caller's jurisdiction, and resolve each one by acting on its case through the shared
 * workflow (suspend, terminate with the last month paid, reinstate), by paying the case at the
 * certificate's new level, or by dismissing it. The case action and the finding's resolution are one
 * transaction, checked against the versions the caller saw, and audited.
 * <p>
 * Payara's batch runtime shows a job execution only to the component that started it, so this service
 * lists and restarts the runs started through it (in the current deployment), not runs started elsewhere.
 */
@Stateless
@DeclareRoles({Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS, Roles.CITY_STAFF,
        Roles.ADMIN})
@RolesAllowed({Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS, Roles.CITY_STAFF,
        Roles.ADMIN})
public class SubsidyRecheckService {

    public static final String JOB = "subsidy-annual-recheck";
    /** Job parameter: the day the cases are judged on, yyyy-MM-dd. */
    public static final String CHECK_DATE = "checkDate";
    /** Job parameter: the division whose cases are checked (its code, any level). */
    public static final String DIVISION = BatchLauncher.DIVISION;
    /** Job parameter: cases per chunk (per transaction); 20 when absent. */
    public static final String CHUNK_SIZE = BatchLauncher.CHUNK_SIZE;
    /**
     * Job parameter for tests only: the run fails before its (n+1)th case. Never set by this service, and
     * dropped when a run is restarted.
     */
    public static final String FAIL_AFTER_ITEMS = BatchLauncher.FAIL_AFTER_ITEMS;

    @Inject
    private RecheckFindingRepository findings;

    @Inject
    private PersonRepository people;

    @Inject
    private DivisionRepository divisions;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private AuditTrail audit;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private SubsidyService subsidies;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Inject
    private BatchLauncher launcher;

    /**
     * Starts the re-check for a check date (not in the future) and a division in the caller's jurisdiction
     * (their whole jurisdiction when none is given); returns the execution id.
     */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public long start(LocalDate checkDate, String division) {
        StaffUser me = currentStaff.require();
        if (checkDate == null) {
            throw new InvalidValueException(CHECK_DATE, "date.required");
        }
        if (checkDate.isAfter(PlatformClock.today())) {
            throw new InvalidValueException(CHECK_DATE, "date.future");
        }
        DivisionCode where = division == null || division.isBlank() ? me.jurisdiction() : DivisionCode.of(division);
        if (divisions.find(where).isEmpty()) {
            throw new InvalidValueException(DivisionCode.FIELD, "division.unknown", where.value());
        }
        if (!me.jurisdiction().contains(where)) {
            throw new AccessDeniedException(DivisionCode.FIELD);
        }
        Optional<JobExecution> running = launcher.runningWith(JOB,
                Map.of(CHECK_DATE, checkDate.toString(), DIVISION, where.value()));
        if (running.isPresent()) {
            throw new InvalidValueException(CHECK_DATE, "recheck.alreadyRunning", running.get().getExecutionId());
        }
        long id = launcher.start(JOB, Map.of(CHECK_DATE, checkDate.toString(), DIVISION, where.value()),
                me.username());
        audit.record(me.username(), AuditAction.CREATE, "BatchJob", id, where.value(),
                "启动两项补贴年度核查 " + checkDate + " " + where.value(), null, Map.of(CHECK_DATE, checkDate.toString(),
                        DIVISION, where.value()));
        return id;
    }

    /**
     * Restarts a failed or stopped run with its check date, division and chunk size (never with the test-only
     * fault injection); it continues after the last chunk the failed run stored. Returns the new execution id.
     */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public long restart(long executionId) {
        StaffUser me = currentStaff.require();
        JobExecution e = visibleExecution(me, executionId);
        if (e.getBatchStatus() != BatchStatus.FAILED && e.getBatchStatus() != BatchStatus.STOPPED) {
            throw new InvalidValueException("executionId", "recheck.runNotRestartable", executionId,
                    e.getBatchStatus());
        }
        long id = launcher.restart(executionId, List.of(CHECK_DATE, DIVISION, CHUNK_SIZE), me.username());
        audit.record(me.username(), AuditAction.UPDATE, "BatchJob", id, e.getJobParameters().getProperty(DIVISION),
                "重新启动两项补贴年度核查（原执行 " + executionId + "）", null, null);
        return id;
    }

    /** Recent runs for divisions in the caller's jurisdiction, newest first. */
    public List<RecheckRun> recentRuns(int max) {
        StaffUser me = currentStaff.require();
        List<RecheckRun> runs = new ArrayList<>();
        for (JobExecution e : launcher.executions(JOB, Math.max(1, Math.min(max, 100)) * 2)) {
            if (inJurisdiction(me, e)) {
                runs.add(toRun(e));
            }
        }
        runs.sort(Comparator.comparingLong(RecheckRun::executionId).reversed());
        return runs.size() > max ? List.copyOf(runs.subList(0, max)) : runs;
    }

    /** One run, for progress polling. */
    public Optional<RecheckRun> run(long executionId) {
        StaffUser me = currentStaff.require();
        try {
            return Optional.of(toRun(visibleExecution(me, executionId)));
        } catch (NotFoundException | AccessDeniedException e) {
            return Optional.empty();
        }
    }

    /** Open findings in the caller's jurisdiction, newest check date first. */
    public Page<FindingView> openFindings(int first, int max) {
        StaffUser me = currentStaff.require();
        List<FindingView> rows = findings.open(me.jurisdiction(), Math.max(0, first), Math.min(Math.max(1, max), 200))
                .stream().map(SubsidyRecheckService::view).toList();
        return new Page<>(rows, findings.countOpen(me.jurisdiction()));
    }

    /** Every finding of a case (open and resolved), newest first. */
    public List<FindingView> findingsOf(long caseId) {
        StaffUser me = currentStaff.require();
        SubsidyCase c = em.find(SubsidyCase.class, caseId);
        if (c == null) {
            throw new NotFoundException("case", "case.notFound");
        }
        if (!me.jurisdiction().contains(c.division())) {
            throw new NotFoundException("case", "case.notFound"); // as for an id nobody uses
        }
        return findings.findingsOf(c).stream().map(SubsidyRecheckService::view).toList();
    }

    /** Payments stop from the next roll while the finding is looked into. */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void suspend(long findingId, int findingVersion, int caseVersion, String reason) {
        RecheckFinding f = openFinding(findingId, findingVersion);
        workflow.suspend(f.subsidyCase().id(), caseVersion, reason);
        resolve(f, RecheckResolution.SUSPENDED, reason);
    }

    /** The benefit ends after {@code lastMonth} (for example the month of death), which is the last month paid. */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void terminate(long findingId, int findingVersion, int caseVersion, YearMonth lastMonth, String reason) {
        RecheckFinding f = openFinding(findingId, findingVersion);
        if (lastMonth == null) {
            throw new InvalidValueException("lastMonth", "recheck.lastMonthRequired");
        }
        LocalDate from = f.subsidyCase().benefitFrom();
        if (from != null && lastMonth.isBefore(YearMonth.from(from))) {
            throw new InvalidValueException("lastMonth", "recheck.lastMonthBeforeStart", YearMonth.from(from).toString());
        }
        if (lastMonth.isAfter(YearMonth.from(PlatformClock.today()))) {
            throw new InvalidValueException("lastMonth", "recheck.lastMonthFuture");
        }
        workflow.terminate(f.subsidyCase().id(), caseVersion, lastMonth.atEndOfMonth(), reason);
        resolve(f, RecheckResolution.TERMINATED, reason);
    }

    /** Payments resume, with the months held back, once the finding proved unfounded. */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void reinstate(long findingId, int findingVersion, int caseVersion, String reason) {
        RecheckFinding f = openFinding(findingId, findingVersion);
        workflow.reinstate(f.subsidyCase().id(), caseVersion, reason);
        resolve(f, RecheckResolution.REINSTATED, reason);
    }

    /** The case is paid at the level of the person's valid certificate from the next roll on. */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void changeLevel(long findingId, int findingVersion, int caseVersion, String reason) {
        RecheckFinding f = openFinding(findingId, findingVersion);
        SubsidyCase c = f.subsidyCase();
        Certificate valid = people.validCertificateOf(c.person())
                .orElseThrow(() -> new InvalidValueException("level", "recheck.noLevelChange"));
        if (valid.level() == c.benefitLevel()) {
            throw new InvalidValueException("level", "recheck.noLevelChange");
        }
        subsidies.changeBenefitLevel(c.id(), caseVersion, valid.level(), reason);
        resolve(f, RecheckResolution.LEVEL_CHANGED, reason);
    }

    /** Verified and nothing to change (e.g. the data were wrong); the case stays as it is. */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void dismiss(long findingId, int findingVersion, String reason) {
        resolve(openFinding(findingId, findingVersion), RecheckResolution.DISMISSED, reason);
    }

    private RecheckFinding openFinding(long findingId, int expectedVersion) {
        StaffUser me = currentStaff.require();
        RecheckFinding f = findings.find(findingId)
                .orElseThrow(() -> new NotFoundException("finding", "recheck.notFound"));
        if (!me.jurisdiction().contains(f.division())) {
            throw new NotFoundException("finding", "recheck.notFound"); // as for an id nobody uses
        }
        if (f.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        if (!f.isOpen()) {
            throw new InvalidValueException("finding", "recheck.alreadyResolved", f.resolution().chineseName());
        }
        return f;
    }

    private void resolve(RecheckFinding f, RecheckResolution how, String reason) {
        StaffUser me = currentStaff.require();
        Map<String, Object> before = snapshot(f);
        f.resolve(how, me.username(), reason);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        }
        audit.record(me.username(), AuditAction.UPDATE, "RecheckFinding", f.id(), f.division().value(),
                "处理年度核查发现 " + f.subsidyCase().caseNumber() + "：" + how.chineseName(), before, snapshot(f));
    }

    private static Map<String, Object> snapshot(RecheckFinding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", f.subsidyCase().id());
        m.put("checkDate", f.checkDate().toString());
        m.put("status", f.status().name());
        m.put("resolution", f.resolution() == null ? null : f.resolution().name());
        m.put("note", f.resolutionNote());
        return m;
    }

    static FindingView view(RecheckFinding f) {
        SubsidyCase c = f.subsidyCase();
        return new FindingView(f.id(), f.version(), f.checkDate(), f.status(), f.reasons(), f.certificateLevel(),
                c.id(), c.caseNumber(), c.version(), c.state(), c.type(), c.benefitLevel(), c.benefitFrom(),
                c.benefitUntil(), c.person().name(), c.person().idNumber().masked(), f.division().value(),
                c.person().deathDate(), f.foundAt(), f.jobExecution(), f.resolution(), f.resolvedBy(),
                f.resolvedAt(), f.resolutionNote());
    }

    private JobExecution visibleExecution(StaffUser me, long executionId) {
        // runs the launcher cannot see (started elsewhere, or before a redeployment) are not ours to restart
        JobExecution e = launcher.execution(executionId).orElse(null);
        if (e == null || !JOB.equals(e.getJobName())) {
            throw new NotFoundException("executionId", "recheck.runNotFound");
        }
        if (!inJurisdiction(me, e)) {
            throw new NotFoundException("executionId", "recheck.runNotFound"); // as for an id nobody uses
        }
        return e;
    }

    private static boolean inJurisdiction(StaffUser me, JobExecution e) {
        String division = e.getJobParameters() == null ? null : e.getJobParameters().getProperty(DIVISION);
        try {
            return division != null && me.jurisdiction().contains(DivisionCode.of(division));
        } catch (InvalidValueException malformed) {
            return false;
        }
    }

    private RecheckRun toRun(JobExecution e) {
        Properties p = e.getJobParameters() == null ? new Properties() : e.getJobParameters();
        long checked = 0;
        for (StepExecution s : launcher.steps(e.getExecutionId())) {
            for (Metric m : s.getMetrics() == null ? new Metric[0] : s.getMetrics()) {
                if (m.getType() == Metric.MetricType.READ_COUNT) {
                    checked += m.getValue();
                }
            }
        }
        return new RecheckRun(e.getExecutionId(), String.valueOf(e.getBatchStatus()), e.getExitStatus(),
                date(p.getProperty(CHECK_DATE)), p.getProperty(DIVISION), instant(e.getCreateTime()),
                instant(e.getEndTime()), checked);
    }

    private static LocalDate date(String raw) {
        try {
            return raw == null ? null : LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }
}
