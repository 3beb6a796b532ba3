package cn.xndpf.application.subsidy;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.application.shared.BatchLauncher;
import cn.xndpf.application.shared.Page;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionRepository;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PersonalDataMasks;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.subsidy.PaymentLine;
import cn.xndpf.domain.subsidy.PaymentLineStatus;
import cn.xndpf.domain.subsidy.PaymentRoll;
import cn.xndpf.domain.subsidy.PaymentRollKey;
import cn.xndpf.domain.subsidy.PaymentRollRepository;
import cn.xndpf.domain.subsidy.PaymentRollStatus;
import cn.xndpf.domain.subsidy.SubsidyType;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The monthly payment roll of the two subsidies (两项补贴发放) for staff: run the roll of a month for a
 * district or the city (the batch job {@code subsidy-payment-roll}), follow its progress, see its totals
 * and lines, export the bank's payment file and import the bank's return file. Staff act only on rolls
 * of their jurisdiction; exports and imports are audited.
 */
@Stateless
@DeclareRoles({Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS, Roles.CITY_STAFF, Roles.ADMIN})
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS, Roles.CITY_STAFF, Roles.ADMIN})
public class PaymentRollService {

    /** The batch job (batch module, META-INF/batch-jobs), referenced by name only. */
    public static final String JOB = "subsidy-payment-roll";
    public static final String MONTH = "month";
    public static final String DIVISION = BatchLauncher.DIVISION;
    /** Who asked for the run; set by the launcher only. */
    public static final String REQUESTED_BY = BatchLauncher.REQUESTED_BY;
    /**
     * Test-only fault injection: the job fails right after the n-th case of the run reached the database,
     * inside its chunk. Never set by the platform; a restart drops it.
     */
    public static final String FAIL_AFTER_ITEMS = BatchLauncher.FAIL_AFTER_ITEMS;
    private static final List<String> KEPT_ON_RESTART = List.of(MONTH, DIVISION);

    @Inject
    private PaymentRollRepository rolls;

    @Inject
    private DivisionRepository divisions;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private AuditTrail audit;

    @Inject
    private BankFiles bankFiles;

    @Inject
    private BatchLauncher launcher;

    @Inject
    private PaymentRollClaim claim;

    @Inject
    private Event<PaymentRollStartChecked> startChecked;

    /**
     * Computes the roll of a month for a division: a new roll, a re-run of a completed one (which adds
     * only what became owed since), or the continuation of a failed run from its last checkpoint.
     *
     * @return the job execution id
     */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public long start(String month, String division) {
        StaffUser me = currentStaff.require();
        PaymentRollKey key = PaymentRollKey.of(month, division);
        requireJurisdiction(me, key.division());
        if (key.month().isAfter(YearMonth.from(PlatformClock.today()))) {
            throw new InvalidValueException(PaymentRollKey.MONTH_FIELD, "payment.monthFuture");
        }
        if (divisions.find(key.division()).isEmpty()) {
            throw new InvalidValueException(DivisionCode.FIELD, "division.unknown", key.division().value());
        }
        Optional<PaymentRoll> existing = rolls.find(key.month(), key.division());
        refuseWhileRunning(key);
        startChecked.fire(new PaymentRollStartChecked(key, me.username()));
        long rollId = claim.claim(key, existing.map(PaymentRoll::version).orElse(null), me.username());
        long execution;
        String what;
        try {
            Long continued = existing.filter(r -> r.status() == PaymentRollStatus.FAILED && r.jobExecutionId() != null)
                    .map(r -> restartExecution(r.jobExecutionId(), me.username())).orElse(null);
            if (continued != null) {
                execution = continued;
                what = "继续生成发放名册 ";
            } else {
                execution = launcher.start(JOB, Map.of(MONTH, key.month().toString(), DIVISION, key.division().value()),
                        me.username());
                what = existing.isPresent() ? "重新生成发放名册 " : "生成发放名册 ";
            }
        } catch (RuntimeException notLaunched) {
            claim.release(rollId, notLaunched);
            throw notLaunched;
        }
        audit.record(me.username(), AuditAction.CREATE, "PaymentRoll", key.toString(), key.division().value(),
                what + key.month() + " " + key.division().value(), null, Map.of("jobExecution", execution));
        return execution;
    }

