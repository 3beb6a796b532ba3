package cn.xndpf.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The days something is in force (有效期): from its first day, to its last day or open-ended. The one
 * validity type of the platform: household assistance, overlapping benefits, review chains, and whatever
 * a program adds, embed it in {@code valid_from}/{@code valid_to} columns and ask {@link #isInForceOn}.
 */
@Embeddable
public class DatedPeriod implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected DatedPeriod() {
    }

    private DatedPeriod(LocalDate validFrom, LocalDate validTo) {
        if (validFrom == null) {
            throw new InvalidValueException("validFrom", "date.required");
        }
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /**
     * In force from {@code validFrom} to {@code validTo} inclusive; a null end means open-ended. An end
     * before the start is refused: this is the factory for periods someone enters.
     */
    public static DatedPeriod of(LocalDate validFrom, LocalDate validTo) {
        if (validTo != null && validFrom != null && validTo.isBefore(validFrom)) {
            throw new InvalidValueException("validTo", "period.endsBeforeStart");
        }
        return new DatedPeriod(validFrom, validTo);
    }

    public static DatedPeriod from(LocalDate validFrom) {
        return new DatedPeriod(validFrom, null);
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    /** The last day in force, null while open-ended. */
    public LocalDate validTo() {
        return validTo;
    }

    public boolean isInForceOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    /**
     * The same start, ending on {@code lastDay}; ending the day before the start leaves a period that was
     * never in force (a status revoked on the day it was granted).
     */
    public DatedPeriod endingOn(LocalDate lastDay) {
        return new DatedPeriod(validFrom, lastDay);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatedPeriod p && validFrom.equals(p.validFrom) && Objects.equals(validTo, p.validTo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(validFrom, validTo);
    }

    @Override
    public String toString() {
        return validFrom + ".." + (validTo == null ? "" : validTo);
    }
}
