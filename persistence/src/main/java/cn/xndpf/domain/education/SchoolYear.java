package cn.xndpf.domain.education;

import cn.xndpf.domain.shared.InvalidValueException;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 学年: a school year, from 1 September to 31 August, named by its two calendar years ("2025-2026"). The
 * start day is the national school calendar, not a local policy value.
 */
public record SchoolYear(int startYear) implements Serializable, Comparable<SchoolYear> {

    private static final Pattern LABEL = Pattern.compile("^(\\d{4})-(\\d{4})$");

    public SchoolYear {
        if (startYear < 2000 || startYear > 2100) {
            throw new InvalidValueException("schoolYear", "education.schoolYear", String.valueOf(startYear));
        }
    }

    /** Reads "2025-2026" (or "2025"); anything else is refused with the field {@code schoolYear}. */
    public static SchoolYear parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.matches("^\\d{4}$")) {
            return new SchoolYear(Integer.parseInt(t));
        }
        Matcher m = LABEL.matcher(t);
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            throw new InvalidValueException("schoolYear", "education.schoolYear", t);
        }
        return new SchoolYear(Integer.parseInt(m.group(1)));
    }

    /** The school year {@code day} falls in. */
    public static SchoolYear containing(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    /**
     * The first day of a term (学期): the autumn term (1) opens the school year on 1 September, the spring term
     * (2) is counted from 1 March of the next calendar year. Fee reliefs are counted in the period holding
     * their term's first day.
     */
    public LocalDate termFirstDay(int term) {
        return switch (term) {
            case 1 -> firstDay();
            case 2 -> LocalDate.of(startYear + 1, Month.MARCH, 1);
            default -> throw new InvalidValueException("term", "education.term", String.valueOf(term));
        };
    }

    public String label() {
        return startYear + "-" + (startYear + 1);
    }

    @Override
    public int compareTo(SchoolYear o) {
        return Integer.compare(startYear, o.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
