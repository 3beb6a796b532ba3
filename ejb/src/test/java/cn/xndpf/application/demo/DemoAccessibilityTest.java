package cn.xndpf.application.demo;

import cn.xndpf.domain.accessibility.AccessibleFacility;
import cn.xndpf.domain.accessibility.FacilityInspection;
import cn.xndpf.domain.accessibility.FacilityKind;
import cn.xndpf.domain.accessibility.HomeModificationCase;
import cn.xndpf.domain.accessibility.HomeModificationStage;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.shared.DatedPeriod;
import cn.xndpf.domain.shared.InForce;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySetting;
import cn.xndpf.domain.workflow.BenefitKind;
import cn.xndpf.domain.workflow.CaseEvent;
import cn.xndpf.domain.workflow.CaseEventType;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ReviewStage;
import cn.xndpf.domain.workflow.SubjectKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's accessibility history, planned on FirstStartIT's 400 demo people with the stored settings and built by
 * the domain's own steps (a plan the entity refuses throws here).
 */
class DemoAccessibilityTest {

    private static final long SEED = 20_260_101L;
    private static final LocalDate TODAY = PlatformClock.today();
    private static final List<DemoDataGenerator.DemoPerson> PEOPLE = new DemoDataGenerator(SEED).people(400);
    private static final Map<String, List<PolicySetting>> SETTINGS = StoredSettings.of(
            "V56__accessibility_home_modification.sql", DemoAccessibility.settingKeys());
    private static final DatedPeriod SINCE = DatedPeriod.from(LocalDate.of(2016, 1, 1));
    private static final Program PROGRAM = new Program("HOME_MODIFICATION", "家庭无障碍改造",
            "Home accessibility modification", "WZ", SubjectKind.HOUSEHOLD, BenefitKind.WORKS);

    private static DemoAccessibility planner() {
        List<ReviewStage> stages = List.of(
                new ReviewStage(1800, "HOME_MODIFICATION", 1, "FIRST_REVIEW", "初审", "First review", "TOWNSHIP_CLERK",
                        DivisionLevel.TOWNSHIP, 10, true, SINCE),
                new ReviewStage(1801, "HOME_MODIFICATION", 2, "APPROVAL", "审批", "Approval", "DISTRICT_STAFF",
                        DivisionLevel.COUNTY, 10, true, SINCE));
        return new DemoAccessibility(SEED, TODAY, stages, SETTINGS, new DemoDataGenerator(SEED).staff());
    }

    @Test
    void everyCountyHasModificationsInEveryStateOfPoorHouseholdsAtTheCapOfTheirDay() {
        DemoAccessibility planner = planner();
        DemoAccessibility.History h = planner.plan(PEOPLE);
        Map<String, Set<String>> states = new TreeMap<>();
        Set<Household> households = Collections.newSetFromMap(new IdentityHashMap<>());
        for (DemoAccessibility.Plan p : h.homes()) {
            assertTrue(households.add(p.applicant().household()), "one modification a household");
            assertTrue(planner.eligible(p.applicant(), p.appliedOn()), "a poor household's holder on the day");
            BigDecimal cap = new BigDecimal(InForce.on(SETTINGS.get(DemoAccessibility.COST_CAP), PolicySetting::validFrom,
                    p.appliedOn()).orElseThrow().value());
            assertEquals(0, cap.compareTo(p.costCap()), "the cap in force on the application day");
            HomeModificationCase c = (HomeModificationCase) p.build(PROGRAM, p.applicant().person(),
                    p.applicant().household(), TODAY).programCase();
            String state = switch (c.state()) {
                case SUBMITTED -> "APPLIED";
                case REJECTED -> "REFUSED";
                default -> c.stage().name();
            };
            assertEquals(p.outcome().name(), state, "built to its planned state");
            if (c.stage() == HomeModificationStage.PAID) {
                assertEquals(CaseState.TERMINATED, c.state(), "ended once the contractor is paid");
                assertTrue(c.paidAmount().compareTo(c.costCap()) <= 0);
            }
            if (c.stage() == HomeModificationStage.WORKS) {
                assertEquals(CaseState.ACTIVE, c.state(), "the works under way");
            }
            states.computeIfAbsent(p.county(), k -> new java.util.TreeSet<>()).add(state);
        }
        Set<String> every = new java.util.TreeSet<>();
        for (DemoAccessibility.Outcome o : DemoAccessibility.Outcome.values()) {
            every.add(o.name());
        }
        for (String county : DemoInstitutions.COUNTIES.keySet()) {
            assertEquals(every, states.get(county), county + ": a modification in every state");
        }
        for (int year = DemoAccessibility.FIRST_YEAR; year < TODAY.getYear(); year++) {
            int y = year;
            assertTrue(h.homes().stream().anyMatch(p -> p.works() != null && p.works().paidOn() != null
                    && p.works().paidOn().getYear() == y), "contractors paid in " + year);
        }
    }

