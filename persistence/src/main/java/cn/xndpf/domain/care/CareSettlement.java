package cn.xndpf.domain.care;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.institution.Institution;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
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
 * The settlement of one care institution's month (阳光家园补助结算): the people enrolled for care that month,
 * what was recorded for each, and what the institution is paid. Made once per institution and month;
 * never changed afterwards.
 */
@Entity
@Table(name = "care_settlement")
public class CareSettlement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    /** The month's first day. */
    @Column(name = "settlement_month", nullable = false)
    private LocalDate month;

    @Column(name = "division_code", nullable = false)
    private DivisionCode division;

    @Column(name = "persons", nullable = false)
    private int persons;

    @Column(name = "units", nullable = false)
    private int units;

    @Column(name = "total_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal totalAmount;

    @Column(name = "settled_by", nullable = false)
    private String settledBy;

    @Column(name = "settled_at", nullable = false)
    private Instant settledAt;

    @OneToMany(mappedBy = "settlement", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<CareSettlementLine> lines = new ArrayList<>();

    protected CareSettlement() {
    }

    public CareSettlement(Institution institution, YearMonth month, String settledBy, Instant settledAt) {
        this.institution = institution;
        this.month = month.atDay(1);
        this.division = institution.division();
        this.settledBy = settledBy;
        this.settledAt = settledAt;
        this.totalAmount = BigDecimal.ZERO.setScale(2);
    }

    /** Adds one person's line; the totals follow. */
    public void add(CareSettlementLine.Draft d) {
        lines.add(new CareSettlementLine(this, d));
        persons = (int) lines.stream().map(l -> l.personId()).distinct().count();
        units += d.units();
        totalAmount = totalAmount.add(d.amount());
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

    public int persons() {
        return persons;
    }

    public int units() {
        return units;
    }

    public BigDecimal totalAmount() {
        return totalAmount;
    }

    public String settledBy() {
        return settledBy;
    }

    public Instant settledAt() {
        return settledAt;
    }

    public List<CareSettlementLine> lines() {
        return Collections.unmodifiableList(lines);
    }
}
