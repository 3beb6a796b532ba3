package cn.xndpf.application.demo;

import cn.xndpf.domain.employment.PlacementKind;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySetting;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's employment services, planned on the demo's own people and employers with the stored settings (V36 for
 * the employers' plan, V67 for the sheltered subsidy's rate): every county and every state a screen shows, and the
 * rules the services enforce.
 */
class DemoEmploymentServicesTest {

    private static final long SEED = 20_260_101L;
    private static final LocalDate TODAY = PlatformClock.today();
    private static final List<DemoDataGenerator.DemoPerson> PEOPLE = new DemoDataGenerator(SEED).people(2000);
    private static final Map<String, List<PolicySetting>> SETTINGS = StoredSettings.of(
            "V67__employment_sheltered.sql", DemoEmploymentServices.settingKeys());
    private static final List<DemoEmployment.Employer> EMPLOYERS = new DemoEmployment(SEED, TODAY,
            StoredSettings.of("V36__employment_quota_and_fund.sql", DemoEmployment.settingKeys()),
            new DemoDataGenerator(SEED).staff()).plan(PEOPLE).employers();

    private static DemoEmploymentServices.History plan() {
        return new DemoEmploymentServices(SEED, TODAY, SETTINGS, new DemoDataGenerator(SEED).staff())
                .plan(PEOPLE, EMPLOYERS);
    }

    private static String county(DemoDataGenerator.DemoPerson d) {
        return d.person().division().county().value();
    }

    @Test
    void theSamePeopleAndSeedPlanTheSameHistory() {
        DemoEmploymentServices.History a = plan();
        DemoEmploymentServices.History b = plan();
        assertEquals(a.courses(), b.courses());
        assertEquals(a.placements(), b.placements());
        assertEquals(a.workers(), b.workers());
        assertEquals(a.subsidies(), b.subsidies());
    }

    @Test
    void coursesRunAndFinishedInEveryCountyEnrolLivingHoldersOfTheCountyOnceAndCompleteWithinTheCourse() {
        DemoEmploymentServices.History h = plan();
        Set<String> running = new HashSet<>();
        Set<String> finished = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        for (DemoEmploymentServices.Course c : h.courses()) {
            assertFalse(c.endsOn().isBefore(c.startsOn()));
            assertFalse(c.startsOn().isAfter(TODAY), "a course begun");
            assertTrue(c.cost().signum() > 0 && c.cost().scale() == 2);
            years.add(c.startsOn().getYear());
            Set<DemoDataGenerator.DemoPerson> once = new HashSet<>();
            for (DemoEmploymentServices.Trainee t : c.trainees()) {
                assertTrue(once.add(t.person()), "a person attends a course once");
                assertEquals(c.county(), county(t.person()), "a person of the course's county");
                assertTrue(DemoEmploymentServices.workingHolder(t.person(), t.enrolledOn()),
                        "alive with a valid certificate when enrolled");
                assertFalse(t.enrolledOn().isAfter(TODAY));
                if (t.completedOn() != null) {
                    assertFalse(t.completedOn().isBefore(c.startsOn()) || t.completedOn().isAfter(c.endsOn())
                            || t.completedOn().isAfter(TODAY), "completed within the course, not in the future");
                }
            }
            if (c.endsOn().isAfter(TODAY)) {
                running.add(c.county());
                assertTrue(c.trainees().stream().allMatch(t -> t.completedOn() == null), "nobody completed yet");
            } else if (c.trainees().stream().anyMatch(t -> t.completedOn() != null)) {
                finished.add(c.county());
            }
        }
        assertEquals(DemoInstitutions.COUNTIES.keySet(), running, "a course running in every county");
        assertEquals(DemoInstitutions.COUNTIES.keySet(), finished, "a finished course with completions in every county");
        assertEquals(TODAY.getYear() - DemoEmploymentServices.FIRST_YEAR + 1, years.size(), "courses every year");
    }

    @Test
    void fairsNameTheCountysEmployersAndItsPeopleOnceEach() {
        DemoEmploymentServices.History h = plan();
        Set<String> counties = new HashSet<>();
        for (DemoEmploymentServices.Fair f : h.fairs()) {
            counties.add(f.county());
            assertFalse(f.heldOn().isAfter(TODAY));
            assertFalse(f.employers().isEmpty(), "at least one employer");
            assertEquals(f.employers().size(), new HashSet<>(f.employers()).size());
            f.employers().forEach(e -> assertEquals(f.county(), EMPLOYERS.get(e).county(), "the county's employer"));
            assertEquals(f.seekers().size(), new HashSet<>(f.seekers()).size(), "a seeker once");
            f.seekers().forEach(d -> assertEquals(f.county(), county(d)));
            assertTrue(f.otherSeekers() >= 0 && f.jobsOffered() >= 0);
        }
        assertEquals(DemoInstitutions.COUNTIES.keySet(), counties);
    }

