package cn.xndpf.domain.accessibility;

import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * An inspection of an inventory entry (无障碍设施检查): the day (not in the future), the inspector, the findings,
 * and the day the findings were fixed, once, not before the inspection; an inspection that found nothing to fix
 * is recorded as fixed on its own day.
 */
@Entity
@Table(name = "facility_inspection")
public class FacilityInspection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "facility_id", nullable = false, updatable = false)
    private Long facilityId;

    @Column(name = "inspected_on", nullable = false, updatable = false)
    private LocalDate inspectedOn;

    @Column(name = "inspector", nullable = false, updatable = false)
    private String inspector;

    @Column(name = "findings", nullable = false, updatable = false)
    private String findings;

    @Column(name = "fixed_on")
    private LocalDate fixedOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected FacilityInspection() {
    }

    public FacilityInspection(long facilityId, LocalDate day, String inspector, String findings, boolean fixed,
                              LocalDate today, String actor) {
        if (day == null) {
            throw new InvalidValueException("inspectedOn", "date.required");
        }
        if (day.isAfter(today)) {
            throw new InvalidValueException("inspectedOn", "facility.futureDay");
        }
        this.inspector = text("inspector", inspector, 100);
        this.findings = text("findings", findings, 1000);
        this.facilityId = facilityId;
        this.inspectedOn = day;
        this.recordedBy = actor;
        this.fixedOn = fixed ? day : null;
    }

    /** The findings were fixed on {@code day}: once, from the inspection to {@code today}. */
    public void fixed(LocalDate day, LocalDate today) {
        if (fixedOn != null) {
            throw new InvalidValueException("fixedOn", "facility.alreadyFixed", fixedOn.toString());
        }
        if (day == null) {
            throw new InvalidValueException("fixedOn", "date.required");
        }
        if (day.isBefore(inspectedOn) || day.isAfter(today)) {
            throw new InvalidValueException("fixedOn", "homemod.dayOutOfRange", inspectedOn.toString());
        }
        this.fixedOn = day;
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "homemod.required");
        }
        if (value.trim().length() > max) {
            throw new InvalidValueException(field, "homemod.tooLong", String.valueOf(max));
        }
        return value.trim();
    }

    public Long id() {
        return id;
    }

    public Long facilityId() {
        return facilityId;
    }

    public LocalDate inspectedOn() {
        return inspectedOn;
    }

    public String inspector() {
        return inspector;
    }

    public String findings() {
        return findings;
    }

    public LocalDate fixedOn() {
        return fixedOn;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
