package cn.xndpf.domain.accessibility;

import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.subsidy.Fixtures;
import cn.xndpf.domain.workflow.BenefitKind;
import cn.xndpf.domain.workflow.CaseEvent;
import cn.xndpf.domain.workflow.CaseEventType;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.domain.workflow.ReviewPlan;
import cn.xndpf.domain.workflow.SubjectKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A home modification's own steps after approval, in order, each on the timeline, within the cap, paid once. */
class HomeModificationCaseTest {

    private static final LocalDate APPLIED = LocalDate.of(2026, 3, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final ReviewPlan CHAIN = Fixtures.plan("FIRST_REVIEW:10,APPROVAL:10");
    private static final BigDecimal CAP = new BigDecimal("6000.00");

    private static HomeModificationCase approved() {
        HomeModificationCase c = new HomeModificationCase(new Program("HOME_MODIFICATION", "家庭无障碍改造", "Home",
                "WZ", SubjectKind.HOUSEHOLD, BenefitKind.WORKS), Fixtures.person("63010219700101001"),
                new Household("H1", Fixtures.COMMUNITY, "地址", true), CAP, APPLIED, "worker");
        c.submit(CHAIN, APPLIED, "worker");
        c.review(CHAIN, "FIRST_REVIEW", ReviewDecision.APPROVE, "clerk", null, APPLIED);
        c.review(CHAIN, "APPROVAL", ReviewDecision.APPROVE, "district", null, APPLIED);
        return c;
    }

    private static String refused(Runnable r) {
        return assertThrows(InvalidValueException.class, r::run).key();
    }

    @Test
    void surveyWorksAcceptanceAndPaymentInOrderEachAStep() {
        HomeModificationCase c = approved();
        assertEquals(CaseState.APPROVED, c.state(), "approval does not start the works by itself");
        assertEquals("homemod.wrongStage", refused(() -> c.startWorks("队", APPLIED, TODAY, "d")));
        assertEquals("homemod.overCap", refused(() -> c.survey(APPLIED, "甲", "坡道", new BigDecimal("6000.01"), TODAY, "d")));
        assertEquals("homemod.dayOutOfRange", refused(() -> c.survey(APPLIED.minusDays(1), "甲", "坡道", CAP, TODAY, "d")));
        assertEquals("homemod.required", refused(() -> c.survey(APPLIED, " ", "坡道", CAP, TODAY, "d")));
        c.survey(APPLIED.plusDays(5), "甲", "坡道", CAP, TODAY, "d");
        assertEquals("homemod.dayOutOfRange", refused(() -> c.startWorks("队", APPLIED.plusDays(4), TODAY, "d")),
                "not before the survey");
        c.startWorks("队", APPLIED.plusDays(10), TODAY, "d");
        assertEquals(CaseState.ACTIVE, c.state());
        assertEquals(LocalDate.of(2026, 3, 1), c.benefitFrom());
        assertEquals("homemod.noteRequired", refused(() -> c.accept(TODAY, false, " ", TODAY, "d")));
        c.accept(APPLIED.plusDays(40), false, "扶手松动", TODAY, "d");
        assertEquals(HomeModificationStage.WORKS, c.stage());
        assertEquals("homemod.wrongStage", refused(() -> c.pay(CAP, TODAY, TODAY, "d")));
        c.accept(APPLIED.plusDays(50), true, null, TODAY, "d");
        assertEquals("homemod.overCap", refused(() -> c.pay(new BigDecimal("6000.01"), TODAY, TODAY, "d")));
        assertEquals("homemod.dayOutOfRange", refused(() -> c.pay(CAP, APPLIED.plusDays(49), TODAY, "d")));
        c.pay(CAP, TODAY, TODAY, "d");
        assertEquals(CaseState.TERMINATED, c.state());
        assertEquals(HomeModificationStage.PAID, c.stage());
        assertEquals("homemod.alreadyPaid", refused(() -> c.pay(CAP, TODAY, TODAY, "d")));
        List<CaseEventType> types = c.events().stream().map(CaseEvent::type).toList();
        assertEquals(List.of(CaseEventType.CREATED, CaseEventType.SUBMITTED, CaseEventType.REVIEWED,
                CaseEventType.REVIEWED, CaseEventType.PROGRAM_STEP, CaseEventType.PROGRAM_STEP, CaseEventType.ACTIVATED,
                CaseEventType.PROGRAM_STEP, CaseEventType.PROGRAM_STEP, CaseEventType.PROGRAM_STEP,
                CaseEventType.TERMINATED), types);
        assertEquals(HomeModificationCase.COMPLETED, c.events().get(c.events().size() - 1).reason());
    }

    @Test
    void filesBelongToTheirOpenStepAndNothingIsRecordedBeforeApproval() {
        HomeModificationCase c = new HomeModificationCase(new Program("HOME_MODIFICATION", "家庭无障碍改造", "Home",
                "WZ", SubjectKind.HOUSEHOLD, BenefitKind.WORKS), Fixtures.person("63010219700101001"),
                new Household("H2", Fixtures.COMMUNITY, "地址", true), CAP, APPLIED, "worker");
        c.submit(CHAIN, APPLIED, "worker");
        assertEquals("case.wrongState", refused(() -> c.survey(APPLIED, "甲", "坡道", CAP, TODAY, "d")),
                "under review: no survey yet");
        assertNull(c.surveyDay());
        c.requireAttachable(AttachmentStep.SURVEY);
        assertEquals("homemod.wrongStage", refused(() -> c.requireAttachable(AttachmentStep.ACCEPTANCE)));
    }
}
