package cn.xndpf.domain.employment;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.institution.Enrolment;
import cn.xndpf.domain.institution.Institution;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The monthly subsidy of a sheltered-employment institution (辅助性就业机构补贴): the rate per worker in force on the
 * month's first day times the workers present in the month, paid once per institution and month, with one line per
 * worker and the enrolment that made the worker present.
 */
@Entity
@Table(name = "sheltered_subsidy")
public class ShelteredSubsidy {

    /** One worker paid for the month. */
    @Embeddable
    public static class Line {
        @Column(name = "person_id", nullable = false)
        private long personId;
        @Column(name = "enrolment_id", nullable = false)
        private long enrolmentId;
        @Column(name = "amount", nullable = false, precision = 10, scale = 2)
        private BigDecimal amount;

        protected Line() {
        }

        Line(long personId, long enrolmentId, BigDecimal amount) {
            this.personId = personId;
            this.enrolmentId = enrolmentId;
            this.amount = amount;
        }

        public long personId() {
            return personId;
        }

        public long enrolmentId() {
            return enrolmentId;
        }

        public BigDecimal amount() {
            return amount;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(name = "subsidy_month", nullable = false)
    private LocalDate month;

    @Column(name = "division_code", nullable = false)
    private DivisionCode division;

    @Column(name = "rate", nullable = false, precision = 10, scale = 2)
    private BigDecimal rate;

    @Column(name = "worker_count", nullable = false)
    private int workerCount;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "paid_by", nullable = false)
    private String paidBy;

    @Column(name = "paid_at", nullable = false)
    private Instant paidAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sheltered_subsidy_line", joinColumns = @JoinColumn(name = "subsidy_id"))
    @OrderColumn(name = "line_no")
    private List<Line> lines = new ArrayList<>();

    protected ShelteredSubsidy() {
    }

    /**
     * The month's subsidy for the given workers' enrolments (each present in the month: the caller selected them),
     * at {@code rate} each.
     */
    public ShelteredSubsidy(Institution institution, YearMonth month, BigDecimal rate, List<Enrolment> workers,
                            String paidBy, Instant paidAt) {
        this.institution = institution;
        this.month = month.atDay(1);
        this.division = institution.division();
        this.rate = rate;
        for (Enrolment e : workers) {
            lines.add(new Line(e.person().id(), e.id(), rate));
        }
        this.workerCount = lines.size();
        this.amount = rate.multiply(BigDecimal.valueOf(workerCount));
        this.paidBy = paidBy;
        this.paidAt = paidAt;
    }

    public Long id() {
        return id;
    }

    public Institution institution() {
        return institution;
    }

    public YearMonth month() {
        return YearMonth.from(month);
    }

    public DivisionCode division() {
        return division;
    }

    public BigDecimal rate() {
        return rate;
    }

    public int workerCount() {
        return workerCount;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String paidBy() {
        return paidBy;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public List<Line> lines() {
        return Collections.unmodifiableList(lines);
    }
}
