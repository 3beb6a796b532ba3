package cn.xndpf.domain.poverty;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A month paid to a neighbour for helping a disabled household (邻里互助补贴): in a pilot running that month, at
 * the pilot's amount in force on the month's first day, for a month not after the current one. Once per helper,
 * household and month (the table's unique key); never updated.
 */
@Entity
@Table(name = "mutual_aid_payment")
public class MutualAidPayment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "pilot_id", nullable = false, updatable = false)
    private Long pilotId;

    @Column(name = "household_id", nullable = false, updatable = false)
    private long householdId;

    @Column(name = "helper_id_number", nullable = false, updatable = false)
    private IdNumber helperIdNumber;

    @Column(name = "helper_name", nullable = false, updatable = false)
    private String helperName;

    /** The month paid, as its first day. */
    @Column(name = "pay_month", nullable = false, updatable = false)
    private LocalDate payMonth;

    @Column(name = "amount", nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "division_code", nullable = false, updatable = false)
    private DivisionCode division;

    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected MutualAidPayment() {
    }

    /** The payment of {@code month} by the pilot's rules, or refused. */
    public MutualAidPayment(MutualAidPilot pilot, long householdId, DivisionCode householdDivision, IdNumber helper,
                            String helperName, YearMonth month, String recordedBy, LocalDate today) {
        if (helper == null) {
            throw new InvalidValueException("helperIdNumber", "mutualAid.helperRequired");
        }
        String n = helperName == null ? "" : helperName.trim();
        if (n.length() < 2 || n.length() > 50) {
            throw new InvalidValueException("helperName", "mutualAid.helperName");
        }
        if (month == null) {
            throw new InvalidValueException("month", "mutualAid.monthRequired");
        }
        if (month.isAfter(YearMonth.from(today))) {
            throw new InvalidValueException("month", "mutualAid.monthFuture");
        }
        if (!pilot.division().contains(householdDivision)) {
            throw new InvalidValueException("householdNumber", "mutualAid.householdOutsidePilot", pilot.name());
        }
        if (!pilot.runsIn(month)) {
            throw new InvalidValueException("month", "mutualAid.monthOutsidePilot", pilot.name());
        }
        BigDecimal amount = pilot.monthlyAmountFor(month);
        if (amount == null) {
            throw new InvalidValueException("month", "mutualAid.noRate", month.toString());
        }
        this.pilotId = pilot.id();
        this.householdId = householdId;
        this.helperIdNumber = helper;
        this.helperName = n;
        this.payMonth = month.atDay(1);
        this.amount = amount;
        this.division = householdDivision;
        this.paidOn = today;
        this.recordedBy = recordedBy;
    }

    public Long id() {
        return id;
    }

    public Long pilotId() {
        return pilotId;
    }

    public long householdId() {
        return householdId;
    }

    public IdNumber helperIdNumber() {
        return helperIdNumber;
    }

    public String helperName() {
        return helperName;
    }

    public YearMonth month() {
        return YearMonth.from(payMonth);
    }

    public BigDecimal amount() {
        return amount;
    }

    public DivisionCode division() {
        return division;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
