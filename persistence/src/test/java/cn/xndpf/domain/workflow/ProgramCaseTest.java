package cn.xndpf.domain.workflow;

import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.subsidy.Fixtures;
import cn.xndpf.domain.subsidy.SubsidyCase;
import cn.xndpf.domain.subsidy.SubsidyType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramCaseTest {

    private static final LocalDate APPLIED = LocalDate.of(2026, 3, 14);
    private static final ReviewPlan THREE_LEVELS = ReviewPlan.parse("FIRST_REVIEW:10,REVIEW:10,APPROVAL:15");

    private SubsidyCase newCase() {
        return new SubsidyCase(SubsidyType.NURSING, Fixtures.person("63010219700101001"), DisabilityLevel.ONE,
                "青海银行", "6200000000000001", APPLIED, "clerk");
    }

    @Test
    void goesThroughEveryConfiguredLevelAndStartsTheBenefitInTheMonthOfApplication() {
        SubsidyCase c = newCase();
        c.submit(THREE_LEVELS, APPLIED, "clerk");
        assertEquals(CaseState.SUBMITTED, c.state());
        assertEquals(ReviewLevel.FIRST_REVIEW, c.currentLevel());
        assertEquals(APPLIED.plusDays(10), c.levelDue());

        c.review(ReviewLevel.FIRST_REVIEW, ReviewDecision.APPROVE, "clerk", null, APPLIED.plusDays(2));
        assertEquals(CaseState.FIRST_REVIEWED, c.state());
        c.review(ReviewLevel.REVIEW, ReviewDecision.APPROVE, "district", "材料齐全", APPLIED.plusDays(20));
        assertEquals(CaseState.REVIEWED, c.state());
        assertEquals(APPLIED.plusDays(35), c.levelDue());
        c.review(ReviewLevel.APPROVAL, ReviewDecision.APPROVE, "civil", null, APPLIED.plusDays(40));

        assertEquals(CaseState.ACTIVE, c.state());
        assertEquals(LocalDate.of(2026, 3, 1), c.benefitFrom());
        assertNull(c.currentLevel());
        assertEquals(List.of(CaseEventType.CREATED, CaseEventType.SUBMITTED, CaseEventType.REVIEWED,
                CaseEventType.REVIEWED, CaseEventType.REVIEWED, CaseEventType.ACTIVATED),
                c.events().stream().map(CaseEvent::type).toList());
        assertEquals(CaseState.APPROVED, c.events().get(4).to());
    }

    @Test
    void onlyTheCurrentLevelMayDecide() {
        SubsidyCase c = newCase();
        c.submit(THREE_LEVELS, APPLIED, "clerk");
        assertEquals("case.wrongLevel", assertThrows(InvalidValueException.class,
                () -> c.review(ReviewLevel.APPROVAL, ReviewDecision.APPROVE, "civil", null, APPLIED)).key());
        assertEquals(CaseState.SUBMITTED, c.state());
    }

    @Test
    void aReturnedCaseIsCorrectedAndStartsAgainFromTheFirstLevel() {
        SubsidyCase c = newCase();
        c.submit(THREE_LEVELS, APPLIED, "clerk");
        assertEquals("case.reasonRequired", assertThrows(InvalidValueException.class,
                () -> c.review(ReviewLevel.FIRST_REVIEW, ReviewDecision.RETURN, "clerk", " ", APPLIED)).key());
        c.review(ReviewLevel.FIRST_REVIEW, ReviewDecision.RETURN, "clerk", "缺少银行账户", APPLIED);
        assertEquals(CaseState.RETURNED, c.state());
        c.submit(THREE_LEVELS, APPLIED.plusDays(3), "clerk");
        assertEquals(ReviewLevel.FIRST_REVIEW, c.currentLevel());
    }

    @Test
    void rejectionIsFinal() {
        SubsidyCase c = newCase();
        c.submit(THREE_LEVELS, APPLIED, "clerk");
        c.review(ReviewLevel.FIRST_REVIEW, ReviewDecision.REJECT, "clerk", "不符合条件", APPLIED);
        assertEquals(CaseState.REJECTED, c.state());
        assertThrows(InvalidValueException.class, () -> c.submit(THREE_LEVELS, APPLIED, "clerk"));
    }

    @Test
    void suspendReinstateAndTerminate() {
        SubsidyCase c = newCase();
        c.submit(ReviewPlan.parse("APPROVAL:5"), APPLIED, "clerk");
        c.review(ReviewLevel.APPROVAL, ReviewDecision.APPROVE, "civil", null, APPLIED);
        assertThrows(InvalidValueException.class, () -> c.suspend("district", ""));
        c.suspend("district", "年审未通过");
        assertEquals(CaseState.SUSPENDED, c.state());
        c.reinstate("district", "补交材料");
        c.terminate(LocalDate.of(2026, 8, 17), "district", "死亡");
        assertEquals(CaseState.TERMINATED, c.state());
        assertEquals(LocalDate.of(2026, 8, 31), c.benefitUntil());
        assertThrows(InvalidValueException.class, () -> c.reinstate("district", "x"));
    }

    @Test
    void overdueAfterTheLevelsDeadline() {
        SubsidyCase c = newCase();
        c.submit(THREE_LEVELS, APPLIED, "clerk");
        assertFalse(c.isOverdue(APPLIED.plusDays(10)));
        assertTrue(c.isOverdue(APPLIED.plusDays(11)));
    }

    @Test
    void planInForceIsTheNewestSetUpNotAfterTheDay() {
        List<ReviewStage> stages = List.of(
                new ReviewStage("P", ReviewLevel.FIRST_REVIEW, 10, LocalDate.of(2016, 1, 1)),
                new ReviewStage("P", ReviewLevel.APPROVAL, 10, LocalDate.of(2016, 1, 1)),
                new ReviewStage("P", ReviewLevel.REVIEW, 7, LocalDate.of(2027, 1, 1)),
                new ReviewStage("P", ReviewLevel.APPROVAL, 7, LocalDate.of(2027, 1, 1)));
        assertEquals("FIRST_REVIEW:10,APPROVAL:10", ReviewPlan.inForce(stages, LocalDate.of(2026, 12, 31)).format());
        assertEquals("REVIEW:7,APPROVAL:7", ReviewPlan.inForce(stages, LocalDate.of(2027, 1, 1)).format());
    }
}
