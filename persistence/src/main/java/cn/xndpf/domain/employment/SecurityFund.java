package cn.xndpf.domain.employment;

import cn.xndpf.domain.division.DivisionCode;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The employment security fund (残疾人就业保障金) of one employer and year, as computed once under that year's rules
 * and kept with every line of its computation, so it can be explained later whatever the rules became; then what
 * the tax office reports collected. Outstanding = due - collected.
 */
@Entity
@Table(name = "security_fund")
public class SecurityFund {

    /** One stored line of the computation. */
    @Embeddable
    public static class StoredLine {
        @Column(name = "item", nullable = false)
        private String item;
        @Column(name = "label", nullable = false)
        private String label;
        @Column(name = "line_value", nullable = false)
        private String value;

        protected StoredLine() {
        }

        StoredLine(FundRules.Line line) {
            this.item = line.item();
            this.label = line.label();
            this.value = line.value();
        }

        public FundRules.Line line() {
            return new FundRules.Line(item, label, value);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "employer_id")
    private Employer employer;

    @Column(name = "fund_year", nullable = false)
    private int year;

    @Column(name = "division_code", nullable = false)
    private DivisionCode division;

    @ManyToOne(optional = false)
    @JoinColumn(name = "declaration_id")
    private EmploymentDeclaration declaration;

    @Column(name = "due", nullable = false, precision = 14, scale = 2)
    private BigDecimal due;

    @Column(name = "exempt", nullable = false)
    private boolean exempt;

    @Column(name = "computed_by", nullable = false)
    private String computedBy;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    @Column(name = "job_execution")
    private Long jobExecution;

    @Column(name = "collected", precision = 14, scale = 2)
    private BigDecimal collected;

    @Column(name = "collected_on")
    private LocalDate collectedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "security_fund_line", joinColumns = @JoinColumn(name = "fund_id"))
    @OrderColumn(name = "line_no")
    private List<StoredLine> lines = new ArrayList<>();

    @Version
    private int version;

    protected SecurityFund() {
    }

    public SecurityFund(EmploymentDeclaration declaration, FundRules.Computation computation, String computedBy,
                        Instant computedAt, Long jobExecution) {
        this.jobExecution = jobExecution;
        this.employer = declaration.employer();
        this.year = declaration.year();
        this.division = declaration.employer().division();
        this.declaration = declaration;
        this.due = computation.due();
        this.exempt = computation.exempt();
        this.computedBy = computedBy;
        this.computedAt = computedAt;
        computation.lines().forEach(l -> lines.add(new StoredLine(l)));
    }

    /** The tax office's report of what it collected (征收), replacing an earlier report of the year. */
    public void collected(BigDecimal amount, LocalDate on) {
        this.collected = amount;
        this.collectedOn = on;
    }

    public BigDecimal outstanding() {
        return due.subtract(collected == null ? BigDecimal.ZERO : collected).max(BigDecimal.ZERO.setScale(2));
    }

    public Long id() {
        return id;
    }

    public Employer employer() {
        return employer;
    }

    public int year() {
        return year;
    }

    public DivisionCode division() {
        return division;
    }

    public EmploymentDeclaration declaration() {
        return declaration;
    }

    public BigDecimal due() {
        return due;
    }

    public boolean isExempt() {
        return exempt;
    }

    public String computedBy() {
        return computedBy;
    }

    public Instant computedAt() {
        return computedAt;
    }

    /** The batch run that computed it; null when computed on a screen. */
    public Long jobExecution() {
        return jobExecution;
    }

    public BigDecimal collected() {
        return collected;
    }

    public LocalDate collectedOn() {
        return collectedOn;
    }

    public List<FundRules.Line> lines() {
        return Collections.unmodifiableList(lines.stream().map(StoredLine::line).toList());
    }

    public int version() {
        return version;
    }
}