    @Test
    void placementsOfEveryKindOpenAndEndedNeverTwoOpenOfAPersonAndKind() {
        DemoEmploymentServices.History h = plan();
        Set<String> open = new HashSet<>();
        Set<String> ended = new HashSet<>();
        Set<PlacementKind> kinds = EnumSet.noneOf(PlacementKind.class);
        Map<String, List<DemoEmploymentServices.Placement>> byPersonAndKind = new HashMap<>();
        for (DemoEmploymentServices.Placement p : h.placements()) {
            kinds.add(p.kind());
            String county = county(p.person());
            assertEquals(p.person().person().division().value(), p.division(), "the person's division when placed");
            assertTrue(DemoEmploymentServices.workingHolder(p.person(), p.startedOn()), "a living holder when placed");
            assertFalse(p.startedOn().isAfter(TODAY));
            if (p.kind().needsEmployer()) {
                assertNotNull(p.employer(), p.kind() + " names its employer");
            }
            if (p.employer() != null) {
                assertEquals(county, EMPLOYERS.get(p.employer()).county());
            }
            if (p.endedOn() == null) {
                open.add(county);
                assertTrue(DemoEmploymentServices.alive(p.person(), TODAY), "nobody dead holds an open placement");
            } else {
                ended.add(county);
                assertFalse(p.endedOn().isBefore(p.startedOn()) || p.endedOn().isAfter(TODAY));
            }
            byPersonAndKind.computeIfAbsent(p.person().person().idNumber().value() + ":" + p.kind(),
                    k -> new ArrayList<>()).add(p);
        }
        for (List<DemoEmploymentServices.Placement> same : byPersonAndKind.values()) {
            assertTrue(same.stream().filter(p -> p.endedOn() == null).count() <= 1, "one open placement per person and kind");
        }
        assertEquals(EnumSet.allOf(PlacementKind.class), kinds, "every kind");
        assertEquals(DemoInstitutions.COUNTIES.keySet(), open, "an open placement in every county");
        assertEquals(DemoInstitutions.COUNTIES.keySet(), ended, "an ended placement in every county");
    }

    @Test
    void shelteredWorkersAreAtOneInstitutionAtATimeAndEachMonthIsPaidOnceForThoseOfItAtItsFirstDaysRate() {
        DemoEmploymentServices.History h = plan();
        Set<String> present = new HashSet<>();
        Set<String> left = new HashSet<>();
        Map<DemoDataGenerator.DemoPerson, List<DemoEmploymentServices.Worker>> byPerson = new HashMap<>();
        for (DemoEmploymentServices.Worker w : h.workers()) {
            assertEquals(w.county(), county(w.person()));
            assertTrue(DemoEmploymentServices.workingHolder(w.person(), w.from()), "a living holder when joining");
            assertTrue(w.to() == null || !w.to().isBefore(w.from()));
            if (w.to() == null || !w.to().isBefore(TODAY)) {
                present.add(w.county());
            } else {
                left.add(w.county());
            }
            byPerson.computeIfAbsent(w.person(), k -> new ArrayList<>()).add(w);
        }
        for (List<DemoEmploymentServices.Worker> periods : byPerson.values()) {
            for (int i = 0; i < periods.size(); i++) {
                for (int j = i + 1; j < periods.size(); j++) {
                    DemoEmploymentServices.Worker a = periods.get(i);
                    DemoEmploymentServices.Worker b = periods.get(j);
                    boolean meet = (a.to() == null || !a.to().isBefore(b.from()))
                            && (b.to() == null || !b.to().isBefore(a.from()));
                    assertFalse(meet, "one sheltered institution at a time");
                }
            }
        }
        assertEquals(DemoInstitutions.COUNTIES.keySet(), present, "a worker present in every county");
        assertEquals(DemoInstitutions.COUNTIES.keySet(), left, "a worker who left in every county");

        Set<String> monthOnce = new HashSet<>();
        BigDecimal rate = new BigDecimal("300.00");
        for (DemoEmploymentServices.Subsidy s : h.subsidies()) {
            assertTrue(monthOnce.add(s.county() + "/" + s.month()), "once per institution and month");
            assertTrue(s.month().isBefore(YearMonth.from(TODAY)), "a month that is over");
            assertEquals(0, rate.compareTo(s.rate()), "V67's rate of the month's first day");
            assertFalse(s.workers().isEmpty());
            Set<Integer> expected = new HashSet<>();
            for (int i = 0; i < h.workers().size(); i++) {
                DemoEmploymentServices.Worker w = h.workers().get(i);
                if (w.county().equals(s.county()) && !w.from().isAfter(s.month().atEndOfMonth())
                        && (w.to() == null || !w.to().isBefore(s.month().atDay(1)))) {
                    expected.add(i);
                }
            }
            assertEquals(expected, new HashSet<>(s.workers()), "the workers present in the month, each once");
            assertEquals(0, rate.multiply(BigDecimal.valueOf(expected.size())).compareTo(s.amount()));
            assertFalse(s.paidOn().isAfter(TODAY) || s.paidOn().isBefore(s.month().plusMonths(1).atDay(1)));
        }
        Set<String> paidLastMonth = new HashSet<>();
        h.subsidies().stream().filter(s -> s.month().equals(YearMonth.from(TODAY).minusMonths(1)))
                .forEach(s -> paidLastMonth.add(s.county()));
        assertEquals(DemoInstitutions.COUNTIES.keySet(), paidLastMonth, "last month paid in every county");
    }

    @Test
    void basesInEveryCountyWithTheThreeHeritageCraftsNamesUniqueInTheirDivision() {
        DemoEmploymentServices.History h = plan();
        Set<String> counties = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        for (DemoEmploymentServices.Base b : h.bases()) {
            counties.add(b.county());
            kinds.add(b.kindCode());
            assertTrue(names.add(b.division() + "/" + b.name()), "one base of a name per division");
            assertFalse(b.recognisedOn().isAfter(TODAY));
            assertTrue(b.employed() >= 0);
        }
        assertEquals(DemoInstitutions.COUNTIES.keySet(), counties);
        assertTrue(kinds.containsAll(Set.of("HERITAGE_QIASI", "HERITAGE_DUIXIU", "HERITAGE_PIXIU", "EMPLOYMENT",
                "ENTREPRENEURSHIP")), "the three crafts and both other kinds: " + kinds);
    }
}
