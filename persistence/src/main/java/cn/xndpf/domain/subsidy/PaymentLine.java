package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One payment (发放明细): what one case is paid for one month, in one attempt. A line the bank could not
 * pay stays FAILED and the next roll adds the same month again as the next attempt, so the history of
 * every attempt is kept. The bank account is the one the line was sent to, copied when it was created.
 * Lines are created only by the roll job, as rows ({@link PaymentRollRepository#addLines}), not through this
 * class; it reads them and records the bank's answer.
 */
@Entity
@Table(name = "payment_line")
public class PaymentLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "roll_id", updatable = false)
    private PaymentRoll roll;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", updatable = false)
    private SubsidyCase subsidyCase;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "subsidy_type", nullable = false, updatable = false)
    private SubsidyType type;

    @Column(name = "benefit_level", nullable = false, updatable = false)
    private DisabilityLevel level;

    /** First day of the month this line pays for (not the roll's month when it is back-pay). */
    @Column(name = "paid_month", nullable = false, updatable = false)
    private LocalDate paidMonth;

    @Column(name = "amount", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "attempt", nullable = false, updatable = false)
    private int attempt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PaymentLineStatus status;

    @Column(name = "bank_name", updatable = false)
    private String bankName;

    @Column(name = "bank_account", updatable = false)
    private String bankAccount;

    @Column(name = "bank_reference")
    private String bankReference;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "settled_by")
    private String settledBy;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Version
    private int version;

    protected PaymentLine() {
    }

    /**
     * Records the bank's answer. The same answer given twice (a return file imported again) changes
     * nothing; a different answer on a line already answered is refused.
     *
     * @return whether the line changed
     */
    public boolean settle(PaymentLineStatus result, String reference, String reason, String actor, Instant at) {
        if (result == PaymentLineStatus.PENDING) {
            throw new InvalidValueException("result", "payment.result");
        }
        String ref = blankToNull(reference);
        String why = blankToNull(reason);
        if (result == PaymentLineStatus.FAILED && why == null) {
            throw new InvalidValueException("failureReason", "payment.failureReasonRequired");
        }
        if (status != PaymentLineStatus.PENDING) {
            if (status == result && java.util.Objects.equals(bankReference, ref)) {
                return false;
            }
            throw new InvalidValueException("status", "payment.alreadySettled", id, status.chineseName());
        }
        this.status = result;
        this.bankReference = ref;
        this.failureReason = result == PaymentLineStatus.FAILED ? why : null;
        this.settledBy = actor;
        this.settledAt = at;
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long id() {
        return id;
    }

    public PaymentRoll roll() {
        return roll;
    }

    public SubsidyCase subsidyCase() {
        return subsidyCase;
    }

    public Person person() {
        return person;
    }

    public SubsidyType type() {
        return type;
    }

    public DisabilityLevel level() {
        return level;
    }

    public YearMonth paidMonth() {
        return YearMonth.from(paidMonth);
    }

    public BigDecimal amount() {
        return amount;
    }

    public int attempt() {
        return attempt;
    }

    public PaymentLineStatus status() {
        return status;
    }

    public String bankName() {
        return bankName;
    }

    public String bankAccount() {
        return bankAccount;
    }

    public String bankReference() {
        return bankReference;
    }

    public String failureReason() {
        return failureReason;
    }

    public String settledBy() {
        return settledBy;
    }

    public Instant settledAt() {
        return settledAt;
    }

    public int version() {
        return version;
    }
}
