package cn.xndpf.domain.education;

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
import java.time.Instant;

/**
 * A fee reduction or subsidy a disabled student received for one term (残疾学生减免、补助): one person-time
 * of the federation's count, with its amount in yuan. Once per student, school year, term and kind.
 */
@Entity
@Table(name = "education_fee_relief")
public class FeeRelief {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person student;

    @Column(name = "school_year", nullable = false, updatable = false)
    private int schoolYear;

    /** 1 for the autumn term, 2 for the spring term. */
    @Column(name = "term", nullable = false, updatable = false)
    private int term;

    @Enumerated(EnumType.STRING)
    @Column(name = "relief_kind", nullable = false, updatable = false)
    private ReliefKind kind;

    @Column(name = "amount", nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "school_name", nullable = false, updatable = false)
    private String schoolName;

    @Column(name = "division_code", nullable = false, updatable = false)
    private String division;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected FeeRelief() {
    }

    public FeeRelief(Person student, SchoolYear schoolYear, int term, ReliefKind kind, BigDecimal amount,
                     String schoolName, String recordedBy) {
        this.student = student;
        this.schoolYear = schoolYear.startYear();
        this.term = term;
        this.kind = kind;
        this.amount = amount;
        this.schoolName = schoolName;
        this.division = student.division().value();
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public Person student() {
        return student;
    }

    public SchoolYear schoolYear() {
        return new SchoolYear(schoolYear);
    }

    public int term() {
        return term;
    }

    public ReliefKind kind() {
        return kind;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String schoolName() {
        return schoolName;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