    @Test
    void eachStepIsOnTheTimelineOnItsDayNoneInTheFuture() {
        for (DemoAccessibility.Plan p : planner().plan(PEOPLE).homes()) {
            DemoRehabilitation.Built b = p.build(PROGRAM, p.applicant().person(), p.applicant().household(), TODAY);
            List<CaseEvent> events = b.programCase().events();
            assertEquals(events.size(), b.eventTimes().size(), "a time for every event");
            for (int i = 1; i < b.eventTimes().size(); i++) {
                assertTrue(b.eventTimes().get(i).isAfter(b.eventTimes().get(i - 1)), "in order");
            }
            Instant end = TODAY.plusDays(1).atStartOfDay(PlatformClock.ZONE).toInstant();
            assertTrue(b.eventTimes().get(b.eventTimes().size() - 1).isBefore(end), "none in the future");
            long steps = events.stream().filter(e -> e.type() == CaseEventType.PROGRAM_STEP).count();
            int expected = p.works() == null ? 0 : (p.works().surveyDay() == null ? 0 : 1)
                    + (p.works().worksStart() == null ? 0 : 1) + (p.works().failedAcceptance() == null ? 0 : 1)
                    + (p.works().acceptance() == null ? 0 : 1) + (p.works().paidOn() == null ? 0 : 1);
            assertEquals(expected, steps, "each of the program's steps a 办理 step");
        }
    }

    @Test
    void everyCountyKeepsAnInventoryOfEveryKindWithInspectionsSomeFixedSomeOpen() {
        DemoAccessibility.History h = planner().plan(PEOPLE);
        Map<String, Set<FacilityKind>> kinds = new TreeMap<>();
        Set<String> entries = new java.util.HashSet<>();
        int fixed = 0;
        int open = 0;
        int revised = 0;
        long id = 1;
        for (DemoAccessibility.Facility f : h.facilities()) {
            AccessibleFacility e = f.build(TODAY);
            assertEquals(f.name(), e.name(), "the entry as planned, its first count valid");
            assertTrue(entries.add(f.division() + f.kind() + f.name()), "one entry a division, kind and name");
            assertFalse(f.recordedOn().isAfter(TODAY));
            for (int c = 1; c < f.counts().size(); c++) {
                assertTrue(f.counts().get(c).day().isAfter(f.counts().get(c - 1).day())
                        && !f.counts().get(c).day().isAfter(TODAY), "revisions later, none in the future");
                revised++;
            }
            kinds.computeIfAbsent(f.division().substring(0, 6), k -> EnumSet.noneOf(FacilityKind.class)).add(f.kind());
            for (DemoAccessibility.Inspection i : f.inspections()) {
                FacilityInspection x = i.build(id++, TODAY, f.actor());
                assertFalse(i.day().isBefore(f.recordedOn()) || i.day().isAfter(TODAY));
                if (i.fixedAtOnce() || i.fixedOn() != null) {
                    fixed++;
                } else {
                    open++;
                }
                assertTrue(x != null);
            }
        }
        for (String county : DemoInstitutions.COUNTIES.keySet()) {
            assertEquals(EnumSet.allOf(FacilityKind.class), kinds.get(county), county + ": every kind");
        }
        assertTrue(h.facilities().stream().anyMatch(f -> f.recordedOn().getYear() >= 2023), "entries added lately");
        assertTrue(fixed > open && open > 0, fixed + " fixed, " + open + " open");
        assertTrue(revised > 0, "some counts revised over the years");
    }
}
