package cn.xndpf.domain.employment;

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
 * A registered person's placement into new employment (就业安置) of a kind, with the registry's employer where there is
 * one, from a day (not in the future) until it ends. One open placement per person and kind: {@code open_key} holds
 * "person id:kind" while open and is unique ({@code uq_employment_placement_open}), NULL once ended. Each placement is
 * one person-time (人次). The division is the person's when placed, which places it in a jurisdiction.
 */
@Entity
@Table(name = "employment_placement")
public class Placement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private PlacementKind kind;

    @Column(name = "employer_id")
    private Long employerId;

    @Column(name = "division_code", nullable = false)
    private DivisionCode division;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "open_key")
    private String openKey;

    @Version
    private int version;

    protected Placement() {
    }

    public Placement(long personId, DivisionCode division, PlacementKind kind, Long employerId, LocalDate startedOn,
                     LocalDate today) {
        if (kind == null) {
            throw new InvalidValueException("kind", "placement.kindRequired");
        }
        if (kind.needsEmployer() && employerId == null) {
            throw new InvalidValueException("employer", "placement.employerRequired");
        }
        if (startedOn == null) {
            throw new InvalidValueException("startedOn", "date.required");
        }
        if (startedOn.isAfter(today)) {
            throw new InvalidValueException("startedOn", "date.future");
        }
        this.personId = personId;
        this.division = division;
        this.kind = kind;
        this.employerId = employerId;
        this.startedOn = startedOn;
        this.openKey = personId + ":" + kind.name();
    }

    /** Ends the placement on a day from its start to today, once. */
    public void end(LocalDate day, LocalDate today) {
        if (endedOn != null) {
            throw new InvalidValueException("endedOn", "placement.alreadyEnded", endedOn);
        }
        if (day == null) {
            throw new InvalidValueException("endedOn", "date.required");
        }
        if (day.isAfter(today)) {
            throw new InvalidValueException("endedOn", "date.future");
        }
        if (day.isBefore(startedOn)) {
            throw new InvalidValueException("endedOn", "placement.endsBeforeStart", startedOn);
        }
        this.endedOn = day;
        this.openKey = null;
    }

    public boolean isOpen() {
        return endedOn == null;
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public PlacementKind kind() {
        return kind;
    }

    public Long employerId() {
        return employerId;
    }

    public DivisionCode division() {
        return division;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public int version() {
        return version;
    }
}
