package cn.xndpf.domain.employment;

import cn.xndpf.domain.person.IdNumber;
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
import java.time.LocalDate;
import java.util.List;

/** One disabled employee an employer declared for a year, and the verification's outcome with its reasons. */
@Entity
@Table(name = "declared_employee")
public class DeclaredEmployee {

    /** What the employer declares of one employee. */
    public record Declared(IdNumber idNumber, String certificateNumber, int level, LocalDate contractFrom,
                           LocalDate contractTo, int insuranceMonths, BigDecimal monthlyWage) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "declaration_id")
    private EmploymentDeclaration declaration;

    @Column(name = "declared_year", nullable = false)
    private int year;

    @Column(name = "id_number", nullable = false)
    private IdNumber idNumber;

    @Column(name = "certificate_number", nullable = false)
    private String certificateNumber;

    @Column(name = "declared_level", nullable = false)
    private int declaredLevel;

    @Column(name = "contract_from", nullable = false)
    private LocalDate contractFrom;

    @Column(name = "contract_to")
    private LocalDate contractTo;

    @Column(name = "insurance_months", nullable = false)
    private int insuranceMonths;

    @Column(name = "monthly_wage", nullable = false, precision = 12, scale = 2)
    private BigDecimal monthlyWage;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    private VerificationOutcome outcome;

    /** The reasons' message keys with their arguments, "key:argument" joined by ";". */
    @Column(name = "reasons")
    private String reasons;

    @Column(name = "counted", nullable = false)
    private int counted;

    protected DeclaredEmployee() {
    }

    DeclaredEmployee(EmploymentDeclaration declaration, Declared d) {
        this.declaration = declaration;
        this.year = declaration.year();
        this.idNumber = d.idNumber();
        this.certificateNumber = d.certificateNumber();
        this.declaredLevel = d.level();
        this.contractFrom = d.contractFrom();
        this.contractTo = d.contractTo();
        this.insuranceMonths = d.insuranceMonths();
        this.monthlyWage = d.monthlyWage();
        this.outcome = VerificationOutcome.PENDING;
    }

    /** The rules' verdict. */
    public void judged(QuotaRules.Verdict verdict) {
        this.outcome = verdict.recognised() ? VerificationOutcome.RECOGNISED : VerificationOutcome.NOT_RECOGNISED;
        this.counted = verdict.counted();
        this.reasons = verdict.reasons().isEmpty() ? null : String.join(";", verdict.reasons().stream()
                .map(r -> r.argument() == null ? r.key() : r.key() + ":" + r.argument()).toList());
    }

    /** Declared by another employer too: counts nowhere until decided. */
    public void duplicate() {
        this.outcome = VerificationOutcome.DUPLICATE;
        this.counted = 0;
        this.reasons = "employment.duplicate";
    }

    /** A double declaration decided for the other employer. */
    public void resolvedElsewhere() {
        this.outcome = VerificationOutcome.NOT_RECOGNISED;
        this.counted = 0;
        this.reasons = "employment.duplicateResolvedElsewhere";
    }

    /** The reasons as key and argument (argument null when none). */
    public List<QuotaRules.Reason> reasons() {
        if (reasons == null) {
            return List.of();
        }
        return java.util.Arrays.stream(reasons.split(";")).map(s -> {
            int colon = s.indexOf(':');
            return colon < 0 ? new QuotaRules.Reason(s, null)
                    : new QuotaRules.Reason(s.substring(0, colon), s.substring(colon + 1));
        }).toList();
    }

    public Long id() {
        return id;
    }

    public EmploymentDeclaration declaration() {
        return declaration;
    }

    public int year() {
        return year;
    }

    public IdNumber idNumber() {
        return idNumber;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    public int declaredLevel() {
        return declaredLevel;
    }

    public LocalDate contractFrom() {
        return contractFrom;
    }

    public LocalDate contractTo() {
        return contractTo;
    }

    public int insuranceMonths() {
        return insuranceMonths;
    }

    public BigDecimal monthlyWage() {
        return monthlyWage;
    }

    public VerificationOutcome outcome() {
        return outcome;
    }

    public int counted() {
        return counted;
    }
}
