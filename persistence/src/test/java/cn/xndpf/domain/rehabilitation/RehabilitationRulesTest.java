package cn.xndpf.domain.rehabilitation;

import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.subsidy.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rehabilitation program's rules, each on its own: assessments, applications and the service rate. */
class RehabilitationRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final ServiceKind TRAINING = ServiceKind.REHABILITATION_TRAINING;

    private static Person person() {
        return Fixtures.person("63010219900501123");
    }

    private static Certificate certificate(Person p) {
        return Fixtures.certificate(p, DisabilityCategory.PHYSICAL, DisabilityLevel.THREE);
    }

    private static RehabilitationAssessment assessed(Person p, LocalDate on, ServiceKind need) {
        return new RehabilitationAssessment(p, on, need, null, "tester");
    }

    private static List<String> keys(List<RehabilitationRules.Reason> reasons) {
        return reasons.stream().map(RehabilitationRules.Reason::key).toList();
    }

    private static List<String> apply(Person p, Certificate c, List<RehabilitationAssessment> assessments,
                                      boolean open) {
        return keys(RehabilitationRules.applicationRefusals(new RehabilitationRules.Facts(p, c, assessments,
                TRAINING, open, 12, DAY)));
    }

    @Test
    void anAssessmentNeedsAValidCertificateAPastDayALivingPersonAndABasicService() {
        Person p = person();
        assertEquals(List.of(), keys(RehabilitationRules.assessmentRefusals(p, certificate(p), TRAINING, DAY, DAY)));
        assertEquals(List.of(), keys(RehabilitationRules.assessmentRefusals(p, certificate(p), null, DAY, DAY)),
                "finding no need is an assessment too");
        assertEquals(List.of("eligibility.noValidCertificate", "date.future", "rehabilitation.notBasicService"),
                keys(RehabilitationRules.assessmentRefusals(p, null, ServiceKind.DAY_CARE, DAY.plusDays(1), DAY)));
        assertEquals(List.of("date.required"),
                keys(RehabilitationRules.assessmentRefusals(p, certificate(p), TRAINING, null, DAY)));
        p.recordDeath(DAY.minusDays(5));
        assertEquals(List.of("eligibility.deceased"),
                keys(RehabilitationRules.assessmentRefusals(p, certificate(p), TRAINING, DAY, DAY)));
    }

    @Test
    void anApplicationNeedsTheLatestAssessmentToHaveFoundTheServiceNeededWithinTheDatedMonths() {
        Person p = person();
        Certificate c = certificate(p);
        assertEquals(List.of(), apply(p, c, List.of(assessed(p, DAY.minusMonths(12), TRAINING)), false),
                "twelve months ago is still in force");
        assertEquals(List.of("rehabilitation.noAssessedNeed"),
                apply(p, c, List.of(assessed(p, DAY.minusMonths(12).minusDays(1), TRAINING)), false), "too old");
        assertEquals(List.of("rehabilitation.noAssessedNeed"), apply(p, c, List.of(), false), "never assessed");
        assertEquals(List.of("rehabilitation.noAssessedNeed"),
                apply(p, c, List.of(assessed(p, DAY.minusMonths(1), ServiceKind.DEVICE_FITTING)), false),
                "another service");
        assertEquals(List.of("rehabilitation.noAssessedNeed"), apply(p, c, List.of(
                assessed(p, DAY.minusMonths(3), TRAINING), assessed(p, DAY.minusMonths(1), null)), false),
                "a later assessment that found no need overrides the earlier one");
        assertEquals(List.of(), apply(p, c, List.of(assessed(p, DAY.minusMonths(1), TRAINING),
                assessed(p, DAY.plusDays(3), null)), false), "an assessment after the day does not count");
    }

    @Test
    void anApplicationNeedsACertificateALivingPersonAndNoOpenCase() {
        Person p = person();
        List<RehabilitationAssessment> needing = List.of(assessed(p, DAY.minusMonths(1), TRAINING));
        assertEquals(List.of("eligibility.noValidCertificate", "rehabilitation.openCase"),
                apply(p, null, needing, true));
        p.recordDeath(DAY);
        assertEquals(List.of("eligibility.deceased"), apply(p, certificate(p), needing, false));
    }

    @Test
    void theServiceRateIsServedOverAssessedAsNeedingInPercent() {
        assertEquals(Optional.of(new BigDecimal("95.28")), RehabilitationRules.serviceRate(9528, 10000));
        assertEquals(Optional.of(new BigDecimal("66.67")), RehabilitationRules.serviceRate(2, 3));
        assertEquals(Optional.of(new BigDecimal("0.00")), RehabilitationRules.serviceRate(0, 3));
        assertTrue(RehabilitationRules.serviceRate(0, 0).isEmpty(), "no rate without anyone needing");
    }
}
