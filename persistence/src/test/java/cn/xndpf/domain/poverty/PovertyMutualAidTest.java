package cn.xndpf.domain.poverty;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.DatedPeriod;
import cn.xndpf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A mutual-aid pilot's dated amount and the rules of a month paid, without a database. */
class PovertyMutualAidTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final DivisionCode COUNTY = DivisionCode.of("630121");
    private static final IdNumber HELPER = IdNumber.of("63012119900101001" + IdNumber.checkCharacter("63012119900101001"));

    private static String key(Runnable r) {
        return assertThrows(InvalidValueException.class, r::run).key();
    }

    @Test
    void aMonthIsPaidAtTheAmountInForceOnItsFirstDayInsideThePilotOnly() {
        MutualAidPilot pilot = new MutualAidPilot(COUNTY, "大通县试点",
                DatedPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31)), new BigDecimal("200.00"));
        pilot.rate(LocalDate.of(2024, 7, 1), new BigDecimal("240.00"));
        assertEquals("mutualAid.rateExists", key(() -> pilot.rate(LocalDate.of(2024, 7, 1), BigDecimal.TEN)));
        assertEquals("mutualAid.rateOutsidePilot", key(() -> pilot.rate(LocalDate.of(2026, 1, 1), BigDecimal.TEN)));
        assertEquals("mutualAid.amount", key(() -> pilot.rate(LocalDate.of(2025, 1, 1), BigDecimal.ZERO)));
        DivisionCode village = DivisionCode.of("630121100201");
        assertEquals(new BigDecimal("200.00"), pay(pilot, village, YearMonth.of(2024, 6)).amount());
        assertEquals(new BigDecimal("240.00"), pay(pilot, village, YearMonth.of(2024, 7)).amount());
        assertEquals("mutualAid.monthFuture", key(() -> pay(pilot, village, YearMonth.of(2025, 7))));
        assertEquals("mutualAid.monthOutsidePilot", key(() -> pay(pilot, village, YearMonth.of(2020, 12))));
        assertEquals("mutualAid.householdOutsidePilot", key(() -> pay(pilot, DivisionCode.of("630106"),
                YearMonth.of(2024, 6))));
        assertEquals("mutualAid.helperName", key(() -> new MutualAidPayment(pilot, 1L, village, HELPER, " ",
                YearMonth.of(2024, 6), "u", TODAY)));
        assertEquals("mutualAid.monthRequired", key(() -> new MutualAidPayment(pilot, 1L, village, HELPER, "邻居",
                null, "u", TODAY)));
    }

    private static MutualAidPayment pay(MutualAidPilot pilot, DivisionCode division, YearMonth month) {
        return new MutualAidPayment(pilot, 1L, division, HELPER, "邻居王某", month, "u", TODAY);
    }
}
