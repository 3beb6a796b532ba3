package cn.xndpf.application.demo;

import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySetting;
import cn.xndpf.domain.subsidy.EligibilityRules;
import cn.xndpf.domain.subsidy.SubsidyCase;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.CaseEventType;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.shared.DatedPeriod;
import cn.xndpf.domain.workflow.BenefitKind;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.SubjectKind;
import cn.xndpf.domain.workflow.ReviewStage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoSubsidyCasesTest {

    private static final long SEED = 20_260_101L;
    private static final LocalDate TODAY = PlatformClock.today();
    private static final LocalDate SINCE = LocalDate.of(2016, 1, 1);

    // Generated once for all tests: hashing the demo passwords is slow on purpose.
    private static final List<StaffUser> STAFF = new DemoDataGenerator(SEED).staff();
    private static final List<DemoDataGenerator.DemoPerson> people = new DemoDataGenerator(SEED).people(3000);
    private static final List<DemoSubsidyCases.Plan> plans = planner().plan(people);

    private static final List<String> STAGES = List.of("FIRST_REVIEW", "REVIEW", "APPROVAL");

    /** The review chain and settings as migrations V3 and V7 store them: three stages of ten days, nothing widened. */
    static DemoSubsidyCases planner() {
        Map<String, List<ReviewStage>> stages = new java.util.HashMap<>();
        for (SubsidyType t : SubsidyType.values()) {
            DatedPeriod since = DatedPeriod.from(SINCE);
            stages.put(t.programCode(), List.of(
                    new ReviewStage(1, t.programCode(), 1, "FIRST_REVIEW", "初审", "First review", "TOWNSHIP_CLERK",
                            DivisionLevel.TOWNSHIP, 10, false, since),
                    new ReviewStage(2, t.programCode(), 2, "REVIEW", "审核", "Review", "DISTRICT_STAFF",
                            DivisionLevel.COUNTY, 10, false, since),
                    new ReviewStage(3, t.programCode(), 3, "APPROVAL", "审定", "Final approval",
                            "DISTRICT_CIVIL_AFFAIRS", DivisionLevel.COUNTY, 10, false, since)));
        }
        Map<String, List<PolicySetting>> settings = Map.of(
                EligibilityRules.LIVING_INCLUDES_LOW_INCOME,
                List.of(new PolicySetting(EligibilityRules.LIVING_INCLUDES_LOW_INCOME, "false", SINCE, null)),
                EligibilityRules.NURSING_INCLUDES_LEVEL_3_4_INTELLECTUAL_MENTAL,
                List.of(new PolicySetting(EligibilityRules.NURSING_INCLUDES_LEVEL_3_4_INTELLECTUAL_MENTAL, "false", SINCE,
                        null)));
        return new DemoSubsidyCases(SEED, TODAY, stages, settings, STAFF);
    }

    private static SubsidyCase build(DemoSubsidyCases.Plan p) {
        return p.build(p.applicant().person(), program(p.type())).subsidyCase();
    }

    private static Program program(SubsidyType t) {
        return new Program(t.programCode(), t.chineseName(), t.englishName(), t == SubsidyType.LIVING ? "LS" : "NS",
                SubjectKind.PERSON, BenefitKind.MONTHLY_CASH);
    }

    @Test
    void casesOnlyForPeopleWhoQualifiedWhenTheyAppliedAndStillDoUnlessTheCaseEnded() {
        DemoSubsidyCases rules = planner();
        assertFalse(plans.isEmpty());
        for (DemoSubsidyCases.Plan p : plans) {
            assertTrue(rules.qualifies(p.applicant(), p.type(), p.appliedOn()), "qualified on the day of application");
            if (p.outcome() != DemoSubsidyCases.Outcome.TERMINATED) {
                assertTrue(rules.qualifies(p.applicant(), p.type(), TODAY), "still qualifies: " + p);
            }
        }
    }

    @Test
    void everyDistrictShowsEveryStateAndEveryLevelOnTimeAndOverdue() {
        Map<String, List<SubsidyCase>> byCounty = plans.stream().map(DemoSubsidyCasesTest::build)
                .collect(Collectors.groupingBy(c -> c.division().county().value()));
        assertEquals(7, byCounty.size());
        for (Map.Entry<String, List<SubsidyCase>> county : byCounty.entrySet()) {
            List<SubsidyCase> cases = county.getValue();
            Set<CaseState> states = cases.stream().map(SubsidyCase::state).collect(Collectors.toSet());
            assertTrue(states.containsAll(EnumSet.of(CaseState.ACTIVE, CaseState.SUBMITTED, CaseState.FIRST_REVIEWED,
                    CaseState.REVIEWED, CaseState.RETURNED, CaseState.REJECTED, CaseState.SUSPENDED,
                    CaseState.TERMINATED)), county.getKey() + " shows " + states);
            for (String level : STAGES) {
                assertTrue(cases.stream().anyMatch(c -> level.equals(c.currentStage()) && c.isOverdue(TODAY)),
                        county.getKey() + " has a case overdue at " + level);
                assertTrue(cases.stream().anyMatch(c -> level.equals(c.currentStage()) && !c.isOverdue(TODAY)),
                        county.getKey() + " has a case on time at " + level);
            }
            long active = cases.stream().filter(c -> c.state() == CaseState.ACTIVE).count();
            assertTrue(active > cases.size() / 2, "most cases are active in " + county.getKey());
        }
    }

    @Test
    void theDemoClerksTownshipHasCasesWaitingForFirstReview() {
        List<SubsidyCase> dongguan = plans.stream().map(DemoSubsidyCasesTest::build)
                .filter(c -> c.division().value().startsWith("630102001"))
                .filter(c -> "FIRST_REVIEW".equals(c.currentStage())).toList();
        assertTrue(dongguan.stream().anyMatch(c -> c.isOverdue(TODAY)));
        assertTrue(dongguan.stream().anyMatch(c -> !c.isOverdue(TODAY)));
    }

    @Test
    void activeCasesRunFromTheMonthOfApplicationAndSomeEndedByDeathOrLeavingDibao() {
        Set<LocalDate> starts = new HashSet<>();
        for (DemoSubsidyCases.Plan p : plans) {
            SubsidyCase c = build(p);
            if (c.state() == CaseState.ACTIVE) {
                assertEquals(p.appliedOn().withDayOfMonth(1), c.benefitFrom());
                starts.add(c.benefitFrom());
            }
        }
        assertTrue(starts.size() > 24, "active since many different months: " + starts.size());
        List<SubsidyCase> ended = plans.stream().map(DemoSubsidyCasesTest::build)
                .filter(c -> c.state() == CaseState.TERMINATED).toList();
        assertTrue(ended.stream().anyMatch(c -> c.endReason().contains("死亡") && c.person().isDeceased()
                && c.benefitUntil().equals(c.person().deathDate().withDayOfMonth(c.person().deathDate().lengthOfMonth()))));
        assertTrue(ended.stream().anyMatch(c -> c.endReason().contains("最低生活保障")));
    }

    @Test
    void timelinesAreDatedInOrderAndSayWhoActed() {
        for (DemoSubsidyCases.Plan p : plans) {
            DemoSubsidyCases.Built b = p.build(p.applicant().person(), program(p.type()));
            assertEquals(b.subsidyCase().events().size(), b.eventTimes().size());
            List<Instant> times = new ArrayList<>(b.eventTimes());
            for (int i = 1; i < times.size(); i++) {
                assertTrue(times.get(i).isAfter(times.get(i - 1)));
            }
            assertFalse(times.get(times.size() - 1).isAfter(TODAY.plusDays(1).atStartOfDay(PlatformClock.ZONE).toInstant()),
                    "nothing in the future");
            b.subsidyCase().events().forEach(e -> assertNotNull(e.actor()));
            b.subsidyCase().events().stream().filter(e -> e.type() == CaseEventType.REVIEWED)
                    .filter(e -> "REVIEW".equals(e.stage()) && b.subsidyCase().division().value().startsWith("630102"))
                    .forEach(e -> assertEquals("chengdong", e.actor(), "the demo account of 城东区 reviews there"));
        }
    }

    @Test
    void planningLeavesThePeopleOfTheSeedAsTheyWereAndIsRepeatable() {
        List<DemoDataGenerator.DemoPerson> again = new DemoDataGenerator(SEED).people(3000);
        for (int i = 0; i < people.size(); i++) {
            assertEquals(people.get(i).person().idNumber(), again.get(i).person().idNumber());
        }
        List<DemoSubsidyCases.Plan> replanned = planner().plan(again);
        assertEquals(plans.size(), replanned.size());
        for (int i = 0; i < plans.size(); i++) {
            assertEquals(plans.get(i).applicant().person().idNumber(), replanned.get(i).applicant().person().idNumber());
            assertEquals(plans.get(i).steps(), replanned.get(i).steps());
        }
    }

    @Test
    void aboutOneInTenWhoQualifyIsLeftToApplyInTheDemo() {
        DemoSubsidyCases rules = planner();
        long qualifying = 0;
        Set<String> withCase = plans.stream().map(p -> p.applicant().person().idNumber().value() + p.type())
                .collect(Collectors.toSet());
        long without = 0;
        for (DemoDataGenerator.DemoPerson d : people) {
            for (SubsidyType t : SubsidyType.values()) {
                if (!d.certificates().isEmpty() && rules.qualifies(d, t, TODAY)) {
                    qualifying++;
                    if (!withCase.contains(d.person().idNumber().value() + t)) {
                        without++;
                    }
                }
            }
        }
        assertTrue(without > 0.03 * qualifying && without < 0.25 * qualifying, without + " of " + qualifying);
    }
}
