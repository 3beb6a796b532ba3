package cn.xndpf.domain.care;

import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.subsidy.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The care program's eligibility and the institution's monthly subsidy, each rule on its own. */
class CareRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    /** Born 1990-05-01: 36 on {@link #DAY}. */
    private static Person adult() {
        return Fixtures.person("63010219900501123");
    }

    private static CareEligibility assess(Person p, Certificate c, boolean openCase) {
        return CareRules.assess(new CareRules.Facts(p, c, openCase, 16, 59, DAY));
    }

    @Test
    void intellectualMentalAndSeverePhysicalDisabilitiesOfWorkingAgeQualify() {
        Person p = adult();
        assertTrue(assess(p, Fixtures.certificate(p, DisabilityCategory.INTELLECTUAL, DisabilityLevel.FOUR), false)
                .eligible());
        assertTrue(assess(p, Fixtures.certificate(p, DisabilityCategory.MENTAL, DisabilityLevel.THREE), false)
                .eligible());
        assertTrue(assess(p, Fixtures.certificate(p, DisabilityCategory.PHYSICAL, DisabilityLevel.TWO), false)
                .eligible());
    }

    @Test
    void otherCategoriesAndMildPhysicalDisabilitiesDoNot() {
        Person p = adult();
        CareEligibility mild = assess(p, Fixtures.certificate(p, DisabilityCategory.PHYSICAL, DisabilityLevel.THREE),
                false);
        assertFalse(mild.eligible());
        assertTrue(mild.hasReason("care.categoryNotCovered"));
        assertTrue(assess(p, Fixtures.certificate(p, DisabilityCategory.VISUAL, DisabilityLevel.ONE), false)
                .hasReason("care.categoryNotCovered"));
        assertTrue(assess(p, null, false).hasReason("eligibility.noValidCertificate"));
    }

    @Test
    void theAgeBandIsTheDatedSettingsAndEndsAreIncluded() {
        Person sixteen = Fixtures.person("63010220100601123");
        Person sixty = Fixtures.person("63010219660531123");
        Certificate c16 = Fixtures.certificate(sixteen, DisabilityCategory.MENTAL, DisabilityLevel.ONE);
        Certificate c60 = Fixtures.certificate(sixty, DisabilityCategory.MENTAL, DisabilityLevel.ONE);
        assertTrue(assess(sixteen, c16, false).eligible(), "16 on the day");
        assertTrue(assess(sixty, c60, false).hasReason("care.ageOutOfRange"), "60 on the day");
        assertTrue(CareRules.assess(new CareRules.Facts(sixty, c60, false, 16, 60, DAY)).eligible(),
                "a wider band in force lets the same person in");
    }

    @Test
    void anOpenCareCaseIsAReason() {
        Person p = adult();
        CareEligibility r = assess(p, Fixtures.certificate(p, DisabilityCategory.MENTAL, DisabilityLevel.ONE), true);
        assertFalse(r.eligible());
        assertEquals(1, r.reasons().size());
        assertTrue(r.hasReason("care.openCase"));
    }

    @Test
    void theMonthlySubsidyIsFullFromTheFullMonthCountAndItsShareBelow() {
        BigDecimal rate = new BigDecimal("400.00");
        assertEquals(new BigDecimal("400.00"), CareRules.monthlySubsidy(rate, 20, 20));
        assertEquals(new BigDecimal("400.00"), CareRules.monthlySubsidy(rate, 20, 23));
        assertEquals(new BigDecimal("200.00"), CareRules.monthlySubsidy(rate, 20, 10));
        assertEquals(new BigDecimal("133.33"), CareRules.monthlySubsidy(rate, 3, 1));
        assertEquals(new BigDecimal("0.00"), CareRules.monthlySubsidy(rate, 20, 0));
    }
}