    /** The roll of a month and division, if it was ever run. */
    public Optional<RollSummary> roll(String month, String division) {
        StaffUser me = currentStaff.require();
        PaymentRollKey key = PaymentRollKey.of(month, division);
        requireJurisdiction(me, key.division());
        return rolls.find(key.month(), key.division()).map(this::summary);
    }

    public RollSummary roll(long rollId) {
        return summary(visible(currentStaff.require(), rollId));
    }

    /**
     * Rolls of the caller's jurisdiction, of one month (yyyy-MM) or of all months (blank), newest first, with each
     * roll's stored line count and amount but without its totals by subsidy and line status ({@link
     * RollSummary#bySubsidy()} empty): those are counted from every line of the roll, about 75,000 a county a month
     * at a million people, and a list of six rolls on the home page took seconds. Ask {@link #roll(long)} for them.
     */
    public Page<RollSummary> rolls(String month, int first, int max) {
        StaffUser me = currentStaff.require();
        YearMonth m = month == null || month.isBlank() ? null : PaymentRollKey.month(month);
        List<RollSummary> rows = rolls.rolls(me.jurisdiction(), m, Math.max(0, first), Math.min(Math.max(1, max), 200))
                .stream().map(r -> summary(r, List.of())).toList();
        return new Page<>(rows, rolls.countRolls(me.jurisdiction(), m));
    }

    /** Lines of a roll, optionally of one status, with ID numbers and accounts masked. */
    public Page<PaymentLineView> lines(long rollId, String status, int first, int max) {
        PaymentRoll roll = visible(currentStaff.require(), rollId);
        PaymentLineStatus s = statusFilter(status);
        List<PaymentLineView> rows = rolls.lines(roll, s, Math.max(0, first), Math.min(Math.max(1, max), 500))
                .stream().map(PaymentRollService::view).toList();
        return new Page<>(rows, rolls.countLines(roll, s));
    }

    /** How many lines a roll has, optionally of one status: what a pager needs, without reading a page. */
    public long countLines(long rollId, String status) {
        PaymentRoll roll = visible(currentStaff.require(), rollId);
        return rolls.countLines(roll, statusFilter(status));
    }

    /** The bank payment file of a completed roll, as csv or xlsx; the export is audited. */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public ExportedFile export(long rollId, String format) {
        StaffUser me = currentStaff.require();
        return bankFiles.export(visible(me, rollId), format, me.username());
    }

    /** Marks lines paid or failed from the bank's return file, all rows or none. */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public BankReturnReport importReturns(long rollId, byte[] csv) {
        StaffUser me = currentStaff.require();
        return bankFiles.importReturns(visible(me, rollId), csv, me.username());
    }

    /** The batch status of a job execution of this job (STARTING, STARTED, COMPLETED, FAILED, ...). */
    public Optional<String> executionStatus(long executionId) {
        currentStaff.require();
        return launcher.execution(executionId).filter(e -> JOB.equals(e.getJobName()))
                .map(e -> String.valueOf(e.getBatchStatus()));
    }

    /** County-level divisions (and the city itself for city staff) the caller may run rolls for. */
    public List<Division> rollDivisions() {
        StaffUser me = currentStaff.require();
        DivisionCode mine = me.jurisdiction();
        if (mine.level() == cn.xndpf.domain.division.DivisionLevel.COUNTY) {
            return divisions.find(mine).map(List::of).orElse(List.of());
        }
        DivisionCode city = mine.level() == cn.xndpf.domain.division.DivisionLevel.CITY ? mine : mine.county();
        List<Division> result = new java.util.ArrayList<>();
        divisions.find(city).ifPresent(result::add);
        result.addAll(divisions.children(city));
        return result;
    }

