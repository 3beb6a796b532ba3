package cn.xndpf.batch.statistics;

import cn.xndpf.domain.shared.PlatformClock;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Job parameters of {@code certificate-holder-statistics}. */
final class StatisticsJobParameters {

    static final String JOB = "certificate-holder-statistics";
    /** The day counted, yyyy-MM-dd; today (Beijing time) when absent. */
    static final String STAT_DATE = "statDate";
    /**
     * Fault injection for tests only: when set to n, the processor fails on the (n+1)th division, after
     * n divisions were stored. Never set by the platform itself.
     */
    static final String FAIL_AFTER_DIVISIONS = "failAfterDivisions";
    /** The city whose county-level divisions are counted. */
    static final String CITY = "630100";

    private StatisticsJobParameters() {
    }

    static LocalDate statDate(String raw) {
        if (raw == null || raw.isBlank()) {
            return PlatformClock.today();
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Job parameter statDate must be yyyy-MM-dd, was '" + raw + "'", e);
        }
    }

    static Integer failAfter(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return Integer.valueOf(raw.trim());
    }
}
