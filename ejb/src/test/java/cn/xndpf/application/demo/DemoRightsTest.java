package cn.xndpf.application.demo;

import cn.xndpf.domain.culture.CultureEvent;
import cn.xndpf.domain.culture.CultureEventKind;
import cn.xndpf.domain.rights.DisputeFinding;
import cn.xndpf.domain.rights.DisputeRound;
import cn.xndpf.domain.rights.LegalMatter;
import cn.xndpf.domain.rights.LegalMatterKind;
import cn.xndpf.domain.rights.Petition;
import cn.xndpf.domain.rights.PetitionDeadlines;
import cn.xndpf.domain.rights.PetitionEvent;
import cn.xndpf.domain.rights.PetitionState;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySetting;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's rights and culture history, planned on the demo's own people with the stored petition deadlines. */
class DemoRightsTest {

    private static final long SEED = 20_260_101L;
    private static final LocalDate TODAY = PlatformClock.today();
    private static final List<DemoDataGenerator.DemoPerson> PEOPLE = new DemoDataGenerator(SEED).people(2000);
    private static final Map<String, List<PolicySetting>> SETTINGS = StoredSettings.of("V40__rights_petitions.sql",
            DemoRights.settingKeys());

    static DemoRights planner() {
        return new DemoRights(SEED, TODAY, SETTINGS, new DemoDataGenerator(SEED).staff());
    }

    private static String county(String division) {
        return division.substring(0, 6);
    }

    @Test
    void everyCountyHasPetitionsInEveryStateSomeOverdueAndTheClosedWithSatisfaction() {
        DemoRights.History h = planner().plan(PEOPLE);
        Map<String, Set<PetitionState>> states = new TreeMap<>();
        Map<String, Integer> overdue = new TreeMap<>();
        LocalDate first = planner().firstPetitionDay();
        for (Petition p : h.petitions()) {
            String c = county(p.division().value());
            states.computeIfAbsent(c, k -> EnumSet.noneOf(PetitionState.class)).add(p.state());
            assertFalse(p.receivedOn().isBefore(first), "received once the dated deadlines are in force");
            PetitionDeadlines dl = PetitionDeadlines.inForceOn(p.receivedOn(), (k, d) -> valueOn(k, d));
            assertEquals(dl.acceptBy(p.receivedOn()), p.acceptBy(), "deadlines of the day it was received");
            for (PetitionEvent e : p.timeline()) {
                assertFalse(e.day().isAfter(TODAY));
            }
            assertTrue(PEOPLE.stream().filter(d -> d.person().idNumber().equals(p.idNumber()))
                    .allMatch(d -> d.person().deathDate() == null || d.person().deathDate().isAfter(p.receivedOn())),
                    "brought by a living person");
            if (p.state() == PetitionState.CLOSED) {
                assertNotNull(p.satisfaction(), "closed with the petitioner's satisfaction");
            }
            if (DemoRights.overdue(p, TODAY)) {
                overdue.merge(c, 1, Integer::sum);
            }
        }
        for (String c : DemoInstitutions.COUNTIES.keySet()) {
            assertEquals(EnumSet.allOf(PetitionState.class), states.get(c), c + ": a petition in every state");
            assertTrue(overdue.getOrDefault(c, 0) >= 2, c + ": some overdue");
        }
        for (int year = first.getYear() + 1; year < TODAY.getYear(); year++) {
            int y = year;
            assertTrue(h.petitions().stream().filter(p -> p.receivedOn().getYear() == y)
                    .filter(p -> p.state() == PetitionState.CLOSED).count() >= 7, "closed petitions of " + year);
        }
    }

    @Test
    void legalMattersOfEveryYearWithTheirKindsOutcomesAndDisputeRoundsResolvedAndOpen() {
        DemoRights.History h = planner().plan(PEOPLE);
        for (int year = DemoRights.FIRST_YEAR; year <= TODAY.getYear(); year++) {
            for (LegalMatterKind kind : LegalMatterKind.values()) {
                int y = year;
                List<LegalMatter> of = h.legalMatters().stream()
                        .filter(m -> m.kind() == kind && m.openedOn().getYear() == y).toList();
                assertTrue(of.size() >= 7, kind + " " + year);
                of.stream().filter(m -> m.outcome() != null)
                        .forEach(m -> assertTrue(kind.outcomes().contains(m.outcome())));
            }
        }
        assertTrue(h.legalMatters().stream().anyMatch(m -> m.kind() == LegalMatterKind.LEGAL_AID && m.outcome() == null)
                || TODAY.getMonthValue() < 3, "legal-aid cases still open");
        Set<String> counties = new java.util.TreeSet<>();
        int resolved = 0;
        int open = 0;
        for (DisputeRound r : h.rounds()) {
            counties.add(county(r.division().value()));
            assertFalse(r.findings().isEmpty());
            for (DisputeFinding f : r.findings()) {
                if (f.resolvedOn() == null) {
                    open++;
                } else {
                    resolved++;
                    assertFalse(f.resolvedOn().isBefore(r.screenedOn()) || f.resolvedOn().isAfter(TODAY));
                }
            }
        }
        assertEquals(DemoInstitutions.COUNTIES.keySet(), counties);
        assertTrue(resolved > open && open > 0, resolved + " resolved, " + open + " open");
    }

    @Test
    void cultureEventsOfEveryYearInEveryCountyNoneInTheFuture() {
        DemoRights.History h = planner().plan(PEOPLE);
        Map<String, Set<Integer>> years = new TreeMap<>();
        for (CultureEvent e : h.events()) {
            years.computeIfAbsent(county(e.division().value()), k -> new java.util.TreeSet<>()).add(e.heldOn().getYear());
            assertFalse(e.heldOn().isAfter(TODAY));
            assertTrue(e.participantCount() > 0);
        }
        for (String c : DemoInstitutions.COUNTIES.keySet()) {
            assertEquals(TODAY.getYear() - DemoRights.FIRST_YEAR + 1, years.get(c).size(), c + ": events every year");
        }
        assertTrue(h.events().stream().anyMatch(e -> e.kind() == CultureEventKind.HELP_DAY
                && e.heldOn().getDayOfWeek() == java.time.DayOfWeek.SUNDAY && e.heldOn().getDayOfMonth() > 14));
    }

    @Test
    void theSameSeedPlansTheSameHistory() {
        DemoRights.History a = planner().plan(PEOPLE);
        DemoRights.History b = planner().plan(PEOPLE);
        Function<DemoRights.History, List<String>> shape = h -> java.util.stream.Stream.concat(
                h.petitions().stream().map(p -> p.receivedOn() + p.state().name() + p.idNumber().value()),
                h.events().stream().map(e -> e.heldOn() + e.title())).toList();
        assertEquals(shape.apply(a), shape.apply(b));
    }

    private static String valueOn(String key, LocalDate day) {
        return cn.xndpf.domain.shared.InForce.on(SETTINGS.getOrDefault(key, List.of()), PolicySetting::validFrom, day)
                .map(PolicySetting::value).orElse(null);
    }
}
