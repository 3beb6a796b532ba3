package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.workflow.CaseEvent;
import cn.xndpf.domain.workflow.CaseEventType;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.domain.workflow.ReviewPlan;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecheckFindingTest {

    private static final LocalDate APPLIED = LocalDate.of(2026, 2, 10);
    private static final LocalDate CHECK = LocalDate.of(2026, 11, 1);

    private static SubsidyCase activeNursingCase(Person p) {
        SubsidyCase c = new SubsidyCase(Fixtures.program(SubsidyType.NURSING), SubsidyType.NURSING, p, DisabilityLevel.TWO, "青海银行", "6200000000000001",
                APPLIED, "worker");
        ReviewPlan plan = Fixtures.plan("APPROVAL:10");
        c.submit(plan, APPLIED, "worker");
        c.review(plan, "APPROVAL", ReviewDecision.APPROVE, "civil", null, APPLIED.plusDays(3));
        return c;
    }

    @Test
    void reasonsKeepTheirKeysAndArgumentsAndReadInChineseOrEnglish() {
        Person p = Fixtures.person("63010219600101001");
        SubsidyCase c = activeNursingCase(p);
        Certificate now = Fixtures.certificate(p, DisabilityCategory.PHYSICAL, DisabilityLevel.THREE);
        List<RecheckReason> reasons = List.of(RecheckReason.levelChanged(c, now),
                RecheckReason.of(new EligibilityResult.Reason("eligibility.levelNotSevere", null)),
                RecheckReason.of(new EligibilityResult.Reason("eligibility.overlapping", "工伤保险生活护理费")));

        RecheckFinding f = new RecheckFinding(c, CHECK, reasons, DisabilityLevel.THREE, 7L);

        assertEquals(reasons, f.reasons(), "stored and read back unchanged");
        assertTrue(f.hasReason(RecheckReason.LEVEL_CHANGED));
        assertEquals("残疾人证等级已变为三级，补贴仍按二级发放；残疾等级不是一级或二级；已享受工伤保险生活护理费，不能重复享受",
                f.reasonText());
        assertEquals("The certificate now says 三级; the subsidy is still paid at 二级",
                f.reasons().get(0).message(Locale.ENGLISH));
        assertEquals(DisabilityLevel.TWO, f.caseLevel());
        assertEquals(DisabilityLevel.THREE, f.certificateLevel());
        assertEquals(c.division(), f.division());
        assertTrue(f.isOpen());
    }

    @Test
    void aReRunRevisesAnOpenFindingButNotAResolvedOne() {
        Person p = Fixtures.person("63010219600101002");
        SubsidyCase c = activeNursingCase(p);
        RecheckFinding f = new RecheckFinding(c, CHECK,
                List.of(new RecheckReason("eligibility.deceased", List.of())), null, 1L);

        f.revise(List.of(new RecheckReason("eligibility.noValidCertificate", List.of())), null, 2L);
        assertEquals(List.of("eligibility.noValidCertificate"), f.reasons().stream().map(RecheckReason::key).toList());
        assertEquals(2L, f.jobExecution());

        assertEquals("reason", assertThrows(InvalidValueException.class,
                () -> f.resolve(RecheckResolution.DISMISSED, "chengdong", " ")).field(), "a reason is required");
        assertTrue(f.isOpen(), "a refused resolution changes nothing");

        f.resolve(RecheckResolution.DISMISSED, "chengdong", "已核实，证件已补办");
        assertEquals(RecheckFindingStatus.RESOLVED, f.status());
        assertEquals("chengdong", f.resolvedBy());
        assertEquals("recheck.alreadyResolved", assertThrows(InvalidValueException.class,
                () -> f.revise(List.of(new RecheckReason("eligibility.deceased", List.of())), null, 3L)).key());
        assertEquals("recheck.alreadyResolved", assertThrows(InvalidValueException.class,
                () -> f.resolve(RecheckResolution.SUSPENDED, "city", "再次处理")).key());
        assertEquals(RecheckResolution.DISMISSED, f.resolution());
    }

    @Test
    void aLevelChangeIsAStepOnTheTimelineAndNeedsANewLevelAndAReason() {
        SubsidyCase c = activeNursingCase(Fixtures.person("63010219600101003"));
        assertEquals("subsidy.levelUnchanged", assertThrows(InvalidValueException.class,
                () -> c.changeBenefitLevel(DisabilityLevel.TWO, "chengdong", "复评")).key());
        assertEquals("case.reasonRequired", assertThrows(InvalidValueException.class,
                () -> c.changeBenefitLevel(DisabilityLevel.ONE, "chengdong", "")).key());
        assertEquals(DisabilityLevel.TWO, c.benefitLevel(), "nothing changed by a refusal");

        c.changeBenefitLevel(DisabilityLevel.ONE, "chengdong", "复评为一级");
        assertEquals(DisabilityLevel.ONE, c.benefitLevel());
        CaseEvent last = c.events().get(c.events().size() - 1);
        assertEquals(CaseEventType.BENEFIT_CHANGED, last.type());
        assertEquals(CaseState.ACTIVE, last.to());
        assertEquals("复评为一级", last.reason());

        c.terminate(CHECK, "chengdong", "死亡");
        assertEquals("case.wrongState", assertThrows(InvalidValueException.class,
                () -> c.changeBenefitLevel(DisabilityLevel.TWO, "chengdong", "复评")).key(),
                "an ended case is not paid at any level");
        assertFalse(c.events().isEmpty());
        assertNull(c.currentStage());
    }
}
