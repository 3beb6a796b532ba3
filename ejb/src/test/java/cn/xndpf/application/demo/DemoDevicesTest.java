package cn.xndpf.application.demo;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.institution.Institution;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.rehabilitation.AssistiveDevice;
import cn.xndpf.domain.rehabilitation.DeviceCase;
import cn.xndpf.domain.rehabilitation.DeviceRules;
import cn.xndpf.domain.rehabilitation.SupplyKind;
import cn.xndpf.domain.shared.DatedPeriod;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.workflow.BenefitKind;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ReviewStage;
import cn.xndpf.domain.workflow.SubjectKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's assistive-device cases, planned on the demo's own people (the run command's seed). */
class DemoDevicesTest {

    private static final long SEED = 20_260_101L;
    private static final LocalDate TODAY = PlatformClock.today();
    private static final List<DemoDataGenerator.DemoPerson> PEOPLE = new DemoDataGenerator(SEED).people(2000);
    private static final DatedPeriod SINCE = DatedPeriod.from(LocalDate.of(2016, 1, 1));
    private static final List<AssistiveDevice> CATALOGUE = List.of(
            new AssistiveDevice("WC-01", "普通轮椅", "Manual wheelchair", SupplyKind.GIVEN, new BigDecimal("800.00"), SINCE),
            new AssistiveDevice("CR-01", "腋拐", "Crutches", SupplyKind.GIVEN, new BigDecimal("120.00"), SINCE),
            new AssistiveDevice("HA-01", "助听器", "Hearing aid", SupplyKind.GIVEN, new BigDecimal("2000.00"), SINCE),
            new AssistiveDevice("NB-01", "护理床", "Nursing bed", SupplyKind.LENT, new BigDecimal("1500.00"), SINCE),
            new AssistiveDevice("WK-01", "助行器", "Walking frame", SupplyKind.LENT, new BigDecimal("300.00"), SINCE));

    static DemoDevices planner() {
        List<ReviewStage> stages = List.of(
                new ReviewStage(1420, "ASSISTIVE_DEVICE", 1, "FIRST_REVIEW", "初审", "First review", "TOWNSHIP_CLERK",
                        DivisionLevel.TOWNSHIP, 10, true, SINCE),
                new ReviewStage(1421, "ASSISTIVE_DEVICE", 2, "ASSESSMENT", "适配评估", "Fitting assessment",
                        "DISTRICT_STAFF", DivisionLevel.COUNTY, 10, true, SINCE));
        Map<String, Map<String, Integer>> stock = new LinkedHashMap<>();
        DemoInstitutions.COUNTIES.keySet().forEach(c -> stock.put(c, DemoInstitutions.DEVICE_STOCK));
        return new DemoDevices(SEED, TODAY, stages, CATALOGUE, stock, new DemoDataGenerator(SEED).staff());
    }

    @Test
    void everyCountyHasACaseInEveryStateAndTheStockNeverGoesBelowZero() {
        List<DemoDevices.Plan> plans = planner().plan(PEOPLE);
        Program program = new Program("ASSISTIVE_DEVICE", "辅助器具适配", "Assistive devices", "FJ", SubjectKind.PERSON,
                BenefitKind.ITEM);
        Map<String, Set<DemoDevices.Outcome>> outcomes = new TreeMap<>();
        Map<String, List<long[]>> movements = new TreeMap<>();
        Set<Integer> issueYears = new HashSet<>();
        Set<Object> applicants = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (DemoDevices.Plan p : plans) {
            assertTrue(applicants.add(p.person()), "one case a person: no second open case for a device");
            outcomes.computeIfAbsent(p.county(), k -> EnumSet.noneOf(DemoDevices.Outcome.class)).add(p.outcome());
            assertTrue(!p.appliedOn().isBefore(DemoDevices.FIRST_DAY) && !p.appliedOn().isAfter(TODAY));
            assertTrue(DeviceRules.applicationRefusals(p.person().person(),
                    DemoSubsidyCases.validOn(p.person(), p.appliedOn()), p.device(), false, p.appliedOn()).isEmpty(),
                    "taken by the rules on the day it was applied for");
            assertTrue(p.steps().stream().allMatch(s -> !s.day().isBefore(p.appliedOn()) && !s.day().isAfter(TODAY)));
            Institution point = new Institution("演示康复中心", InstitutionKind.REHABILITATION, "演示",
                    EnumSet.of(ServiceKind.REHABILITATION_TRAINING, ServiceKind.DEVICE_FITTING), 300,
                    DivisionCode.of(p.county()), DatedPeriod.from(DemoInstitutions.QUALIFIED_FROM));
            DeviceCase c = (DeviceCase) p.build(program, p.person().person(), p.device(), point).programCase();
            assertEquals(switch (p.outcome()) {
                case SUBMITTED -> CaseState.SUBMITTED;
                case FIRST_REVIEWED -> CaseState.FIRST_REVIEWED;
                case ASSESSED -> CaseState.APPROVED;
                case REFUSED -> CaseState.REJECTED;
                case GIVEN, GIVEN_NOT_FITTED, LENT -> CaseState.ACTIVE;
                case RETURNED -> CaseState.TERMINATED;
            }, c.state(), p.outcome().toString());
            assertEquals(p.issuedOn(), c.issuedOn());
            if (c.issuedOn() == null) {
                assertNull(c.institution());
                assertNull(c.fittedOn());
            } else {
                issueYears.add(c.issuedOn().getYear());
                movements.computeIfAbsent(p.county() + "/" + p.device().code(), k -> new ArrayList<>())
                        .add(new long[]{c.issuedOn().toEpochDay(), -1});
                assertTrue(c.issuedOn().isBefore(TODAY));
                assertEquals(p.outcome() == DemoDevices.Outcome.GIVEN_NOT_FITTED, c.fittedOn() == null);
                assertTrue(c.fittedOn() == null || !c.fittedOn().isBefore(c.issuedOn()) && c.fittedOn().isBefore(TODAY));
            }
            assertEquals(p.outcome() == DemoDevices.Outcome.RETURNED, c.returnedOn() != null);
            if (c.returnedOn() != null) {
                assertEquals(SupplyKind.LENT, p.device().supply(), "only a lent item comes back");
                assertTrue(c.returnedOn().isAfter(c.issuedOn()) && c.returnedOn().isBefore(TODAY));
                movements.get(p.county() + "/" + p.device().code()).add(new long[]{c.returnedOn().toEpochDay(), 1});
            }
            if (p.outcome() == DemoDevices.Outcome.LENT) {
                assertEquals(SupplyKind.LENT, p.device().supply());
            }
        }
        assertEquals(DemoInstitutions.COUNTIES.keySet(), outcomes.keySet(), "cases in every county");
        outcomes.forEach((county, seen) -> assertEquals(EnumSet.allOf(DemoDevices.Outcome.class), seen,
                "every state in " + county));
        for (int year = DemoDevices.FIRST_DAY.getYear(); year < TODAY.getYear(); year++) {
            assertTrue(issueYears.contains(year), "items issued in " + year);
        }
        // day by day, items out before any back on the same day: never below zero, and what is left at the end
        // is the first stock less what went out plus what came back
        Map<String, Map<String, Integer>> changes = DemoDevices.stockChanges(plans);
        movements.forEach((key, moves) -> {
            moves.sort(java.util.Comparator.<long[]>comparingLong(m -> m[0]).thenComparingLong(m -> m[1]));
            String[] cc = key.split("/");
            int onHand = DemoInstitutions.DEVICE_STOCK.get(cc[1]);
            for (long[] m : moves) {
                onHand += (int) m[1];
                assertTrue(onHand >= 0, key + " below zero on " + LocalDate.ofEpochDay(m[0]));
            }
            assertEquals(onHand - DemoInstitutions.DEVICE_STOCK.get(cc[1]), changes.get(cc[0]).get(cc[1]), key);
        });
        assertNotNull(changes);
        assertEquals(plans.stream().map(p -> p.appliedOn() + "/" + p.device().code() + "/" + p.outcome()).toList(),
                planner().plan(PEOPLE).stream().map(p -> p.appliedOn() + "/" + p.device().code() + "/" + p.outcome())
                        .toList(), "the same seed, the same cases");
    }

    @Test
    void aPointWithLittleStockIssuesNoMoreThanItHolds() {
        Map<String, Map<String, Integer>> scarce = new LinkedHashMap<>();
        DemoInstitutions.COUNTIES.keySet().forEach(c -> scarce.put(c, Map.of("WC-01", 1, "CR-01", 1, "HA-01", 1,
                "NB-01", 1, "WK-01", 1)));
        DemoDevices tight = new DemoDevices(SEED, TODAY, List.of(
                new ReviewStage(1420, "ASSISTIVE_DEVICE", 1, "FIRST_REVIEW", "初审", "First review", "TOWNSHIP_CLERK",
                        DivisionLevel.TOWNSHIP, 10, true, SINCE),
                new ReviewStage(1421, "ASSISTIVE_DEVICE", 2, "ASSESSMENT", "适配评估", "Fitting assessment",
                        "DISTRICT_STAFF", DivisionLevel.COUNTY, 10, true, SINCE)), CATALOGUE, scarce,
                new DemoDataGenerator(SEED).staff());
        List<DemoDevices.Plan> plans = tight.plan(new DemoDataGenerator(SEED).people(4000));
        DemoDevices.stockChanges(plans).forEach((county, byCode) -> byCode.forEach((code, change) ->
                assertTrue(1 + change >= 0, county + "/" + code + ": " + change)));
        assertTrue(plans.stream().anyMatch(p -> p.issuedOn() != null), "the one item of each still goes out");
    }
}