    /**
     * Continues a failed run from its checkpoint; null when the batch runtime will not restart it (an
     * execution started elsewhere, not the latest of its instance, or one a killed server left STARTED),
     * in which case a new run does the same work, since the writer never adds a line twice.
     */
    private Long restartExecution(long executionId, String actor) {
        try {
            return launcher.restart(executionId, KEPT_ON_RESTART, actor);
        } catch (BatchRuntimeException cannot) {
            return null;
        }
    }

    /**
     * A roll already running, or running for an area that overlaps (the city and one of its districts), is
     * refused. Read from the rolls themselves, which a run marks from its request to its end (and which a
     * server start frees after a crash), not from the batch runtime, which keeps the executions of a dead
     * server STARTED for ever. Two requests for the same roll that pass this check together are told apart
     * by {@link PaymentRollClaim}; the unique line constraint guards against any other overlap.
     */
    private void refuseWhileRunning(PaymentRollKey key) {
        for (PaymentRoll running : rolls.running()) {
            PaymentRollKey other = PaymentRollKey.of(running.month().toString(), running.division().value());
            if (other.equals(key)) {
                throw new InvalidValueException(PaymentRollKey.MONTH_FIELD, "payment.rollRunning",
                        key.month().toString(), key.division().value());
            }
            if (other.overlaps(key)) {
                throw new InvalidValueException(PaymentRollKey.MONTH_FIELD, "payment.rollOverlapping",
                        other.month().toString(), other.division().value());
            }
        }
    }

    private PaymentRoll visible(StaffUser me, long rollId) {
        // another jurisdiction's roll gets the same answer as an id nobody uses
        return rolls.find(rollId).filter(r -> me.jurisdiction().contains(r.division()))
                .orElseThrow(() -> new NotFoundException("roll", "payment.rollNotFound"));
    }

    private static void requireJurisdiction(StaffUser me, DivisionCode division) {
        if (!me.jurisdiction().contains(division)) {
            throw new AccessDeniedException(DivisionCode.FIELD);
        }
    }

    /** The line list's status filter: none when blank. */
    private static PaymentLineStatus statusFilter(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return PaymentLineStatus.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("status", "payment.result");
        }
    }

    RollSummary summary(PaymentRoll r) {
        List<cn.xndpf.domain.subsidy.PaymentRollRepository.LineTotal> totals = rolls.totals(r);
        return summary(r, Arrays.stream(SubsidyType.values()).map(t -> RollSummary.SubsidyTotals.of(t, totals)).toList());
    }

    private RollSummary summary(PaymentRoll r, List<RollSummary.SubsidyTotals> bySubsidy) {
        return new RollSummary(r.id(), r.month().toString(), r.division().value(),
                divisions.find(r.division()).map(Division::name).orElse(r.division().value()), r.status().name(),
                r.status().chineseName(), r.lineCount(), r.totalAmount(), r.casesTotal(), r.casesDone(), r.createdBy(),
                r.createdAt(), r.runBy(), r.runStartedAt(), r.runEndedAt(), r.jobExecutionId(), bySubsidy,
                r.failureReason(), r.failureReasonEn());
    }

    static PaymentLineView view(PaymentLine l) {
        String masked = PersonalDataMasks.bankAccount(l.bankAccount());
        return new PaymentLineView(l.id(), l.subsidyCase().id(), l.subsidyCase().caseNumber(), l.person().name(),
                l.person().idNumber().masked(), l.type().name(), l.type().chineseName(), l.level().code(),
                l.paidMonth().toString(), l.attempt(), l.amount(), l.status().name(), l.status().chineseName(),
                l.bankName(), masked, l.bankReference(), l.failureReason());
    }
}
