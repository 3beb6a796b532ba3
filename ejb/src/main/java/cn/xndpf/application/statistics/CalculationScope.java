package cn.xndpf.application.statistics;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.statistics.AgeBand;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

/**
 * What a calculator counts over: one county-level division (or a whole city, when the jobs compute all its
 * counties at once), the days from {@code from} to {@code to} (the period, or its part up to the day of the
 * run), and the age bands ages fall into, on {@code to}.
 */
public record CalculationScope(DivisionCode county, LocalDate from, LocalDate to, List<AgeBand> ageBands) {

    /** The same days and age bands over another division (a county of the city this scope covers). */
    public CalculationScope within(DivisionCode division) {
        return new CalculationScope(division, from, to, ageBands);
    }

    /** The pattern matching the division codes of the county and everything below it. */
    public String countyPattern() {
        return county.prefix() + "%";
    }

    /** The first instant of {@code from}, Beijing time, for timestamps of events. */
    public Timestamp fromInstant() {
        return Timestamp.from(from.atStartOfDay(PlatformClock.ZONE).toInstant());
    }

    /** The first instant after {@code to}, Beijing time: events strictly before it count. */
    public Timestamp endInstant() {
        return Timestamp.from(to.plusDays(1).atStartOfDay(PlatformClock.ZONE).toInstant());
    }
}
