package cn.xndpf.domain.statistics;

import cn.xndpf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatisticsPeriodTest {

    @Test
    void periodsEndOnTheirLastDay() {
        assertEquals(LocalDate.of(2024, 2, 29), StatisticsPeriod.of(PeriodType.MONTH, LocalDate.of(2024, 2, 1)).end());
        assertEquals(LocalDate.of(2025, 6, 30), StatisticsPeriod.of(PeriodType.QUARTER, LocalDate.of(2025, 4, 1)).end());
        assertEquals(LocalDate.of(2025, 12, 31), StatisticsPeriod.of(PeriodType.YEAR, LocalDate.of(2025, 1, 1)).end());
        assertEquals(LocalDate.of(2022, 12, 31), StatisticsPeriod.of(PeriodType.FIVE_YEAR, LocalDate.of(2018, 1, 1)).end());
    }

    @Test
    void onlyPeriodStartsAreAccepted() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> StatisticsPeriod.of(PeriodType.QUARTER, LocalDate.of(2025, 2, 1)));
        assertEquals("statistics.periodStart", e.key());
        assertEquals(StatisticsPeriod.FIELD, e.field());
        assertThrows(InvalidValueException.class, () -> StatisticsPeriod.of(PeriodType.MONTH, LocalDate.of(2025, 2, 2)));
        assertThrows(InvalidValueException.class, () -> StatisticsPeriod.of(PeriodType.YEAR, LocalDate.of(2025, 2, 1)));
        assertEquals("statistics.dateFormat",
                assertThrows(InvalidValueException.class, () -> StatisticsPeriod.parse(PeriodType.MONTH, "2025/01/01")).key());
        assertEquals(LocalDate.of(2025, 1, 1), StatisticsPeriod.parse(PeriodType.MONTH, " 2025-01-01 ").start());
    }

    @Test
    void theScheduledRunsComputeTheLastCompletePeriod() {
        LocalDate firstOfMonth = LocalDate.of(2026, 4, 1);
        assertEquals(StatisticsPeriod.of(PeriodType.MONTH, LocalDate.of(2026, 3, 1)),
                StatisticsPeriod.lastCompleteBefore(PeriodType.MONTH, firstOfMonth));
        assertEquals(StatisticsPeriod.of(PeriodType.QUARTER, LocalDate.of(2026, 1, 1)),
                StatisticsPeriod.lastCompleteBefore(PeriodType.QUARTER, firstOfMonth));
        assertEquals(StatisticsPeriod.of(PeriodType.YEAR, LocalDate.of(2025, 1, 1)),
                StatisticsPeriod.lastCompleteBefore(PeriodType.YEAR, LocalDate.of(2026, 1, 1)));
        assertEquals(StatisticsPeriod.of(PeriodType.FIVE_YEAR, LocalDate.of(2021, 1, 1)),
                StatisticsPeriod.lastCompleteBefore(PeriodType.FIVE_YEAR, LocalDate.of(2026, 1, 1)));
        assertEquals(StatisticsPeriod.of(PeriodType.MONTH, LocalDate.of(2025, 12, 1)),
                StatisticsPeriod.lastCompleteBefore(PeriodType.MONTH, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void containingFindsThePeriodOfADay() {
        assertEquals(LocalDate.of(2025, 7, 1), StatisticsPeriod.containing(PeriodType.QUARTER, LocalDate.of(2025, 9, 30)).start());
        assertEquals(LocalDate.of(2021, 1, 1), StatisticsPeriod.containing(PeriodType.FIVE_YEAR, LocalDate.of(2025, 12, 31)).start());
        assertEquals(LocalDate.of(2026, 1, 1), StatisticsPeriod.containing(PeriodType.FIVE_YEAR, LocalDate.of(2026, 1, 1)).start());
        StatisticsPeriod march = StatisticsPeriod.of(PeriodType.MONTH, LocalDate.of(2025, 3, 1));
        assertTrue(march.contains(LocalDate.of(2025, 3, 31)));
        assertFalse(march.contains(LocalDate.of(2025, 4, 1)));
        assertEquals(LocalDate.of(2025, 2, 1), march.previous().start());
        assertEquals(LocalDate.of(2025, 4, 1), march.next().start());
    }

    @Test
    void stockFiguresOfARunningPeriodAreTakenToday() {
        StatisticsPeriod year = StatisticsPeriod.of(PeriodType.YEAR, LocalDate.of(2026, 1, 1));
        assertEquals(LocalDate.of(2026, 5, 10), year.asOf(LocalDate.of(2026, 5, 10)));
        assertEquals(LocalDate.of(2026, 12, 31), year.asOf(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void labelsInBothLanguages() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        assertEquals("2025年3月", StatisticsPeriod.of(PeriodType.MONTH, LocalDate.of(2025, 3, 1)).label(zh));
        assertEquals("2025年第2季度", StatisticsPeriod.of(PeriodType.QUARTER, LocalDate.of(2025, 4, 1)).label(zh));
        assertEquals("2018—2022年", StatisticsPeriod.of(PeriodType.FIVE_YEAR, LocalDate.of(2018, 1, 1)).label(zh));
        assertEquals("March 2025", StatisticsPeriod.of(PeriodType.MONTH, LocalDate.of(2025, 3, 1)).label(Locale.ENGLISH));
        assertEquals("Q2 2025", StatisticsPeriod.of(PeriodType.QUARTER, LocalDate.of(2025, 4, 1)).label(Locale.ENGLISH));
    }
}
