package cn.xndpf.domain.education;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The payment of an approved grant (助学金发放): one-off cash, so one row per case, never a second (the
 * table's unique key on the case is the last guard). The amount is the case's, fixed on application.
 */
@Entity
@Table(name = "education_grant_payment")
public class GrantPayment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", updatable = false)
    private EducationGrantCase grant;

    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;

    @Column(name = "amount", nullable = false, updatable = false)
    private BigDecimal amount;

    /** The bank's or the treasury's reference of the transfer (or of the cash voucher). */
    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;

    @Column(name = "division_code", nullable = false, updatable = false)
    private String division;

    @Column(name = "paid_by", nullable = false, updatable = false)
    private String paidBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected GrantPayment() {
    }

    public GrantPayment(EducationGrantCase grant, LocalDate paidOn, String reference, String paidBy) {
        this.grant = grant;
        this.paidOn = paidOn;
        this.amount = grant.amount();
        this.reference = reference;
        this.division = grant.division().value();
        this.paidBy = paidBy;
        this.recordedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public EducationGrantCase grant() {
        return grant;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String reference() {
        return reference;
    }

    public String paidBy() {
        return paidBy;
    }
}
