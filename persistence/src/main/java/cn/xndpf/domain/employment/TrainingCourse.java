package cn.xndpf.domain.employment;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A vocational training course (职业技能培训班): its name, trade (工种), organiser, the division that runs it, its first
 * and last day and what it cost in yuan (the course's actual spending, recorded, not a policy value). Attendance is
 * {@link TrainingAttendance}.
 */
@Entity
@Table(name = "training_course")
public class TrainingCourse {

    /** A course's cost above this many yuan is taken for a typing error. */
    public static final BigDecimal MAX_COST = new BigDecimal("100000000.00");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "trade", nullable = false)
    private String trade;

    @Column(name = "organiser", nullable = false)
    private String organiser;

    @Column(name = "division_code", nullable = false)
    private DivisionCode division;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "total_cost", nullable = false)
    private BigDecimal totalCost;

    @Version
    private int version;

    protected TrainingCourse() {
    }

    public TrainingCourse(String name, String trade, String organiser, DivisionCode division, LocalDate startsOn,
                          LocalDate endsOn, BigDecimal totalCost) {
        this.name = Texts.required("name", name, 200, "training.nameRequired");
        this.trade = Texts.required("trade", trade, 100, "training.tradeRequired");
        this.organiser = Texts.required("organiser", organiser, 100, "training.organiserRequired");
        if (division == null) {
            throw new InvalidValueException(DivisionCode.FIELD, "training.divisionRequired");
        }
        if (startsOn == null) {
            throw new InvalidValueException("startsOn", "date.required");
        }
        if (endsOn == null) {
            throw new InvalidValueException("endsOn", "date.required");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new InvalidValueException("endsOn", "training.endsBeforeStart");
        }
        if (totalCost == null || totalCost.signum() < 0 || totalCost.compareTo(MAX_COST) > 0
                || totalCost.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("totalCost", "training.costRange", MAX_COST.toPlainString());
        }
        this.division = division;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.totalCost = totalCost.setScale(2, RoundingMode.UNNECESSARY);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String trade() {
        return trade;
    }

    public String organiser() {
        return organiser;
    }

    public DivisionCode division() {
        return division;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public BigDecimal totalCost() {
        return totalCost;
    }

    public int version() {
        return version;
    }
}
