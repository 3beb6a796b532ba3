package cn.xndpf.application.demo;

import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.rights.FuelSubsidyCase;
import cn.xndpf.domain.rights.FuelSubsidyRules;
import cn.xndpf.domain.shared.DatedPeriod;
import cn.xndpf.domain.shared.InForce;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's wheelchair fuel-subsidy cases, planned on the demo's own people with the stored settings. */
class DemoFuelSubsidyTest {

    private static final long SEED = 20_260_101L;
    private static final LocalDate TODAY = PlatformClock.today();
    private static final List<DemoDataGenerator.DemoPerson> PEOPLE = new DemoDataGenerator(SEED).people(2000);
    private static final Map<String, List<PolicySetting>> SETTINGS = StoredSettings.of("V50__rights_fuel_subsidy.sql",
            DemoFuelSubsidy.settingKeys());
    private static final DatedPeriod SINCE = DatedPeriod.from(LocalDate.of(2016, 1, 1));

    static DemoFuelSubsidy planner() {
        List<ReviewStage> stages = List.of(
                new ReviewStage(1614, "WHEELCHAIR_FUEL", 1, "FIRST_REVIEW", "初审", "First review", "TOWNSHIP_CLERK",
                        DivisionLevel.TOWNSHIP, 10, true, SINCE),
                new ReviewStage(1615, "WHEELCHAIR_FUEL", 2, "APPROVAL", "审批", "Approval", "DISTRICT_STAFF",
                        DivisionLevel.COUNTY, 10, true, SINCE));
        return new DemoFuelSubsidy(SEED, TODAY, stages, SETTINGS, new DemoDataGenerator(SEED).staff());
    }

    @Test
    void eligibleOwnersApplyEachYearAtTheYearsAmountAndArePaidOnceApproved() {
        List<DemoFuelSubsidy.Plan> plans = planner().plan(PEOPLE);
        Program program = new Program("WHEELCHAIR_FUEL", "机动轮椅车燃油补贴", "Motorised-wheelchair fuel subsidy", "RY",
                SubjectKind.PERSON, BenefitKind.ONE_OFF_CASH);
        Set<String> ownerYears = new HashSet<>();
        Map<Integer, Integer> paidByYear = new TreeMap<>();
        Set<DemoFuelSubsidy.Outcome> outcomes = EnumSet.noneOf(DemoFuelSubsidy.Outcome.class);
        Set<String> counties = new HashSet<>();
        for (DemoFuelSubsidy.Plan p : plans) {
            assertTrue(ownerYears.add(p.owner().person().idNumber().value() + "/" + p.year()), "one case a year");
            counties.add(p.county());
            outcomes.add(p.outcome());
            BigDecimal amount = InForce.on(SETTINGS.get(FuelSubsidyRules.AMOUNT), PolicySetting::validFrom,
                    LocalDate.of(p.year(), 1, 1)).map(s -> new BigDecimal(s.value())).orElseThrow();
            assertEquals(0, amount.compareTo(p.amount()), "the amount in force on the year's 1 January");
            assertTrue(FuelSubsidyRules.problems(new FuelSubsidyRules.Facts(p.owner().person(),
                    DemoSubsidyCases.validOn(p.owner(), p.appliedOn()), p.year(), p.plate(), p.amount(),
                    FuelSubsidyRules.codes("4"), FuelSubsidyRules.codes("1,2,3,4"), false, p.appliedOn())).isEmpty(),
                    "taken by the rules on the day it was applied for");
            FuelSubsidyCase c = (FuelSubsidyCase) p.build(program, p.owner().person(), TODAY).programCase();
            assertEquals(switch (p.outcome()) {
                case APPLIED -> c.state() == CaseState.SUBMITTED ? CaseState.SUBMITTED : CaseState.FIRST_REVIEWED;
                case APPROVED, PAID -> CaseState.APPROVED;
            }, c.state());
            assertEquals(p.outcome() == DemoFuelSubsidy.Outcome.PAID, c.paidOn() != null);
            if (c.paidOn() != null) {
                assertTrue(!c.paidOn().isAfter(TODAY) && c.paidOn().isAfter(p.appliedOn()));
                paidByYear.merge(c.paidOn().getYear(), 1, Integer::sum);
            }
        }
        assertEquals(DemoInstitutions.COUNTIES.keySet(), counties, "cases in every county");
        assertEquals(EnumSet.allOf(DemoFuelSubsidy.Outcome.class), outcomes, "applied, approved and paid");
        for (int year = DemoFuelSubsidy.FIRST_YEAR; year < TODAY.getYear(); year++) {
            assertTrue(paidByYear.getOrDefault(year, 0) > 0, "paid in " + year);
        }
    }

    @Test
    void theSameSeedPlansTheSameCases() {
        List<String> a = planner().plan(PEOPLE).stream().map(p -> p.plate() + p.appliedOn() + p.paidOn()).toList();
        List<String> b = planner().plan(PEOPLE).stream().map(p -> p.plate() + p.appliedOn() + p.paidOn()).toList();
        assertEquals(a, b);
    }
}
