package cn.xndpf.domain.statistics;

import cn.xndpf.domain.shared.InvalidValueException;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * A statistics period (统计期): a month, a quarter, a calendar year or five calendar years, named by its
 * type and first day. Months and quarters start on their calendar boundaries, years and five-year periods
 * on 1 January (a five-year period may start in any year, as the federation's reviews cover the five years
 * before them, not only the national plan periods).
 */
public final class StatisticsPeriod implements Serializable, Comparable<StatisticsPeriod> {

    private static final long serialVersionUID = 1L;
    public static final String FIELD = "periodStart";

    private final PeriodType type;
    private final LocalDate start;

    private StatisticsPeriod(PeriodType type, LocalDate start) {
        this.type = type;
        this.start = start;
    }

    /** The period of the given type starting on {@code start}; refused when {@code start} is not a period start. */
    public static StatisticsPeriod of(PeriodType type, LocalDate start) {
        if (type == null) {
            throw new InvalidValueException("periodType", "statistics.periodTypeRequired");
        }
        if (start == null) {
            throw new InvalidValueException(FIELD, "date.required");
        }
        if (!isStart(type, start)) {
            throw new InvalidValueException(FIELD, "statistics.periodStart", start.toString(), type.chineseName());
        }
        return new StatisticsPeriod(type, start);
    }

    /** Parses the start day as written in job parameters and URLs (yyyy-MM-dd). */
    public static StatisticsPeriod parse(PeriodType type, String start) {
        if (start == null || start.isBlank()) {
            throw new InvalidValueException(FIELD, "date.required");
        }
        try {
            return of(type, LocalDate.parse(start.trim()));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(FIELD, "statistics.dateFormat", start.trim());
        }
    }

    /** The period of the given type that contains {@code day}; a five-year period is the one ending with its year's quinquennium (2021-2025, 2026-2030, ...). */
    public static StatisticsPeriod containing(PeriodType type, LocalDate day) {
        return switch (type) {
            case MONTH -> new StatisticsPeriod(type, day.withDayOfMonth(1));
            case QUARTER -> new StatisticsPeriod(type,
                    LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1));
            case YEAR -> new StatisticsPeriod(type, LocalDate.of(day.getYear(), 1, 1));
            // National plan periods start in years ending in 1 or 6 (the 14th five-year plan is 2021-2025).
            case FIVE_YEAR -> new StatisticsPeriod(type, LocalDate.of(day.getYear() - Math.floorMod(day.getYear() - 1, 5), 1, 1));
        };
    }

    /** The last complete period of this type before {@code day}: what a scheduled run computes. */
    public static StatisticsPeriod lastCompleteBefore(PeriodType type, LocalDate day) {
        if (type == PeriodType.FIVE_YEAR) {
            // the five years just ended: the review a new year starts with
            return new StatisticsPeriod(type, LocalDate.of(day.getYear() - 5, 1, 1));
        }
        return containing(type, day).previous();
    }

    private static boolean isStart(PeriodType type, LocalDate d) {
        return switch (type) {
            case MONTH -> d.getDayOfMonth() == 1;
            case QUARTER -> d.getDayOfMonth() == 1 && (d.getMonthValue() - 1) % 3 == 0;
            case YEAR, FIVE_YEAR -> d.getDayOfYear() == 1;
        };
    }

    public PeriodType type() {
        return type;
    }

    public LocalDate start() {
        return start;
    }

    /** The last day of the period. */
    public LocalDate end() {
        return start.plusMonths(type.months()).minusDays(1);
    }

    public StatisticsPeriod previous() {
        return new StatisticsPeriod(type, start.minusMonths(type.months()));
    }

    public StatisticsPeriod next() {
        return new StatisticsPeriod(type, start.plusMonths(type.months()));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end());
    }

    /** The day stock figures are taken on when computed on {@code today}: the period's end, or today while it runs. */
    public LocalDate asOf(LocalDate today) {
        return end().isAfter(today) ? today : end();
    }

    /** 2025年3月, 2025年第1季度, 2025年, 2021—2025年; or March 2025, Q1 2025, 2025, 2021–2025. */
    public String label(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        int y = start.getYear();
        return switch (type) {
            case MONTH -> english ? start.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + y
                    : y + "年" + start.getMonthValue() + "月";
            case QUARTER -> english ? "Q" + quarter() + " " + y : y + "年第" + quarter() + "季度";
            case YEAR -> english ? String.valueOf(y) : y + "年";
            case FIVE_YEAR -> english ? y + "–" + end().getYear() : y + "—" + end().getYear() + "年";
        };
    }

    private int quarter() {
        return (start.getMonthValue() - 1) / 3 + 1;
    }

    @Override
    public int compareTo(StatisticsPeriod o) {
        int c = type.compareTo(o.type);
        return c != 0 ? c : start.compareTo(o.start);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatisticsPeriod p && p.type == type && p.start.equals(start);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, start);
    }

    @Override
    public String toString() {
        return type + ":" + start;
    }
}
