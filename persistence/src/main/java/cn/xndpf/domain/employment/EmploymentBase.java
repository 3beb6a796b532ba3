package cn.xndpf.domain.employment;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/**
 * An employment and entrepreneurship base (就业创业基地) the federation recognised on a day: its name, kind, division
 * (which places it in a jurisdiction) and the disabled people employed there. Checks its own values.
 */
@Entity
@Table(name = "employment_base")
public class EmploymentBase {

    public static final int MAX_NAME = 200;
    public static final int MAX_EMPLOYED = 999_999;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "kind_code")
    private EmploymentBaseKind kind;

    @Column(name = "division_code", nullable = false)
    private DivisionCode division;

    @Column(name = "recognised_on", nullable = false)
    private LocalDate recognisedOn;

    @Column(name = "disabled_employed", nullable = false)
    private int disabledEmployed;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected EmploymentBase() {
    }

    public EmploymentBase(String name, EmploymentBaseKind kind, DivisionCode division, LocalDate recognisedOn,
                          Integer disabledEmployed, LocalDate today) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "employment.base.nameRequired");
        }
        if (name.strip().length() > MAX_NAME) {
            throw new InvalidValueException("name", "employment.base.nameTooLong", MAX_NAME);
        }
        if (kind == null) {
            throw new InvalidValueException("kind", "employment.base.kindRequired");
        }
        if (division == null) {
            throw new InvalidValueException(DivisionCode.FIELD, "employment.base.divisionRequired");
        }
        if (recognisedOn == null) {
            throw new InvalidValueException("recognisedOn", "date.required");
        }
        if (recognisedOn.isAfter(today)) {
            throw new InvalidValueException("recognisedOn", "employment.base.recognisedInFuture");
        }
        employed(disabledEmployed);
        this.name = name.strip();
        this.kind = kind;
        this.division = division;
        this.recognisedOn = recognisedOn;
        this.disabledEmployed = disabledEmployed;
    }

    private static void employed(Integer n) {
        if (n == null) {
            throw new InvalidValueException("disabledEmployed", "employment.base.employedRequired");
        }
        if (n < 0 || n > MAX_EMPLOYED) {
            throw new InvalidValueException("disabledEmployed", "employment.base.employedOutOfRange", MAX_EMPLOYED);
        }
    }

    /** The disabled people employed there now. */
    public void employ(Integer disabledEmployed) {
        employed(disabledEmployed);
        this.disabledEmployed = disabledEmployed;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public EmploymentBaseKind kind() {
        return kind;
    }

    public DivisionCode division() {
        return division;
    }

    public LocalDate recognisedOn() {
        return recognisedOn;
    }

    public int disabledEmployed() {
        return disabledEmployed;
    }

    public int version() {
        return version;
    }
}
