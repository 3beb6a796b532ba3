package cn.xndpf.domain.poverty;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.DatedPeriod;
import cn.xndpf.domain.shared.InForce;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A neighbour mutual-aid pilot (邻里互助试点): a division, the days it runs, and its monthly amount paid to a
 * neighbour helping a disabled household, a dated rate (each in force from its day until a newer one starts).
 */
@Entity
@Table(name = "mutual_aid_pilot")
public class MutualAidPilot {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "division_code", nullable = false, updatable = false)
    private DivisionCode division;

    @Column(name = "name", nullable = false)
    private String name;

    @Embedded
    private DatedPeriod period;

    @OneToMany(mappedBy = "pilot", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("validFrom")
    private List<MutualAidRate> rates = new ArrayList<>();

    @Version
    private int version;

    protected MutualAidPilot() {
    }

    public MutualAidPilot(DivisionCode division, String name, DatedPeriod period, BigDecimal firstMonthlyAmount) {
        if (division == null) {
            throw new InvalidValueException(DivisionCode.FIELD, "mutualAid.divisionRequired");
        }
        String n = name == null ? "" : name.trim();
        if (n.length() < 2 || n.length() > 100) {
            throw new InvalidValueException("name", "mutualAid.name");
        }
        this.division = division;
        this.name = n;
        this.period = period;
        rate(period.validFrom(), firstMonthlyAmount);
    }

    /** A new monthly amount from {@code from} (inside the pilot's days; one per day). */
    public MutualAidRate rate(LocalDate from, BigDecimal monthlyAmount) {
        if (from == null) {
            throw new InvalidValueException("rateFrom", "date.required");
        }
        if (!period.isInForceOn(from)) {
            throw new InvalidValueException("rateFrom", "mutualAid.rateOutsidePilot");
        }
        if (monthlyAmount == null || monthlyAmount.signum() <= 0 || monthlyAmount.scale() > 2
                || monthlyAmount.compareTo(new BigDecimal("10000")) >= 0) {
            throw new InvalidValueException("monthlyAmount", "mutualAid.amount");
        }
        if (rates.stream().anyMatch(r -> r.validFrom().equals(from))) {
            throw new InvalidValueException("rateFrom", "mutualAid.rateExists", from.toString());
        }
        MutualAidRate r = new MutualAidRate(this, from, monthlyAmount);
        rates.add(r);
        return r;
    }

    /** Whether the pilot runs on the month's first day. */
    public boolean runsIn(YearMonth month) {
        return period.isInForceOn(month.atDay(1));
    }

    /** The monthly amount in force on the month's first day, or null. */
    public BigDecimal monthlyAmountFor(YearMonth month) {
        return InForce.on(rates, MutualAidRate::validFrom, month.atDay(1)).map(MutualAidRate::monthlyAmount)
                .orElse(null);
    }

    public Long id() {
        return id;
    }

    public DivisionCode division() {
        return division;
    }

    public String name() {
        return name;
    }

    public DatedPeriod period() {
        return period;
    }

    public List<MutualAidRate> rates() {
        return Collections.unmodifiableList(rates);
    }

    public int version() {
        return version;
    }
}
