package cn.xndpf.domain.rights;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A screening round needs its day, division and team; a finding its kind and description; resolved once. */
class DisputeRoundTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final DivisionCode DIVISION = DivisionCode.of("630102001");

    private static String key(Runnable r) {
        return assertThrows(InvalidValueException.class, r::run).key();
    }

    @Test
    void aRoundNeedsItsDayNotInTheFutureItsDivisionAndWhoScreened() {
        assertEquals("date.required", key(() -> new DisputeRound(null, DIVISION, "王某", null, "u", TODAY)));
        assertEquals("date.future", key(() -> new DisputeRound(TODAY.plusDays(1), DIVISION, "王某", null, "u", TODAY)));
        assertEquals("dispute.divisionRequired", key(() -> new DisputeRound(TODAY, null, "王某", null, "u", TODAY)));
        assertEquals("dispute.screenedBy", key(() -> new DisputeRound(TODAY, DIVISION, " 王 ", null, "u", TODAY)));
        assertEquals("dispute.textTooLong", key(() -> new DisputeRound(TODAY, DIVISION, "王某", "x".repeat(501), "u",
                TODAY)));
        DisputeRound r = new DisputeRound(TODAY, DIVISION, " 王某、李某 ", "  ", "u", TODAY);
        assertEquals("王某、李某", r.screenedBy());
        assertEquals(null, r.note());
    }

    @Test
    void aFindingIsResolvedOnceOnADayFromTheRoundToToday() {
        DisputeRound r = new DisputeRound(TODAY.minusDays(5), DIVISION, "王某", null, "u", TODAY);
        assertEquals("dispute.kindRequired", key(() -> r.find(null, "x", null, null)));
        assertEquals("dispute.description", key(() -> r.find(DisputeKind.OTHER, " ", null, null)));
        DisputeFinding f = r.find(DisputeKind.FAMILY, "家庭纠纷", null, null);
        assertFalse(f.isResolved());
        assertEquals("dispute.resolvedBeforeRound", key(() -> f.resolve(TODAY.minusDays(6), "调解", TODAY)));
        assertEquals("date.future", key(() -> f.resolve(TODAY.plusDays(1), "调解", TODAY)));
        assertEquals("dispute.resolution", key(() -> f.resolve(TODAY, " ", TODAY)));
        f.resolve(TODAY.minusDays(5), " 调解成功 ", TODAY);
        assertTrue(f.isResolved());
        assertEquals("调解成功", f.resolution());
        assertEquals("dispute.alreadyResolved", key(() -> f.resolve(TODAY, "再次", TODAY)));
        assertEquals(1, r.findings().size());
    }
}
