package cn.xndpf.domain.poverty;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A household's poverty history and a monitoring's rules, without a database. */
class PovertyRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final DivisionCode DIV = DivisionCode.of("630121");

    private static String key(Runnable r) {
        return assertThrows(InvalidValueException.class, r::run).key();
    }

    private static PovertyStatusChange next(List<PovertyStatusChange> h, PovertyStatus s, PoorKind k, LocalDate day) {
        return PovertyHistory.next(7L, DIV, h, s, k, day, " ", "u", TODAY);
    }

    @Test
    void poorThenLiftedThenPoorAgainEachANewStepNeverBeforeTheLast() {
        List<PovertyStatusChange> h = new ArrayList<>();
        assertEquals("poverty.notPoor", key(() -> next(h, PovertyStatus.LIFTED, null, TODAY)));
        PovertyStatusChange poor = next(h, PovertyStatus.POOR, PoorKind.REGISTERED, LocalDate.of(2016, 3, 1));
        assertEquals(1, poor.seq());
        assertNull(poor.note(), "a blank note is no note");
        h.add(poor);
        assertEquals("poverty.alreadyPoor", key(() -> next(h, PovertyStatus.POOR, PoorKind.LOW_INCOME, TODAY)));
        assertEquals("poverty.beforeLastChange", key(() -> next(h, PovertyStatus.LIFTED, null, LocalDate.of(2016, 2, 1))));
        PovertyStatusChange lifted = next(h, PovertyStatus.LIFTED, PoorKind.REGISTERED, LocalDate.of(2019, 12, 1));
        assertEquals(2, lifted.seq());
        assertNull(lifted.poorKind(), "a lifted household has no poor kind");
        h.add(lifted);
        assertEquals(PovertyStatus.LIFTED, PovertyHistory.current(h));
        assertEquals("poverty.alreadyLifted", key(() -> next(h, PovertyStatus.LIFTED, null, TODAY)));
        assertEquals(3, next(h, PovertyStatus.POOR, PoorKind.LOW_INCOME, TODAY).seq(), "返贫 is a new step");
    }

    @Test
    void aChangeNeedsItsStatusKindAndAPastDay() {
        List<PovertyStatusChange> h = List.of();
        assertEquals("poverty.statusRequired", key(() -> next(h, null, PoorKind.REGISTERED, TODAY)));
        assertEquals("poverty.kindRequired", key(() -> next(h, PovertyStatus.POOR, null, TODAY)));
        assertEquals("date.required", key(() -> next(h, PovertyStatus.POOR, PoorKind.REGISTERED, null)));
        assertEquals("date.future", key(() -> next(h, PovertyStatus.POOR, PoorKind.REGISTERED, TODAY.plusDays(1))));
        assertEquals("poverty.textTooLong", key(() -> PovertyHistory.next(7L, DIV, h, PovertyStatus.POOR,
                PoorKind.REGISTERED, TODAY, "x".repeat(501), "u", TODAY)));
    }

    @Test
    void aMonitoringTakesMeasuresUntilItsRiskIsRemovedOnce() {
        LocalDate start = LocalDate.of(2025, 1, 10);
        assertEquals("poverty.riskRequired", key(() -> new PovertyMonitoring(7L, DIV, start, Set.of(), null, "u", TODAY)));
        assertEquals("date.future", key(() -> new PovertyMonitoring(7L, DIV, TODAY.plusDays(1),
                Set.of(RiskKind.ILLNESS), null, "u", TODAY)));
        assertFalse(new PovertyMonitoring(7L, DIV, start, Set.of(RiskKind.OTHER), null, "u", TODAY).risks().isEmpty(),
                "an immutable set of risks is taken as it is");
        PovertyMonitoring m = new PovertyMonitoring(7L, DIV, start, EnumSet.of(RiskKind.ILLNESS, RiskKind.DISABILITY),
                null, "u", TODAY);
        assertEquals("poverty.beforeMonitoring", key(() -> m.take(MeasureKind.HEALTH, start.minusDays(1), null, TODAY)));
        assertEquals("poverty.measureKindRequired", key(() -> m.take(null, start, null, TODAY)));
        m.take(MeasureKind.HEALTH, LocalDate.of(2025, 3, 1), "大病救助", TODAY);
        assertEquals("poverty.beforeMeasure", key(() -> m.removeRisk(LocalDate.of(2025, 2, 1), TODAY)));
        assertEquals("date.future", key(() -> m.removeRisk(TODAY.plusDays(1), TODAY)));
        m.removeRisk(LocalDate.of(2025, 5, 1), TODAY);
        assertFalse(m.isOpen());
        assertEquals("poverty.riskAlreadyRemoved", key(() -> m.removeRisk(TODAY, TODAY)));
        assertEquals("poverty.riskAlreadyRemoved", key(() -> m.take(MeasureKind.OTHER, TODAY, null, TODAY)));
        assertEquals(1, m.measures().size());
    }
}
