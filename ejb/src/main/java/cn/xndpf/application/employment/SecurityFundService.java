package cn.xndpf.application.employment;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.shared.BatchLauncher;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionRepository;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.employment.DeclaredEmployee;
import cn.xndpf.domain.employment.Employer;
import cn.xndpf.domain.employment.EmploymentDeclaration;
import cn.xndpf.domain.employment.EmploymentRepository;
import cn.xndpf.domain.employment.FundRules;
import cn.xndpf.domain.employment.SecurityFund;
import cn.xndpf.domain.employment.VerificationOutcome;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PolicySettingRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The employment security fund (残疾人就业保障金) of an employer's year: computed once from its verified declaration
 * under the rules in force on the year's first day ({@link FundRules}), stored with every line, so asking again
 * answers the stored figure (and a rule changed later leaves the year as it was). District and city staff, their
 * jurisdiction; each computation audited.
 */
@Stateless
@DeclareRoles({Roles.DISTRICT_STAFF, Roles.CITY_STAFF, Roles.BATCH})
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class SecurityFundService {

    /** Audit log entity type. */
    public static final String FUND = "SecurityFund";

    /** The batch job computing a year for every employer of a division, and its own parameter. */
    public static final String JOB = "employment-security-fund";
    public static final String YEAR = "year";
    public static final String DIVISION = BatchLauncher.DIVISION;
    public static final String CHUNK_SIZE = BatchLauncher.CHUNK_SIZE;
    /** TESTS ONLY, see {@link BatchLauncher#FAIL_AFTER_ITEMS}; never set by this service, dropped on restart. */
    public static final String FAIL_AFTER_ITEMS = BatchLauncher.FAIL_AFTER_ITEMS;

    private static final int MAX_LIST = 2000;

    @Inject
    private EmploymentRepository employment;

    @Inject
    private PolicySettingRepository settings;

    @EJB
    private CurrentStaff currentStaff;

    @EJB
    private AuditTrail audit;

    @Inject
    private BatchLauncher launcher;

    @Inject
    private DivisionRepository divisions;

    /**
     * Starts the job computing a year that is over for every employer of a division in the caller's jurisdiction
     * (their whole jurisdiction when none is given); returns the execution id. Audited.
     */
    public long start(int year, String division) {
        StaffUser me = currentStaff.require();
        if (year < 2000 || year >= PlatformClock.today().getYear()) {
            throw new InvalidValueException(YEAR, "employment.yearOutOfRange", PlatformClock.today().getYear());
        }
        DivisionCode where = division == null || division.isBlank() ? me.jurisdiction() : DivisionCode.of(division);
        if (divisions.find(where).isEmpty()) {
            throw new InvalidValueException(DivisionCode.FIELD, "division.unknown", where.value());
        }
        if (!me.jurisdiction().contains(where)) {
            throw new AccessDeniedException(DivisionCode.FIELD);
        }
        long id = launcher.start(JOB, Map.of(YEAR, String.valueOf(year), DIVISION, where.value()), me.username());
        audit.record(me.username(), AuditAction.CREATE, "BatchJob", id, where.value(),
                "启动残疾人就业保障金计算 " + year + " " + where.value(), null,
                Map.of(YEAR, String.valueOf(year), DIVISION, where.value()));
        return id;
    }

    /** Restarts a failed or stopped run of the caller's jurisdiction with its year, division and chunk size. */
    public long restart(long executionId) {
        StaffUser me = currentStaff.require();
        JobExecution e = visibleExecution(me, executionId);
        if (e.getBatchStatus() != BatchStatus.FAILED && e.getBatchStatus() != BatchStatus.STOPPED) {
            throw new InvalidValueException("executionId", "employment.runNotRestartable", executionId,
                    e.getBatchStatus());
        }
        long id = launcher.restart(executionId, List.of(YEAR, DIVISION, CHUNK_SIZE), me.username());
        audit.record(me.username(), AuditAction.UPDATE, "BatchJob", id, e.getJobParameters().getProperty(DIVISION),
                "重新启动残疾人就业保障金计算（原执行 " + executionId + "）", null, null);
        return id;
    }

    /** The batch status of a run started through this service, in the caller's jurisdiction. */
    public Optional<String> runStatus(long executionId) {
        try {
            return Optional.of(String.valueOf(visibleExecution(currentStaff.require(), executionId).getBatchStatus()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private JobExecution visibleExecution(StaffUser me, long executionId) {
        JobExecution e = launcher.execution(executionId).orElse(null);
        String division = e == null || e.getJobParameters() == null ? null : e.getJobParameters().getProperty(DIVISION);
        if (e == null || !JOB.equals(e.getJobName()) || division == null
                || !me.jurisdiction().contains(DivisionCode.of(division))) {
            throw new NotFoundException("executionId", "employment.runNotFound");
        }
        return e;
    }

    /**
     * The fund of an employer's year: the stored one if it was computed (nothing changes, nothing is audited),
     * else computed now from the verified declaration. Refused while the declaration is missing, unverified or
     * holds a double declaration not yet decided.
     */
    public FundView compute(long employerId, int year) {
        StaffUser me = currentStaff.require();
        Employer employer = employment.employer(employerId).filter(e -> me.jurisdiction().contains(e.division()))
                .orElseThrow(() -> new InvalidValueException("employer", "employment.employerNotFound"));
        return FundView.of(computeOnce(employer, year, me.username(), null));
    }

    /**
     * The same for the batch job ({@link SecurityFundSteps}), any employer, as the batch identity: empty when the
     * employer's year cannot be computed yet (no verified declaration, a double declaration pending); the stored
     * fund when it was computed before (by a screen or an earlier run), so a re-run or a restart computes nobody twice.
     */
    @RolesAllowed(Roles.BATCH)
    public Optional<FundView> computeForJob(long employerId, int year, String requestedBy, long jobExecution) {
        Employer employer = employment.employer(employerId).orElseThrow();
        Optional<EmploymentDeclaration> d = employment.declaration(employerId, year);
        if (d.isEmpty() || !d.get().isVerified() || pending(d.get())) {
            return Optional.empty();
        }
        return Optional.of(FundView.of(computeOnce(employer, year, requestedBy, jobExecution)));
    }

    /** An employer's fund of a year, line by line, if computed. */
    public Optional<FundView> fund(long employerId, int year) {
        StaffUser me = currentStaff.require();
        return employment.fund(employerId, year).filter(f -> me.jurisdiction().contains(f.division()))
                .map(FundView::of);
    }

    /** The funds of a year in the caller's jurisdiction: due, collected and outstanding per employer. */
    public List<FundView> funds(int year) {
        return employment.fundsWithin(currentStaff.require().jurisdiction(), year, MAX_LIST).stream()
                .map(FundView::of).toList();
    }

    /**
     * The computation of every fund of a year in the caller's jurisdiction, line by line as stored, as a workbook
     * ({@link SecurityFundReport}), employers in the order of their credit code.
     */
    public byte[] report(int year) {
        List<FundView> all = employment.fundsWithin(currentStaff.require().jurisdiction(), year, Integer.MAX_VALUE)
                .stream().map(FundView::of)
                .sorted(java.util.Comparator.comparing(FundView::creditCode)).toList();
        return SecurityFundReport.workbook(year, all);
    }

    /** The rules in force for a year (read on its first day). */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF, Roles.BATCH})
    public FundRules.Policy policy(int year) {
        LocalDate day = LocalDate.of(year, 1, 1);
        return new FundRules.Policy(decimal(FundRules.RATIO, day), decimal(FundRules.CAP_MULTIPLE, day),
                decimal(FundRules.LOCAL_AVERAGE_WAGE, day), decimal(FundRules.EXEMPT_STAFF, day).intValueExact(),
                decimal(FundRules.TIER_RATIO, day), decimal(FundRules.SHARE_AT_OR_ABOVE, day),
                decimal(FundRules.SHARE_BELOW, day));
    }

    private SecurityFund computeOnce(Employer employer, int year, String actor, Long jobExecution) {
        Optional<SecurityFund> stored = employment.fund(employer.id(), year);
        if (stored.isPresent()) {
            return stored.get();
        }
        EmploymentDeclaration d = employment.declaration(employer.id(), year)
                .orElseThrow(() -> new InvalidValueException("year", "employment.notDeclared"));
        if (!d.isVerified()) {
            throw new InvalidValueException("year", "employment.notVerified");
        }
        if (pending(d)) {
            throw new InvalidValueException("year", "employment.duplicatesPending");
        }
        FundRules.Computation c = FundRules.compute(d.staffCount(), d.recognisedCount(), d.totalWages(),
                policy(year));
        SecurityFund fund = new SecurityFund(d, c, actor, Instant.now(), jobExecution);
        employment.store(fund);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", year);
        after.put("staffCount", d.staffCount());
        after.put("recognised", d.recognisedCount());
        after.put("due", c.due().toPlainString());
        audit.record(actor, AuditAction.CREATE, FUND, fund.id(), employer.division().value(),
                "计算残疾人就业保障金 security fund computed " + employer.creditCode() + " " + year, null, after);
        return fund;
    }

    private static boolean pending(EmploymentDeclaration d) {
        return d.employees().stream().map(DeclaredEmployee::outcome).anyMatch(o -> o == VerificationOutcome.DUPLICATE
                || o == VerificationOutcome.PENDING);
    }

    private BigDecimal decimal(String key, LocalDate day) {
        return settings.valueOn(key, day).map(BigDecimal::new)
                .orElseThrow(() -> new IllegalStateException("no setting " + key + " in force on " + day));
    }
}
