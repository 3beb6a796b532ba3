package cn.xndpf.domain.shared;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatedPeriodTest {

    private static final LocalDate FROM = LocalDate.of(2024, 3, 1);
    private static final LocalDate TO = LocalDate.of(2024, 3, 31);

    @Test
    void inForceFromItsFirstToItsLastDayInclusive() {
        DatedPeriod p = DatedPeriod.of(FROM, TO);
        assertFalse(p.isInForceOn(FROM.minusDays(1)));
        assertTrue(p.isInForceOn(FROM));
        assertTrue(p.isInForceOn(TO));
        assertFalse(p.isInForceOn(TO.plusDays(1)));
    }

    @Test
    void anOpenPeriodNeverEnds() {
        assertTrue(DatedPeriod.from(FROM).isInForceOn(LocalDate.of(2999, 1, 1)));
    }

    @Test
    void anEnteredEndBeforeTheStartIsRefused() {
        assertEquals("period.endsBeforeStart",
                assertThrows(InvalidValueException.class, () -> DatedPeriod.of(FROM, FROM.minusDays(1))).key());
        assertEquals("date.required", assertThrows(InvalidValueException.class, () -> DatedPeriod.of(null, TO)).key());
    }

    @Test
    void endingTheDayBeforeTheStartLeavesAPeriodNeverInForce() {
        DatedPeriod revokedAtOnce = DatedPeriod.from(FROM).endingOn(FROM.minusDays(1));
        assertFalse(revokedAtOnce.isInForceOn(FROM));
        assertFalse(revokedAtOnce.isInForceOn(FROM.minusDays(1)));
    }
}
