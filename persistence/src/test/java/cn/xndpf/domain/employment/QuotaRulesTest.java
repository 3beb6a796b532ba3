package cn.xndpf.domain.employment;

import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.IdNumber;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every verification rule on its own, at its boundaries, and a level 1-2 employee counted as two. */
class QuotaRulesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 12, 31);
    private static final QuotaRules.Policy POLICY =
            new QuotaRules.Policy(16, 60, 55, 12, 12, new BigDecimal("1880.00"));

    /** Someone born on {@code birth}, sequence odd (male) or even (female). */
    private static IdNumber id(LocalDate birth, boolean male) {
        String first17 = "630102" + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth()) + (male ? "013" : "024");
        return IdNumber.of(first17 + IdNumber.checkCharacter(first17), DAY);
    }

    private static QuotaRules.Facts good(IdNumber id, DisabilityLevel level) {
        return new QuotaRules.Facts(id, true, true, level, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 12,
                new BigDecimal("1880.00"), DAY);
    }

    private static QuotaRules.Facts with(QuotaRules.Facts f, LocalDate from, LocalDate to, int months, String wage) {
        return new QuotaRules.Facts(f.idNumber(), f.registered(), f.alive(), f.validCertificateLevel(), from, to,
                months, wage == null ? null : new BigDecimal(wage), f.day());
    }

    private static List<String> keys(QuotaRules.Facts f) {
        return QuotaRules.verify(f, POLICY).reasons().stream().map(QuotaRules.Reason::key).toList();
    }

    private static final IdNumber MAN_40 = id(LocalDate.of(1985, 6, 1), true);

    @Test
    void aRecognisedEmployeeCountsOneAndASevereOneTwo() {
        QuotaRules.Verdict three = QuotaRules.verify(good(MAN_40, DisabilityLevel.THREE), POLICY);
        assertTrue(three.recognised());
        assertEquals(1, three.counted());
        assertEquals(List.of(), three.reasons());
        assertEquals(2, QuotaRules.verify(good(MAN_40, DisabilityLevel.ONE), POLICY).counted());
        assertEquals(2, QuotaRules.verify(good(MAN_40, DisabilityLevel.TWO), POLICY).counted());
        assertEquals(1, QuotaRules.verify(good(MAN_40, DisabilityLevel.FOUR), POLICY).counted());
    }

    @Test
    void theRegistryDecidesTheCertificateAndLife() {
        QuotaRules.Facts f = good(MAN_40, DisabilityLevel.ONE);
        assertEquals(List.of("employment.notRegistered"), keys(new QuotaRules.Facts(MAN_40, false, true, null,
                f.contractFrom(), f.contractTo(), 12, f.monthlyWage(), DAY)));
        assertEquals(List.of("employment.noValidCertificate"), keys(new QuotaRules.Facts(MAN_40, true, true, null,
                f.contractFrom(), f.contractTo(), 12, f.monthlyWage(), DAY)));
        assertEquals(List.of("employment.deceased"), keys(new QuotaRules.Facts(MAN_40, true, false,
                DisabilityLevel.ONE, f.contractFrom(), f.contractTo(), 12, f.monthlyWage(), DAY)));
        QuotaRules.Verdict refused = QuotaRules.verify(new QuotaRules.Facts(MAN_40, true, true, null,
                f.contractFrom(), f.contractTo(), 12, f.monthlyWage(), DAY), POLICY);
        assertFalse(refused.recognised());
        assertEquals(0, refused.counted());
    }

    @Test
    void workingAgeIsTheDatedBandBySexInclusive() {
        assertEquals(List.of(), keys(good(id(LocalDate.of(2009, 12, 31), true), DisabilityLevel.THREE)), "16 that day");
        assertEquals(List.of("employment.notWorkingAge"),
                keys(good(id(LocalDate.of(2010, 1, 1), true), DisabilityLevel.THREE)), "15 that day");
        assertEquals(List.of(), keys(good(id(LocalDate.of(1965, 1, 1), true), DisabilityLevel.THREE)), "a man of 60");
        assertEquals(List.of("employment.notWorkingAge"),
                keys(good(id(LocalDate.of(1964, 12, 31), true), DisabilityLevel.THREE)), "a man of 61");
        assertEquals(List.of(), keys(good(id(LocalDate.of(1970, 1, 1), false), DisabilityLevel.THREE)), "a woman of 55");
        assertEquals(List.of("employment.notWorkingAge"),
                keys(good(id(LocalDate.of(1969, 12, 31), false), DisabilityLevel.THREE)), "a woman of 56");
    }

    @Test
    void theContractIsInForceOnTheDayAndLastsAtLeastTheDatedMonths() {
        QuotaRules.Facts f = good(MAN_40, DisabilityLevel.THREE);
        assertEquals(List.of(), keys(with(f, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 12, "1880")),
                "exactly a year");
        assertEquals(List.of("employment.contractTooShort"),
                keys(with(f, LocalDate.of(2025, 1, 2), LocalDate.of(2025, 12, 31), 12, "1880")), "a day short");
        assertEquals(List.of(), keys(with(f, LocalDate.of(2020, 3, 1), null, 12, "1880")), "open-ended");
        assertEquals(List.of("employment.contractNotInForce"),
                keys(with(f, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 30), 12, "1880")), "ended before");
        assertEquals(List.of("employment.contractNotInForce"),
                keys(with(f, LocalDate.of(2026, 1, 1), null, 12, "1880")), "starts after");
        assertEquals(List.of("employment.contractNotInForce"), keys(with(f, null, null, 12, "1880")));
    }

    @Test
    void socialInsuranceAndTheMinimumWageAtTheirBoundaries() {
        QuotaRules.Facts f = good(MAN_40, DisabilityLevel.THREE);
        assertEquals(List.of("employment.insuranceMonths"), keys(with(f, f.contractFrom(), f.contractTo(), 11, "1880")));
        assertEquals(List.of(), keys(with(f, f.contractFrom(), f.contractTo(), 12, "1880.00")), "the minimum itself");
        assertEquals(List.of("employment.wageBelowMinimum"),
                keys(with(f, f.contractFrom(), f.contractTo(), 12, "1879.99")));
        assertEquals(List.of("employment.wageBelowMinimum"), keys(with(f, f.contractFrom(), f.contractTo(), 12, null)));
    }

    @Test
    void everyReasonAtOnce() {
        QuotaRules.Facts f = new QuotaRules.Facts(id(LocalDate.of(2012, 1, 1), false), true, true, null, null, null, 0,
                new BigDecimal("100"), DAY);
        assertEquals(List.of("employment.noValidCertificate", "employment.notWorkingAge",
                "employment.contractNotInForce", "employment.insuranceMonths", "employment.wageBelowMinimum"), keys(f));
    }

    @Test
    void aDatedChangeOfTheMinimumWageChangesTheVerdict() {
        QuotaRules.Facts f = with(good(MAN_40, DisabilityLevel.THREE), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), 12, "1800");
        assertTrue(QuotaRules.verify(f, new QuotaRules.Policy(16, 60, 55, 12, 12, new BigDecimal("1700"))).recognised());
        assertFalse(QuotaRules.verify(f, POLICY).recognised());
    }
}
