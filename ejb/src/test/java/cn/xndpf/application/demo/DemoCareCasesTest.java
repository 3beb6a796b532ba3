package cn.xndpf.application.demo;

import cn.xndpf.domain.care.CareCase;
import cn.xndpf.domain.care.CareKind;
import cn.xndpf.domain.care.CareRules;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.institution.Institution;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.ServiceKind;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's care cases and their history, planned on the demo's own people (the run command's seed). */
class DemoCareCasesTest {

    private static final long SEED = 20_260_101L;
    private static final LocalDate TODAY = PlatformClock.today();
    /** A rate change inside the history, so a settlement must read the rate in force on its month. */
    private static final LocalDate RAISED = LocalDate.of(2024, 1, 1);
    private static final List<DemoDataGenerator.DemoPerson> PEOPLE = new DemoDataGenerator(SEED).people(1500);

    /** The chain and settings as V19 stores them, and boarding raised to 650.00 from 2024. */
    static DemoCareCases planner() {
        DatedPeriod since = DatedPeriod.from(LocalDate.of(2016, 1, 1));
        List<ReviewStage> stages = List.of(
                new ReviewStage(1000, "CARE", 1, "FIRST_REVIEW", "初审", "First review", "TOWNSHIP_CLERK",
                        DivisionLevel.TOWNSHIP, 10, true, since),
                new ReviewStage(1001, "CARE", 2, "REVIEW", "审核", "Review", "DISTRICT_STAFF", DivisionLevel.COUNTY, 10,
                        true, since));
        Map<String, List<PolicySetting>> settings = new HashMap<>();
        LocalDate from = LocalDate.of(2016, 1, 1);
        settings.put(CareRules.MIN_AGE, List.of(new PolicySetting(CareRules.MIN_AGE, "16", from, null)));
        settings.put(CareRules.MAX_AGE, List.of(new PolicySetting(CareRules.MAX_AGE, "59", from, null)));
        settings.put(CareRules.monthlyAmountKey(CareKind.BOARDING), List.of(
                new PolicySetting(CareRules.monthlyAmountKey(CareKind.BOARDING), "600.00", from, null),
                new PolicySetting(CareRules.monthlyAmountKey(CareKind.BOARDING), "650.00", RAISED, null)));
        settings.put(CareRules.monthlyAmountKey(CareKind.DAY_CARE),
                List.of(new PolicySetting(CareRules.monthlyAmountKey(CareKind.DAY_CARE), "400.00", from, null)));
        settings.put(CareRules.monthlyAmountKey(CareKind.HOME_CARE),
                List.of(new PolicySetting(CareRules.monthlyAmountKey(CareKind.HOME_CARE), "200.00", from, null)));
        settings.put(CareRules.fullMonthUnitsKey(CareKind.BOARDING),
                List.of(new PolicySetting(CareRules.fullMonthUnitsKey(CareKind.BOARDING), "20", from, null)));
        settings.put(CareRules.fullMonthUnitsKey(CareKind.DAY_CARE),
                List.of(new PolicySetting(CareRules.fullMonthUnitsKey(CareKind.DAY_CARE), "20", from, null)));
        settings.put(CareRules.fullMonthUnitsKey(CareKind.HOME_CARE),
                List.of(new PolicySetting(CareRules.fullMonthUnitsKey(CareKind.HOME_CARE), "4", from, null)));
        return new DemoCareCases(SEED, TODAY, stages, settings, new DemoDataGenerator(SEED).staff());
    }

    @Test
    void everyCountyHasCareCasesInEveryStateBuiltByTheDomainsOwnSteps() {
        DemoCareCases planner = planner();
        List<DemoCareCases.Plan> plans = planner.plan(PEOPLE);
        Program program = new Program("CARE", "残疾人托养服务", "Care services", "TY", SubjectKind.PERSON,
                BenefitKind.SERVICE);
        Map<String, Set<String>> statesByCounty = new TreeMap<>();
        Set<Object> applicants = new HashSet<>();
        for (DemoCareCases.Plan p : plans) {
            assertTrue(planner.qualifies(p.applicant(), p.appliedOn()), "the care rules admit the applicant that day");
            assertTrue(applicants.add(p.applicant()), "one case per person");
            Institution at = new Institution("演示托养中心", InstitutionKind.CARE, "演示", EnumSet.of(ServiceKind.BOARDING_CARE,
                    ServiceKind.DAY_CARE, ServiceKind.HOME_CARE), 200, DivisionCode.of(p.county()),
                    DatedPeriod.from(DemoInstitutions.QUALIFIED_FROM));
            CareCase c = p.build(p.applicant().person(), program, at).careCase();
            CaseState expected = switch (p.outcome()) {
                case WAITING -> c.currentStage().equals("FIRST_REVIEW") ? CaseState.SUBMITTED : CaseState.FIRST_REVIEWED;
                case RETURNED -> CaseState.RETURNED;
                case REJECTED -> CaseState.REJECTED;
                case APPROVED -> CaseState.APPROVED;
                case ACTIVE -> CaseState.ACTIVE;
                case SUSPENDED -> CaseState.SUSPENDED;
                case TERMINATED -> CaseState.TERMINATED;
            };
            assertEquals(expected, c.state(), p.outcome().name());
            String shown = p.outcome() == DemoCareCases.Outcome.WAITING ? "WAITING@" + c.currentStage() : c.state().name();
            statesByCounty.computeIfAbsent(p.county(), k -> new HashSet<>()).add(shown);
            if (p.placedOn() != null) {
                assertEquals(at, c.institution());
                assertFalse(p.placedOn().isBefore(p.appliedOn()));
                assertTrue(p.placedOn().isBefore(TODAY));
            } else {
                assertNull(c.institution());
                assertNull(c.benefitFrom(), "never placed, never started");
            }
        }
        assertEquals(DemoInstitutions.COUNTIES.keySet(), statesByCounty.keySet());
        Set<String> all = Set.of("WAITING@FIRST_REVIEW", "WAITING@REVIEW", "RETURNED", "REJECTED", "APPROVED", "ACTIVE",
                "SUSPENDED", "TERMINATED");
        statesByCounty.forEach((county, states) -> assertEquals(all, states, county));
        // the district's queue in 城东区 and the clerk's in 东关街道 have something to show
        assertTrue(plans.stream().anyMatch(p -> p.outcome() == DemoCareCases.Outcome.WAITING
                && p.applicant().person().division().value().startsWith("630102001")
                && p.steps().size() == 1), "a case waits for the 东关街道 clerk's first review");
        // history: people in care from before 2021 and placements in every year since
        Set<Integer> placedIn = new HashSet<>();
        plans.stream().map(DemoCareCases.Plan::placedOn).filter(d -> d != null).forEach(d -> placedIn.add(d.getYear()));
        for (int y = 2020; y < TODAY.getYear(); y++) {
            assertTrue(placedIn.contains(y), "placements in " + y);
        }
        // deterministic from the seed
        assertEquals(plans.stream().map(p -> p.outcome() + "/" + p.appliedOn() + "/" + p.kind()).toList(),
                planner().plan(PEOPLE).stream().map(p -> p.outcome() + "/" + p.appliedOn() + "/" + p.kind()).toList());
    }

    @Test
    void servicesAreRecordedOnlyWhileAPersonIsPlacedAndEachMonthIsSettledAtItsRate() {
        DemoCareCases planner = planner();
        List<DemoCareCases.Plan> plans = planner.plan(PEOPLE);
        List<DemoCareCases.Service> services = planner.services(plans);
        Map<Integer, Map<YearMonth, Integer>> units = new HashMap<>();
        Set<String> once = new HashSet<>();
        for (DemoCareCases.Service s : services) {
            DemoCareCases.Plan p = plans.get(s.plan());
            assertNotNull(p.placedOn(), "only placed people are served");
            assertFalse(s.day().isBefore(p.placedOn()));
            assertTrue(s.day().isBefore(TODAY), "never today or later");
            assertTrue(p.lastDay() == null || !s.day().isAfter(p.lastDay()), "nothing after the last day");
            assertTrue(p.suspendedOn() == null || s.day().isBefore(p.suspendedOn()), "nothing once suspended");
            assertTrue(once.add(s.plan() + "/" + s.day()), "once a day");
            units.computeIfAbsent(s.plan(), k -> new HashMap<>()).merge(YearMonth.from(s.day()), 1, Integer::sum);
        }
        List<DemoCareCases.Settlement> settlements = planner.settlements(plans, services);
        Map<String, List<YearMonth>> months = new TreeMap<>();
        boolean boarding2023 = false;
        boolean boarding2024 = false;
        boolean suspendedLine = false;
        for (DemoCareCases.Settlement st : settlements) {
            assertTrue(st.month().isBefore(YearMonth.from(TODAY)), "only months that are over");
            months.computeIfAbsent(st.county(), k -> new ArrayList<>()).add(st.month());
            BigDecimal total = BigDecimal.ZERO;
            for (DemoCareCases.Line l : st.lines()) {
                DemoCareCases.Plan p = plans.get(l.plan());
                assertEquals(st.county(), p.county());
                assertEquals(units.getOrDefault(l.plan(), Map.of()).getOrDefault(st.month(), 0), l.units(),
                        "a line's units are the records of its month");
                int full = p.kind() == CareKind.HOME_CARE ? 4 : 20;
                assertEquals(CareRules.monthlySubsidy(l.monthlyRate(), full, l.units()), l.amount());
                if (p.kind() == CareKind.BOARDING) {
                    BigDecimal rate = st.month().atDay(1).isBefore(RAISED) ? new BigDecimal("600.00")
                            : new BigDecimal("650.00");
                    assertEquals(0, rate.compareTo(l.monthlyRate()), "the rate in force on " + st.month());
                    boarding2023 |= st.month().getYear() == 2023;
                    boarding2024 |= st.month().getYear() == 2024;
                }
                suspendedLine |= p.suspendedOn() != null && l.units() == 0;
                total = total.add(l.amount());
            }
            assertEquals(0, total.compareTo(st.total()));
        }
        assertTrue(boarding2023 && boarding2024, "boarding settled before and after the rate changed");
        assertTrue(suspendedLine, "a suspended person stays enrolled and is settled at zero");
        // every county's institution is settled every month from before 2021 to last month, without a gap
        assertEquals(DemoInstitutions.COUNTIES.keySet(), months.keySet());
        months.forEach((county, list) -> {
            assertTrue(list.get(0).isBefore(YearMonth.of(2021, 1)), county + " from " + list.get(0));
            assertEquals(YearMonth.from(TODAY).minusMonths(1), list.get(list.size() - 1), county);
            for (int i = 1; i < list.size(); i++) {
                assertEquals(list.get(i - 1).plusMonths(1), list.get(i), county + " without a gap");
            }
        });
    }
}
