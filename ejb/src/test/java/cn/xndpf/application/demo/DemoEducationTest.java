package cn.xndpf.application.demo;

import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.education.EducationGrantCase;
import cn.xndpf.domain.education.GrantRules;
import cn.xndpf.domain.education.Placement;
import cn.xndpf.domain.education.SchoolStage;
import cn.xndpf.domain.education.SchoolYear;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's education history, planned on the demo's own people (the run command's seed). */
class DemoEducationTest {

    private static final long SEED = 20_260_101L;
    private static final LocalDate TODAY = PlatformClock.today();
    /** A raised primary grant, so a grant must carry the amount in force on its school year's first day. */
    private static final LocalDate RAISED = LocalDate.of(2023, 9, 1);
    private static final List<DemoDataGenerator.DemoPerson> PEOPLE = new DemoDataGenerator(SEED).people(3000);

    static DemoEducation planner() {
        DatedPeriod since = DatedPeriod.from(LocalDate.of(2016, 1, 1));
        List<ReviewStage> stages = List.of(
                new ReviewStage(1100, "EDUCATION_GRANT", 1, "FIRST_REVIEW", "初审", "First review", "TOWNSHIP_CLERK",
                        DivisionLevel.TOWNSHIP, 10, true, since),
                new ReviewStage(1101, "EDUCATION_GRANT", 2, "APPROVAL", "审批", "Approval", "DISTRICT_STAFF",
                        DivisionLevel.COUNTY, 10, true, since));
        LocalDate from = LocalDate.of(2016, 1, 1);
        Map<String, List<PolicySetting>> s = new HashMap<>();
        put(s, GrantRules.POOR_STATUSES, "DIBAO,TEKUN,TEKUN_CENTRALISED,LOW_INCOME,MONITORED", from);
        put(s, GrantRules.DISABLED_STUDENT_REGARDLESS_OF_INCOME, "false", from);
        put(s, "education.compulsory.ageFrom", "6", from);
        put(s, "education.compulsory.ageTo", "15", from);
        put(s, "education.plan.reviewMonths", "12", from);
        for (SchoolStage stage : SchoolStage.values()) {
            put(s, GrantRules.AMOUNT_PREFIX + stage.name(), stage == SchoolStage.HIGHER ? "5000.00" : "1000.00",
                    LocalDate.of(2016, 9, 1));
        }
        s.put(GrantRules.AMOUNT_PREFIX + "PRIMARY", List.of(
                new PolicySetting(GrantRules.AMOUNT_PREFIX + "PRIMARY", "1000.00", LocalDate.of(2016, 9, 1), null),
                new PolicySetting(GrantRules.AMOUNT_PREFIX + "PRIMARY", "1200.00", RAISED, null)));
        Map<String, String> schools = new HashMap<>();
        DemoInstitutions.plan().stream().filter(p -> p.kind() == cn.xndpf.domain.institution.InstitutionKind.SPECIAL_SCHOOL)
                .forEach(p -> schools.put(p.county(), p.name()));
        return new DemoEducation(SEED, TODAY, stages, s, new DemoDataGenerator(SEED).staff(), schools);
    }

    private static void put(Map<String, List<PolicySetting>> s, String key, String value, LocalDate from) {
        s.put(key, List.of(new PolicySetting(key, value, from, null)));
    }

    @Test
    void grantsOfEveryYearAreBuiltByTheDomainAtTheDatedAmountAndCountedPerCounty() {
        DemoEducation.History h = planner().plan(PEOPLE);
        Program program = new Program("EDUCATION_GRANT", "助学金", "Grant", "JY", SubjectKind.STUDENT_OF_HOLDER,
                BenefitKind.ONE_OFF_CASH);
        Map<String, Set<Integer>> approvedYearsByCounty = new TreeMap<>();
        Set<CaseState> states = new HashSet<>();
        Set<String> once = new HashSet<>();
        boolean before = false;
        boolean after = false;
        for (DemoEducation.Grant g : h.grants()) {
            EducationGrantCase c = g.build(g.student().person(), program).grantCase();
            assertEquals(DemoEducation.stateOf(g, 2), c.state());
            states.add(c.state());
            assertTrue(once.add(g.student().person().idNumber().value() + "/" + g.schoolYear()), "one grant a year");
            assertFalse(g.appliedOn().isBefore(g.schoolYear().firstDay()));
            assertTrue(g.appliedOn().isBefore(TODAY));
            assertTrue(g.grade() >= 1 && g.grade() <= g.stage().highestGrade(), g.stage() + " " + g.grade());
            if (g.stage() == SchoolStage.PRIMARY) {
                BigDecimal expected = g.schoolYear().firstDay().isBefore(RAISED) ? new BigDecimal("1000.00")
                        : new BigDecimal("1200.00");
                assertEquals(0, expected.compareTo(g.amount()), "the amount of " + g.schoolYear());
                before |= g.schoolYear().firstDay().isBefore(RAISED);
                after |= !g.schoolYear().firstDay().isBefore(RAISED);
            }
            if (c.state() == CaseState.APPROVED) {
                approvedYearsByCounty.computeIfAbsent(g.county(), k -> new HashSet<>()).add(g.schoolYear().startYear());
            }
        }
        assertTrue(before && after, "primary grants before and after the amount was raised");
        assertTrue(states.containsAll(Set.of(CaseState.APPROVED, CaseState.SUBMITTED, CaseState.RETURNED,
                CaseState.REJECTED)), states.toString());
        assertEquals(DemoInstitutions.COUNTIES.keySet(), approvedYearsByCounty.keySet(), "grants in every county");
        Set<Integer> years = new HashSet<>();
        approvedYearsByCounty.values().forEach(years::addAll);
        for (int y = DemoEducation.FIRST_SCHOOL_YEAR; y <= SchoolYear.containing(TODAY).startYear(); y++) {
            assertTrue(years.contains(y), "grants approved for " + y);
        }
        assertEquals(h.grants().stream().map(g -> g.student().person().idNumber().value() + "/" + g.appliedOn()).toList(),
                planner().plan(PEOPLE).grants().stream().map(g -> g.student().person().idNumber().value() + "/" + g.appliedOn())
                        .toList(), "deterministic from the seed");
    }

    @Test
    void eachChildOfTheBandHasOnePlanReviewedYearlyWithItsHistoryAndIsReported() {
        DemoEducation.History h = planner().plan(PEOPLE);
        Map<DemoDataGenerator.DemoPerson, List<DemoEducation.PlanVersion>> byChild = new java.util.IdentityHashMap<>();
        Set<Placement> placements = new HashSet<>();
        for (DemoEducation.PlanVersion v : h.plans()) {
            byChild.computeIfAbsent(v.child(), k -> new ArrayList<>()).add(v);
            placements.add(v.placement());
            assertTrue(v.decidedOn().isBefore(TODAY));
            assertEquals(v.decidedOn().plusMonths(12), v.reviewDue());
            assertNotNull(v.schoolName());
        }
        assertEquals(Set.of(Placement.values()), placements);
        boolean reviewed = false;
        for (List<DemoEducation.PlanVersion> versions : byChild.values()) {
            for (int i = 0; i < versions.size(); i++) {
                DemoEducation.PlanVersion v = versions.get(i);
                assertEquals(i + 1, v.version(), "versions numbered from 1");
                if (i < versions.size() - 1) {
                    assertEquals(versions.get(i + 1).decidedOn().minusDays(1), v.validTo(), "kept with its last day");
                    reviewed = true;
                } else {
                    assertEquals(null, v.validTo(), "the latest is in force");
                }
            }
        }
        assertTrue(reviewed, "plans reviewed yearly");
        // each report is of a child of the band (6-15 on the school year's first day) with a plan by then
        Set<String> reported = new HashSet<>();
        for (DemoEducation.Report r : h.reports()) {
            int age = r.child().person().ageOn(r.schoolYear().firstDay());
            assertTrue(age >= 6 && age <= 15, "age " + age);
            assertTrue(reported.add(r.child().person().idNumber().value() + "/" + r.schoolYear()), "one report a year");
            assertTrue(byChild.containsKey(r.child()));
        }
        assertTrue(h.reports().stream().anyMatch(r -> !r.enrolled()), "a child reported not enrolled");
        // reliefs once per student, year, term and kind; recorded after the term opened, before today
        Set<String> reliefs = new HashSet<>();
        for (DemoEducation.Relief r : h.reliefs()) {
            assertTrue(reliefs.add(r.student().person().idNumber().value() + "/" + r.schoolYear() + "/" + r.term() + "/" + r.kind()));
            assertTrue(r.recordedOn().isAfter(r.schoolYear().termFirstDay(r.term())) && r.recordedOn().isBefore(TODAY));
        }
        assertFalse(h.reliefs().isEmpty());
    }
}
