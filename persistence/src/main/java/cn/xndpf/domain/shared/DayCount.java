package cn.xndpf.domain.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The one way a deadline of so many days is counted (期限计算): calendar days, or working days Monday to
 * Friday. Which one applies is data (a review stage's {@code working_days}, a program's setting), never
 * decided here.
 */
public final class DayCount {

    private DayCount() {
    }

    /** The last day of a period of {@code days} starting the day after {@code from}. */
    public static LocalDate after(LocalDate from, int days, boolean workingDays) {
        if (!workingDays) {
            return from.plusDays(days);
        }
        LocalDate due = from;
        int left = days;
        while (left > 0) {
            due = due.plusDays(1);
            if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return due;
    }
}
