package cn.xndpf.application.demo;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.poverty.MutualAidPayment;
import cn.xndpf.domain.poverty.MutualAidPilot;
import cn.xndpf.domain.poverty.PovertyMeasure;
import cn.xndpf.domain.poverty.PovertyMonitoring;
import cn.xndpf.domain.poverty.PovertyStatus;
import cn.xndpf.domain.poverty.PovertyStatusChange;
import cn.xndpf.domain.shared.DatedPeriod;
import cn.xndpf.domain.shared.PlatformClock;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's poverty-relief history, planned on FirstStartIT's 400 demo people and built by the domain's own rules
 * (a plan the rules refuse throws here).
 */
class DemoPovertyTest {

    private static final long SEED = 20_260_101L;
    private static final LocalDate TODAY = PlatformClock.today();
    private static final List<DemoDataGenerator.DemoPerson> PEOPLE = new DemoDataGenerator(SEED).people(400);

    private static DemoPoverty.History plan() {
        return new DemoPoverty(SEED, TODAY, new DemoDataGenerator(SEED).staff()).plan(PEOPLE);
    }

    @Test
    void everyCountyHasHouseholdsPoorLiftedAndPoorAgainEachChangeAllowedByTheRules() {
        DemoPoverty.History h = plan();
        Map<String, Set<String>> shapes = new TreeMap<>();
        Set<Household> once = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        long id = 1;
        for (DemoPoverty.HouseholdPlan p : h.households()) {
            assertTrue(once.add(p.household()), "a household planned once");
            List<PovertyStatusChange> rows = p.statuses(id++);
            assertEquals(PovertyStatus.POOR, rows.get(0).status());
            rows.forEach(r -> assertFalse(r.effectiveOn().isAfter(TODAY)));
            String shape = rows.stream().map(r -> r.status().name()).reduce((a, b) -> a + ">" + b).orElseThrow();
            shapes.computeIfAbsent(p.household().division().county().value(), k -> new TreeSet<>()).add(shape);
        }
        for (String county : DemoInstitutions.COUNTIES.keySet()) {
            Set<String> s = shapes.get(county);
            assertNotNull(s, county + ": poor households");
            assertTrue(s.contains("POOR"), county + ": a household poor now");
            assertTrue(s.contains("POOR>LIFTED"), county + ": lifted out of poverty");
            assertTrue(s.stream().anyMatch(x -> x.startsWith("POOR>LIFTED>POOR")), county + ": poor again");
        }
        assertTrue(h.households().stream().anyMatch(p -> p.changes().size() == 4), "lifted again after poor again");
    }

    @Test
    void monitoredAfterBeingLiftedWithRisksAndMeasuresSomeRemovedSomeOpen() {
        DemoPoverty.History h = plan();
        int removed = 0;
        int open = 0;
        Set<String> counties = new TreeSet<>();
        for (DemoPoverty.HouseholdPlan p : h.households()) {
            PovertyMonitoring m = p.monitoring(7, TODAY);
            if (m == null) {
                continue;
            }
            counties.add(p.household().division().county().value());
            LocalDate lifted = p.changes().stream().filter(c -> c.status() == PovertyStatus.LIFTED)
                    .map(DemoPoverty.Change::day).findFirst().orElseThrow();
            assertTrue(m.startedOn().isAfter(lifted), "monitored after being lifted");
            assertFalse(m.risks().isEmpty());
            if (m.isOpen()) {
                open++;
            } else {
                removed++;
                assertFalse(m.measures().isEmpty(), "a risk removed after measures");
                for (PovertyMeasure x : m.measures()) {
                    assertFalse(m.riskRemovedOn().isBefore(x.takenOn()));
                }
            }
        }
        assertEquals(DemoInstitutions.COUNTIES.keySet(), counties, "monitored households in every county");
        assertTrue(removed > 0 && open > 0, removed + " removed, " + open + " open");
    }

    @Test
    void mutualAidOnlyInThePilotsAfterTheSeedYearsEachMonthOnceAtThePilotsAmount() {
        DemoPoverty.History h = plan();
        Map<String, MutualAidPilot> pilots = Map.of(
                "630121", new MutualAidPilot(DivisionCode.of("630121"), "大通县邻里互助试点",
                        DatedPeriod.from(LocalDate.of(2021, 1, 1)), new BigDecimal("200.00")),
                "630106", new MutualAidPilot(DivisionCode.of("630106"), "湟中区邻里互助试点",
                        DatedPeriod.from(LocalDate.of(2021, 1, 1)), new BigDecimal("200.00")));
        Set<String> months = new HashSet<>();
        Map<String, Integer> byCounty = new TreeMap<>();
        long id = 1;
        for (DemoPoverty.Payment p : h.payments()) {
            MutualAidPayment paid = p.build(pilots.get(p.county()), id++);
            assertEquals(0, new BigDecimal("200.00").compareTo(paid.amount()));
            assertFalse(p.month().isBefore(YearMonth.of(2023, 1)), "none in the seed report's 2018-2022");
            assertTrue(p.month().isBefore(YearMonth.from(TODAY)), "up to last month");
            assertFalse(paid.paidOn().isAfter(TODAY) || paid.paidOn().isBefore(p.month().atEndOfMonth()),
                    "paid after its month, not in the future");
            assertTrue(months.add(p.helper().value() + p.household().householdNumber() + p.month()),
                    "once per helper, household and month");
            assertTrue(PEOPLE.stream().filter(d -> d.household() == p.household())
                    .noneMatch(d -> d.person().idNumber().equals(p.helper())), "the helper is not of the household");
            byCounty.merge(p.county(), 1, Integer::sum);
        }
        assertEquals(Set.of("630121", "630106"), byCounty.keySet(), "paid in both pilots only");
        assertTrue(h.payments().stream().map(DemoPoverty.Payment::month).distinct().count() > 12,
                "over more than a year");
    }

    @Test
    void theSameSeedPlansTheSameHistory() {
        List<String> a = plan().households().stream().map(p -> p.household().householdNumber() + p.changes()).toList();
        List<String> b = plan().households().stream().map(p -> p.household().householdNumber() + p.changes()).toList();
        assertEquals(a, b);
    }
}
