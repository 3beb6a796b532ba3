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
 * (a street, a bus line, a residential compound). How many there are is a dated count ({@link FacilityCount}),
 * revised as facilities are built or removed, each count holding from its day on, so a past day's inventory stays
 * what it was; inspections are kept apart ({@link FacilityInspection}).
 */
@Entity
@Table(name = "accessible_facility")
public class AccessibleFacility {

    static final int MAX_NAME = 200;
    /** The field a count's day is refused on. */
    public static final String COUNTED_ON = "countedOn";

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

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Version
    private int version;

    protected AccessibleFacility() {
    }

    /**
     * Refused naming the field: no division, no kind, a blank or too long name, a negative count, no day or one in
     * the future. The first count is made by {@link #count} once the entry has its id.
     */
    public AccessibleFacility(DivisionCode division, FacilityKind kind, String name, Integer quantity,
                              LocalDate day, LocalDate today, String actor) {
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
        FacilityCount.valid(quantity);
        countDay(day, null, today);
        this.division = division;
        this.kind = kind;
        this.name = name.trim();
        this.recordedBy = actor;
    }

    /**
     * The count from {@code day} on (0 when all were removed): a new count, or, on the day of the entry's latest
     * count, that count corrected. A day in the future or before the latest count's is refused, because a count
     * slipped in between two others would change what a period already published said.
     *
     * @param latest the entry's latest count, null for its first
     * @return the count to store (the latest itself when corrected)
     */
    public FacilityCount count(Integer quantity, LocalDate day, FacilityCount latest, LocalDate today, String actor) {
        if (id == null) {
            throw new IllegalStateException("an entry is counted once stored");
        }
        int q = FacilityCount.valid(quantity);
        countDay(day, latest, today);
        if (latest != null && latest.countedOn().equals(day)) {
            latest.correct(q, actor);
            return latest;
        }
        return new FacilityCount(id, q, day, actor);
    }

    private static void countDay(LocalDate day, FacilityCount latest, LocalDate today) {
        if (day == null) {
            throw new InvalidValueException(COUNTED_ON, "date.required");
        }
        if (day.isAfter(today)) {
            throw new InvalidValueException(COUNTED_ON, "facility.futureCount");
        }
        if (latest != null && day.isBefore(latest.countedOn())) {
            throw new InvalidValueException(COUNTED_ON, "facility.countBeforeLatest", latest.countedOn().toString());
        }
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

    public String recordedBy() {
        return recordedBy;
    }

    public int version() {
        return version;
    }
}
