package cn.xndpf.domain.care;

import cn.xndpf.domain.institution.Enrolment;
import cn.xndpf.domain.person.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One enrolment's line of a settlement: the days or visits recorded that month and what they earn. */
@Entity
@Table(name = "care_settlement_line")
public class CareSettlementLine {

    /** A line before it belongs to a settlement. */
    public record Draft(Enrolment enrolment, CareKind kind, int units, BigDecimal monthlyRate, BigDecimal amount) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "settlement_id")
    private CareSettlement settlement;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_kind", nullable = false)
    private CareKind kind;

    @Column(name = "units", nullable = false)
    private int units;

    @Column(name = "monthly_rate", nullable = false, precision = 12, scale = 2)
    private BigDecimal monthlyRate;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    protected CareSettlementLine() {
    }

    CareSettlementLine(CareSettlement settlement, Draft d) {
        this.settlement = settlement;
        this.person = d.enrolment().person();
        this.enrolment = d.enrolment();
        this.kind = d.kind();
        this.units = d.units();
        this.monthlyRate = d.monthlyRate();
        this.amount = d.amount();
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    long personId() {
        return person.id();
    }

    public Enrolment enrolment() {
        return enrolment;
    }

    public CareKind kind() {
        return kind;
    }

    public int units() {
        return units;
    }

    public BigDecimal monthlyRate() {
        return monthlyRate;
    }

    public BigDecimal amount() {
        return amount;
    }
}
