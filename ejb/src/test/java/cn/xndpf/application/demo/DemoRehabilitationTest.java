package cn.xndpf.application.demo;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.institution.Institution;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.rehabilitation.ChildAidRules;
import cn.xndpf.domain.rehabilitation.RehabilitationAssessment;
import cn.xndpf.domain.shared.DatedPeriod;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySetting;
import cn.xndpf.domain.workflow.BenefitKind;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ReviewStage;
import cn.xndpf.domain.workflow.SubjectKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's rehabilitation history, planned on the demo's own people (the run command's seed). */
class DemoRehabilitationTest {

    private static final long SEED = 20_260_101L;
    private static final LocalDate TODAY = PlatformClock.today();
    private static final List<DemoDataGenerator.DemoPerson> PEOPLE = new DemoDataGenerator(SEED).people(2000);

    static DemoRehabilitation planner() {
        DatedPeriod since = DatedPeriod.from(LocalDate.of(2016, 1, 1));
        List<ReviewStage> service = List.of(
                new ReviewStage(1400, "REHABILITATION", 1, "FIRST_REVIEW", "初审", "First review", "TOWNSHIP_CLERK",
                        DivisionLevel.TOWNSHIP, 10, true, since),
                new ReviewStage(1401, "REHABILITATION", 2, "REVIEW", "审核", "Review", "DISTRICT_STAFF",
                        DivisionLevel.COUNTY, 10, true, since));
        List<ReviewStage> aid = List.of(
                new ReviewStage(1410, "CHILD_REHABILITATION", 1, "FIRST_REVIEW", "初审", "First review", "TOWNSHIP_CLERK",
                        DivisionLevel.TOWNSHIP, 10, true, since),
                new ReviewStage(1411, "CHILD_REHABILITATION", 2, "APPROVAL", "审批", "Approval", "DISTRICT_STAFF",
                        DivisionLevel.COUNTY, 10, true, since));
        LocalDate from = LocalDate.of(2016, 1, 1);
        Map<String, List<PolicySetting>> s = new HashMap<>();
        s.put("rehabilitation.assessment.validMonths", List.of(new PolicySetting("rehabilitation.assessment.validMonths", "12", from, null)));
        s.put(ChildAidRules.MIN_AGE, List.of(new PolicySetting(ChildAidRules.MIN_AGE, "0", from, null)));
        s.put(ChildAidRules.MAX_AGE, List.of(new PolicySetting(ChildAidRules.MAX_AGE, "6", from, null)));
        // the cap lowered from 2024 on: no aid of a later year passes it
        s.put(ChildAidRules.YEARLY_CAP, List.of(new PolicySetting(ChildAidRules.YEARLY_CAP, "20000.00", from, null),
                new PolicySetting(ChildAidRules.YEARLY_CAP, "15000.00", LocalDate.of(2024, 1, 1), null)));
        return new DemoRehabilitation(SEED, TODAY, service, aid, s, new DemoDataGenerator(SEED).staff());
    }

    @Test
    void assessedNeedsAreServedByTheCountysInstitutionAndChildrenAidedWithinTheDatedCap() {
        DemoRehabilitation.History h = planner().plan(PEOPLE);
        Program program = new Program("REHABILITATION", "基本康复服务", "Basic rehabilitation", "KF", SubjectKind.PERSON,
                BenefitKind.SERVICE);
        Program aidProgram = new Program("CHILD_REHABILITATION", "残疾儿童康复救助", "Children's aid", "ET",
                SubjectKind.PERSON, BenefitKind.SERVICE);
        Map<String, Set<Integer>> assessedYears = new TreeMap<>();
        for (DemoRehabilitation.Assessment a : h.assessments()) {
            assertTrue(a.assessedOn().isBefore(TODAY));
            assessedYears.computeIfAbsent(a.person().person().division().county().value(), k -> new HashSet<>())
                    .add(a.assessedOn().getYear());
        }
        assertEquals(DemoInstitutions.COUNTIES.keySet(), assessedYears.keySet(), "assessments in every county");
        assertTrue(h.assessments().stream().anyMatch(a -> a.service() == null), "some found to need nothing");
        Set<CaseState> states = EnumSet.noneOf(CaseState.class);
        Map<Object, LocalDate> openUntil = new java.util.IdentityHashMap<>();
        for (DemoRehabilitation.ServiceCase c : h.cases()) {
            DemoRehabilitation.Assessment a = h.assessments().get(c.assessment());
            assertTrue(a.person() == c.person() && a.service() == c.service(), "the case rests on its person's assessment");
            assertTrue(c.appliedOn().isAfter(a.assessedOn()) && c.appliedOn().isBefore(a.assessedOn().plusMonths(12)));
            LocalDate before = openUntil.get(c.person());
            assertTrue(before == null || c.appliedOn().isAfter(before), "one open case at a time");
            openUntil.put(c.person(), c.lastDay() == null ? LocalDate.MAX : c.lastDay());
            Institution at = new Institution("演示康复中心", InstitutionKind.REHABILITATION, "演示",
                    EnumSet.of(ServiceKind.REHABILITATION_TRAINING, ServiceKind.DEVICE_FITTING), 300,
                    DivisionCode.of(c.county()), DatedPeriod.from(DemoInstitutions.QUALIFIED_FROM));
            RehabilitationAssessment managed = new RehabilitationAssessment(c.person().person(), a.assessedOn(),
                    a.service(), null, "demo");
            var built = c.build(program, managed, at).programCase();
            states.add(built.state());
            for (LocalDate s : c.sessions()) {
                assertFalse(s.isBefore(c.placedOn()));
                assertTrue(s.isBefore(TODAY) && (c.lastDay() == null || !s.isAfter(c.lastDay())), "within the enrolment");
            }
            if (built.state() == CaseState.TERMINATED) {
                assertFalse(c.sessions().isEmpty(), "a course that ended was served");
            }
        }
        assertTrue(states.containsAll(Set.of(CaseState.TERMINATED, CaseState.ACTIVE)), states.toString());
        for (DemoRehabilitation.AidCase a : h.aid()) {
            BigDecimal cap = a.appliedOn().getYear() >= 2024 ? new BigDecimal("15000.00") : new BigDecimal("20000.00");
            assertTrue(a.amount().compareTo(cap) <= 0, "within the cap of " + a.appliedOn().getYear());
            assertTrue(ChildAidRules.inAgeBand(a.child().person(), a.appliedOn(), 0, 6));
            assertEquals(a.steps().size() == 3 ? CaseState.APPROVED : a.steps().size() == 2 ? CaseState.FIRST_REVIEWED
                    : CaseState.SUBMITTED, a.build(a.child().person(), aidProgram).programCase().state());
        }
        assertTrue(h.aid().stream().anyMatch(a -> a.amount().compareTo(new BigDecimal("15000.00")) > 0),
                "aid above the later cap before it was lowered");
        assertEquals(h.cases().stream().map(c -> c.appliedOn() + "/" + c.service()).toList(),
                planner().plan(PEOPLE).cases().stream().map(c -> c.appliedOn() + "/" + c.service()).toList());
    }
}
