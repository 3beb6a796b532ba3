package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.Person;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EligibilityRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);
    private static final DivisionCode XINING = DivisionCode.of("630100");

    private final Person person = Fixtures.person("63010219700101001");

    private EligibilityResult assess(SubsidyType type, Certificate c, Set<AssistanceStatus> statuses,
                                     List<OverlappingBenefitType> overlaps, boolean lowIncome, boolean widened) {
        return EligibilityRules.assess(type, new EligibilityRules.Facts(person, c, statuses, overlaps, XINING,
                lowIncome, widened, DAY));
    }

    @Test
    void livingSubsidyNeedsDibaoUnlessWidenedToLowIncome() {
        Certificate c = Fixtures.certificate(person, DisabilityCategory.PHYSICAL, DisabilityLevel.FOUR);
        assertTrue(assess(SubsidyType.LIVING, c, Set.of(AssistanceStatus.DIBAO), List.of(), false, false).eligible());
        EligibilityResult lowIncome = assess(SubsidyType.LIVING, c, Set.of(AssistanceStatus.LOW_INCOME), List.of(),
                false, false);
        assertFalse(lowIncome.eligible());
        assertEquals(List.of("家庭不是低保家庭"), lowIncome.messages(Locale.SIMPLIFIED_CHINESE));
        assertTrue(assess(SubsidyType.LIVING, c, Set.of(AssistanceStatus.LOW_INCOME), List.of(), true, false)
                .eligible(), "the province's widening takes in low-income households");
    }

    @Test
    void nursingSubsidyNeedsLevelOneOrTwoUnlessWidened() {
        assertTrue(assess(SubsidyType.NURSING, Fixtures.certificate(person, DisabilityCategory.VISUAL,
                DisabilityLevel.TWO), Set.of(), List.of(), false, false).eligible(), "no household status needed");
        Certificate level3Mental = Fixtures.certificate(person, DisabilityCategory.MENTAL, DisabilityLevel.THREE);
        assertTrue(assess(SubsidyType.NURSING, level3Mental, Set.of(), List.of(), false, false)
                .hasReason("eligibility.levelNotSevere"));
        assertTrue(assess(SubsidyType.NURSING, level3Mental, Set.of(), List.of(), false, true).eligible());
        assertFalse(assess(SubsidyType.NURSING, Fixtures.certificate(person, DisabilityCategory.PHYSICAL,
                DisabilityLevel.THREE), Set.of(), List.of(), false, true).eligible(), "widening is for 智力/精神 only");
    }

    @Test
    void bothNeedAValidCertificateAndALivingResident() {
        EligibilityResult none = assess(SubsidyType.LIVING, null, Set.of(AssistanceStatus.DIBAO), List.of(), false, false);
        assertTrue(none.hasReason("eligibility.noValidCertificate"));
        Certificate c = Fixtures.certificate(person, DisabilityCategory.PHYSICAL, DisabilityLevel.ONE);
        person.recordDeath(DAY.minusDays(3));
        EligibilityResult dead = assess(SubsidyType.NURSING, c, Set.of(), List.of(), false, false);
        assertEquals(List.of("eligibility.deceased"), dead.reasons().stream().map(EligibilityResult.Reason::key).toList());
    }

    @Test
    void movingOutOfTheAreaEndsEligibility() {
        Certificate c = Fixtures.certificate(person, DisabilityCategory.PHYSICAL, DisabilityLevel.ONE);
        person.moveTo(DivisionCode.of("630202001001"), true);
        assertTrue(assess(SubsidyType.NURSING, c, Set.of(), List.of(), false, false).hasReason("eligibility.notResident"));
    }

    @Test
    void overlappingBenefitsAndCentralisedCareExcludeOnlyTheirSubsidy() {
        Certificate c = Fixtures.certificate(person, DisabilityCategory.PHYSICAL, DisabilityLevel.ONE);
        EligibilityResult workInjury = assess(SubsidyType.NURSING, c, Set.of(AssistanceStatus.DIBAO),
                List.of(OverlappingBenefitType.WORK_INJURY_NURSING), false, false);
        assertEquals(List.of("已享受工伤保险生活护理费，不能重复享受"), workInjury.messages(Locale.SIMPLIFIED_CHINESE));
        assertTrue(assess(SubsidyType.LIVING, c, Set.of(AssistanceStatus.DIBAO),
                List.of(OverlappingBenefitType.WORK_INJURY_NURSING), false, false).eligible(),
                "a nursing allowance does not stop the living subsidy");
        Set<AssistanceStatus> centralised = Set.of(AssistanceStatus.DIBAO, AssistanceStatus.TEKUN_CENTRALISED);
        assertTrue(assess(SubsidyType.NURSING, c, centralised, List.of(), false, false)
                .hasReason("eligibility.centralisedCare"));
        assertTrue(assess(SubsidyType.LIVING, c, centralised, List.of(), false, false).eligible());
    }
}
