package cn.xndpf.domain.accessibility;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/**
 * An entry of the public accessible facility inventory (无障碍设施台账): in a division, of a kind, under a name
 * (a street, a bus line, a residential compound), how many there are. The count is revised as facilities are
 * built or removed; inspections are kept apart ({@link FacilityInspection}).
 */
@Entity
@Table(name = "accessible_facility")
public class AccessibleFacility {

    static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "division_code", nullable = false, updatable = false)
    private DivisionCode division;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private FacilityKind kind;

    @Column(name = "name", nullable = false, updatable = false)
    private String name;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    @Version
    private int version;

    protected AccessibleFacility() {
    }

    /** Refused naming the field: no division, no kind, a blank or too long name, a negative count. */
    public AccessibleFacility(DivisionCode division, FacilityKind kind, String name, Integer quantity,
                              LocalDate today, String actor) {
        if (division == null) {
            throw new InvalidValueException(DivisionCode.FIELD, "homemod.required");
        }
        if (kind == null) {
            throw new InvalidValueException("kind", "homemod.required");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "homemod.required");
        }
        if (name.trim().length() > MAX_NAME) {
            throw new InvalidValueException("name", "homemod.tooLong", String.valueOf(MAX_NAME));
        }
        this.division = division;
        this.kind = kind;
        this.name = name.trim();
        recount(quantity, today, actor);
    }

    /** The number there is now (0 when all were removed). */
    public void recount(Integer newQuantity, LocalDate today, String actor) {
        if (newQuantity == null || newQuantity < 0) {
            throw new InvalidValueException("quantity", "facility.quantity");
        }
        this.quantity = newQuantity;
        this.recordedOn = today;
        this.recordedBy = actor;
    }

    public Long id() {
        return id;
    }

    public DivisionCode division() {
        return division;
    }

    public FacilityKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public int quantity() {
        return quantity;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDate recordedOn() {
        return recordedOn;
    }

    public int version() {
        return version;
    }
}
