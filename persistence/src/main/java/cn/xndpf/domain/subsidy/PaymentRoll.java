package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.ServerBoundRun;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The monthly payment roll (补贴发放花名册) of the two subsidies for a county-level division or the whole
 * city: the lines computed for that month, sent to the bank as one file. There is one roll per month and
 * division; running it again adds only what is still owed. Its totals are always recomputed from its
 * lines, never added up as lines come and go.
 */
@Entity
@Table(name = "payment_roll")
public class PaymentRoll implements ServerBoundRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    /** First day of the roll's month. */
    @Column(name = "roll_month", nullable = false, updatable = false)
    private LocalDate month;

    @Column(name = "division_code", nullable = false, updatable = false)
    private String division;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PaymentRollStatus status;

    @Column(name = "line_count", nullable = false)
    private long lineCount;

    @Column(name = "total_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal totalAmount = BigDecimal.ZERO.setScale(2);

    /** Cases the current run has to look at (progress). */
    @Column(name = "cases_total", nullable = false)
    private long casesTotal;

    /** Cases the current run has processed, committed with their lines. */
    @Column(name = "cases_done", nullable = false)
    private long casesDone;

    @Column(name = "job_instance_id")
    private Long jobInstanceId;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "run_by")
    private String runBy;

    @Column(name = "run_started_at")
    private Instant runStartedAt;

    @Column(name = "run_ended_at")
    private Instant runEndedAt;

    /**
     * The server (a cluster's instance, or the one server) whose batch runtime runs the roll's job: if that
     * server dies or restarts while the roll is running, the run is over, and another server may say so.
     */
    @Column(name = "running_on")
    private String runningOn;

    /** Why the last run failed, in Chinese and in English; null unless the roll is FAILED. */
    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "failure_reason_en")
    private String failureReasonEn;

    @Version
    private int version;

    protected PaymentRoll() {
    }

    public PaymentRoll(YearMonth month, DivisionCode division, String actor, Instant at, String server) {
        this.month = month.atDay(1);
        this.division = division.value();
        this.status = PaymentRollStatus.RUNNING;
        this.createdBy = actor;
        this.createdAt = at;
        this.runningOn = server;
    }

    /**
     * A run of the job begins. A new job instance (a start or a re-run) counts its cases from zero; a
     * restart of the same instance keeps the count of what the failed run had committed.
     */
    public void runStarted(long instanceId, long executionId, String actor, long casesToLookAt, Instant at,
                           String server) {
        boolean newInstance = jobInstanceId == null || jobInstanceId != instanceId;
        if (newInstance) {
            this.casesTotal = casesToLookAt;
            this.casesDone = 0;
        }
        this.jobInstanceId = instanceId;
        this.jobExecutionId = executionId;
        this.runBy = actor;
        this.runStartedAt = at;
        this.runEndedAt = null;
        this.runningOn = server;
        this.status = PaymentRollStatus.RUNNING;
        this.failureReason = null;
        this.failureReasonEn = null;
    }

    /**
     * Staff asked for a run (a first run, a re-run or a restart): the roll counts as running from this
     * moment, before the job exists, so a second request for the same roll is refused by the roll's own
     * row (its unique key, or its version) and never by a check that two requests can pass together.
     */
    public void runRequested(String actor, Instant at, String server) {
        this.runBy = actor;
        this.runStartedAt = at;
        this.runningOn = server;
        this.runEndedAt = null;
        this.status = PaymentRollStatus.RUNNING;
        this.failureReason = null;
        this.failureReasonEn = null;
    }

    public void casesProcessed(int count) {
        this.casesDone += count;
    }

    public void runCompleted(Instant at) {
        this.status = PaymentRollStatus.COMPLETED;
        this.runEndedAt = at;
        this.failureReason = null;
        this.failureReasonEn = null;
    }

    /** The run stopped part way, for the reason staff will read on the roll (Chinese, English). */
    public void runFailed(String reason, String reasonEn, Instant at) {
        this.status = PaymentRollStatus.FAILED;
        this.runEndedAt = at;
        this.failureReason = cut(reason);
        this.failureReasonEn = cut(reasonEn);
    }

    /** The server running the roll's job; null for a run requested before servers were named. */
    @Override
    public String runningOn() {
        return runningOn;
    }

    /** When the current (or last) run was asked for or began. */
    @Override
    public Instant runningSince() {
        return runStartedAt != null ? runStartedAt : createdAt;
    }

    private static String cut(String text) {
        return text == null || text.length() <= 400 ? text : text.substring(0, 400);
    }

    /** Totals recomputed from the lines. */
    public void totals(long lines, BigDecimal amount) {
        this.lineCount = lines;
        this.totalAmount = amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2);
    }

    public Long id() {
        return id;
    }

    public YearMonth month() {
        return YearMonth.from(month);
    }

    public DivisionCode division() {
        return DivisionCode.of(division);
    }

    public PaymentRollStatus status() {
        return status;
    }

    public long lineCount() {
        return lineCount;
    }

    public BigDecimal totalAmount() {
        return totalAmount;
    }

    public long casesTotal() {
        return casesTotal;
    }

    public long casesDone() {
        return casesDone;
    }

    public Long jobInstanceId() {
        return jobInstanceId;
    }

    public Long jobExecutionId() {
        return jobExecutionId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String runBy() {
        return runBy;
    }

    public Instant runStartedAt() {
        return runStartedAt;
    }

    public Instant runEndedAt() {
        return runEndedAt;
    }

    public String failureReason() {
        return failureReason;
    }

    public String failureReasonEn() {
        return failureReasonEn;
    }

    public int version() {
        return version;
    }
}
