package cn.xndpf.domain.workflow;

import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.DatedPeriod;
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
    private static final ReviewPlan THREE_LEVELS = Fixtures.plan("FIRST_REVIEW:10,REVIEW:10,APPROVAL:15");

    private SubsidyCase newCase() {
        return new SubsidyCase(Fixtures.program(SubsidyType.NURSING), SubsidyType.NURSING,
                Fixtures.person("63010219700101001"), DisabilityLevel.ONE, "青海银行", "6200000000000001", APPLIED,
                "clerk");
    }

    @Test
    void goesThroughEveryConfiguredLevelAndStartsTheBenefitInTheMonthOfApplication() {
        SubsidyCase c = newCase();
        c.submit(THREE_LEVELS, APPLIED, "clerk");
        assertEquals(CaseState.SUBMITTED, c.state());
        assertEquals("FIRST_REVIEW", c.currentStage());
        assertEquals(APPLIED.plusDays(10), c.levelDue());

        c.review(THREE_LEVELS, "FIRST_REVIEW", ReviewDecision.APPROVE, "clerk", null, APPLIED.plusDays(2));
        assertEquals(CaseState.FIRST_REVIEWED, c.state());
        c.review(THREE_LEVELS, "REVIEW", ReviewDecision.APPROVE, "district", "材料齐全", APPLIED.plusDays(20));
        assertEquals(CaseState.REVIEWED, c.state());
        assertEquals(APPLIED.plusDays(35), c.levelDue());
        c.review(THREE_LEVELS, "APPROVAL", ReviewDecision.APPROVE, "civil", null, APPLIED.plusDays(40));

        assertEquals(CaseState.ACTIVE, c.state());
        assertEquals(LocalDate.of(2026, 3, 1), c.benefitFrom());
        assertNull(c.currentStage());
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
                () -> c.review(THREE_LEVELS, "APPROVAL", ReviewDecision.APPROVE, "civil", null, APPLIED)).key());
        assertEquals(CaseState.SUBMITTED, c.state());
    }

    @Test
    void aReturnedCaseIsCorrectedAndStartsAgainFromTheFirstLevel() {
        SubsidyCase c = newCase();
        c.submit(THREE_LEVELS, APPLIED, "clerk");
        assertEquals("case.reasonRequired", assertThrows(InvalidValueException.class,
                () -> c.review(THREE_LEVELS, "FIRST_REVIEW", ReviewDecision.RETURN, "clerk", " ", APPLIED)).key());
        c.review(THREE_LEVELS, "FIRST_REVIEW", ReviewDecision.RETURN, "clerk", "缺少银行账户", APPLIED);
        assertEquals(CaseState.RETURNED, c.state());
        c.submit(THREE_LEVELS, APPLIED.plusDays(3), "clerk");
        assertEquals("FIRST_REVIEW", c.currentStage());
    }

    @Test
    void rejectionIsFinal() {
        SubsidyCase c = newCase();
        c.submit(THREE_LEVELS, APPLIED, "clerk");
        c.review(THREE_LEVELS, "FIRST_REVIEW", ReviewDecision.REJECT, "clerk", "不符合条件", APPLIED);
        assertEquals(CaseState.REJECTED, c.state());
        assertThrows(InvalidValueException.class, () -> c.submit(THREE_LEVELS, APPLIED, "clerk"));
    }

    @Test
    void suspendReinstateAndTerminate() {
        SubsidyCase c = newCase();
        ReviewPlan oneStage = Fixtures.plan("APPROVAL:5");
        c.submit(oneStage, APPLIED, "clerk");
        c.review(oneStage, "APPROVAL", ReviewDecision.APPROVE, "civil", null, APPLIED);
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
    void theChainInForceIsTheRowsInForceOnTheDayInTheirOrder() {
        List<ReviewStage> stages = List.of(
                stage(1, 2, "APPROVAL", DatedPeriod.of(LocalDate.of(2016, 1, 1), LocalDate.of(2026, 12, 31))),
                stage(2, 1, "FIRST_REVIEW", DatedPeriod.of(LocalDate.of(2016, 1, 1), LocalDate.of(2026, 12, 31))),
                stage(3, 2, "APPROVAL", DatedPeriod.from(LocalDate.of(2027, 1, 1))),
                stage(4, 1, "REVIEW", DatedPeriod.from(LocalDate.of(2027, 1, 1))));
        assertEquals(List.of("FIRST_REVIEW", "APPROVAL"), codes(ReviewPlan.inForce(stages, LocalDate.of(2026, 12, 31))));
        assertEquals(List.of("REVIEW", "APPROVAL"), codes(ReviewPlan.inForce(stages, LocalDate.of(2027, 1, 1))));
        assertEquals("program.noReviewSetup", assertThrows(InvalidValueException.class,
                () -> ReviewPlan.inForce(stages, LocalDate.of(2015, 12, 31))).key());
    }

    @Test
    void theRoleAndOfficeOfAStageComeFromItsRow() {
        ReviewPlan plan = ReviewPlan.inForce(List.of(stage(1, 1, "ASSESS", DatedPeriod.from(LocalDate.of(2020, 1, 1)))),
                APPLIED);
        SubsidyCase c = newCase();
        c.submit(plan, APPLIED, "clerk");
        assertEquals("ASSESS", c.currentStage());
        assertEquals("REHAB_ASSESSOR", c.currentRole(), "whatever role the row names");
        assertEquals(DivisionLevel.CITY, plan.first().divisionLevel());
    }

    @Test
    void aWorkingDayDeadlineSkipsWeekends() {
        // 2026-03-13 is a Friday: five working days end on Friday 2026-03-20, not Wednesday the 18th.
        ReviewPlan.Step step = new ReviewPlan.Step("S", "S", "S", "R", DivisionLevel.COUNTY, 5, true);
        assertEquals(LocalDate.of(2026, 3, 20), step.dueFrom(LocalDate.of(2026, 3, 13)));
        ReviewPlan.Step calendar = new ReviewPlan.Step("S", "S", "S", "R", DivisionLevel.COUNTY, 5, false);
        assertEquals(LocalDate.of(2026, 3, 18), calendar.dueFrom(LocalDate.of(2026, 3, 13)));
    }

    @Test
    void aLongerChainPassesItsMiddleStagesAsReviewed() {
        ReviewPlan four = Fixtures.plan("FIRST_REVIEW:10,REVIEW:10,CHECK:5,APPROVAL:10");
        SubsidyCase c = newCase();
        c.submit(four, APPLIED, "clerk");
        c.review(four, "FIRST_REVIEW", ReviewDecision.APPROVE, "clerk", null, APPLIED);
        c.review(four, "REVIEW", ReviewDecision.APPROVE, "district", null, APPLIED);
        assertEquals(CaseState.REVIEWED, c.state());
        assertEquals("CHECK", c.currentStage());
        c.review(four, "CHECK", ReviewDecision.APPROVE, "civil", null, APPLIED);
        assertEquals(CaseState.REVIEWED, c.state());
        c.review(four, "APPROVAL", ReviewDecision.APPROVE, "civil", null, APPLIED);
        assertEquals(CaseState.ACTIVE, c.state());
    }

    @Test
    void theCaseNumberUsesTheProgramsPrefix() throws Exception {
        SubsidyCase c = newCase();
        java.lang.reflect.Field id = ProgramCase.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(c, 1050L);
        assertEquals("NS-1050", c.caseNumber());
        SubsidyCase living = new SubsidyCase(Fixtures.program(SubsidyType.LIVING), SubsidyType.LIVING,
                Fixtures.person("63010219700101002"), DisabilityLevel.ONE, "青海银行", "6200000000000001", APPLIED,
                "clerk");
        id.set(living, 1051L);
        assertEquals("LS-1051", living.caseNumber());
    }

    private static ReviewStage stage(long id, int order, String code, DatedPeriod period) {
        return new ReviewStage(id, "P", order, code, code, code, "REHAB_ASSESSOR", DivisionLevel.CITY, 10, false,
                period);
    }

    private static List<String> codes(ReviewPlan plan) {
        return plan.steps().stream().map(ReviewPlan.Step::stage).toList();
    }
}
