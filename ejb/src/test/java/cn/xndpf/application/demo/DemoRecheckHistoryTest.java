package cn.xndpf.application.demo;

import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.subsidy.RecheckReason;
import cn.xndpf.domain.subsidy.RecheckResolution;
import cn.xndpf.domain.subsidy.SubsidyCase;
import cn.xndpf.domain.workflow.BenefitKind;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.SubjectKind;
import cn.xndpf.domain.subsidy.SubsidyType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's past annual re-checks, planned on the demo's own people and cases (the run command's seed). */
class DemoRecheckHistoryTest {

    private static final long SEED = 20_260_101L;
    private static final LocalDate TODAY = PlatformClock.today();

    @Test
    void eachPastYearsRecheckFindsTheDeathsNobodyReportedAndTheirCasesEndAfterIt() {
        List<DemoDataGenerator.DemoPerson> people = new DemoDataGenerator(SEED).people(5000);
        DemoSubsidyCases planner = DemoSubsidyCasesTest.planner();
        List<DemoSubsidyCases.Plan> plans = planner.plan(people);

        // the cases as the writer would read them back: ids by plan, people by their position
        Map<Long, DemoDataGenerator.DemoPerson> byId = new HashMap<>();
        Map<DemoDataGenerator.DemoPerson, Long> ids = new java.util.IdentityHashMap<>();
        for (int i = 0; i < people.size(); i++) {
            byId.put((long) i, people.get(i));
            ids.put(people.get(i), (long) i);
        }
        List<DemoPaymentHistory.CaseFacts> cases = new ArrayList<>();
        Map<Long, DemoRecheckHistory.Ending> endings = new HashMap<>();
        for (int i = 0; i < plans.size(); i++) {
            DemoSubsidyCases.Plan p = plans.get(i);
            SubsidyCase c = p.build(p.applicant().person(), program(p.type())).subsidyCase();
            if (c.benefitFrom() == null) {
                continue;
            }
            LocalDate activated = null;
            LocalDate suspended = null;
            LocalDate terminated = null;
            for (DemoSubsidyCases.Step s : p.steps()) {
                switch (s.kind()) {
                    case REVIEW -> activated = s.day();
                    case SUSPEND -> suspended = s.day();
                    case TERMINATE -> {
                        terminated = s.day();
                        endings.put(i + 1L, new DemoRecheckHistory.Ending(s.actor(),
                                s.day().atTime(LocalTime.NOON).atZone(PlatformClock.ZONE).toInstant(), s.reason()));
                    }
                    default -> { }
                }
            }
            cases.add(new DemoPaymentHistory.CaseFacts(i + 1L, ids.get(p.applicant()),
                    p.applicant().person().division().county().value(), p.type(), c.benefitLevel(), c.benefitFrom(),
                    activated, suspended, terminated, c.benefitUntil(), p.applicant().person().deathDate(),
                    p.bankName(), p.bankAccount(), c.state()));
        }
        Map<Long, DemoPaymentHistory.CaseFacts> caseById = cases.stream()
                .collect(Collectors.toMap(DemoPaymentHistory.CaseFacts::caseId, c -> c));

        DemoRecheckHistory history = new DemoRecheckHistory(TODAY, planner::assess);
        List<LocalDate> checks = history.checkDates();
        assertEquals(LocalDate.of(2021, 12, 1), checks.get(0));
        assertTrue(checks.size() >= 5 && checks.stream().allMatch(d -> d.isBefore(TODAY)), checks.toString());
        List<DemoRecheckHistory.Finding> findings = history.findings(cases, byId, endings, Map.of());

        Map<Integer, Integer> deathsEndedByYear = new TreeMap<>();
        for (DemoRecheckHistory.Finding f : findings) {
            DemoPaymentHistory.CaseFacts c = caseById.get(f.caseId());
            assertTrue(checks.contains(f.checkDate()));
            assertFalse(f.reasons().isEmpty());
            assertTrue(!c.activatedOn().isAfter(f.checkDate())
                            && (c.terminatedOn() == null || c.terminatedOn().isAfter(f.checkDate())),
                    "only a case running on the check date is examined: " + f);
            Set<String> keys = f.reasons().stream().map(RecheckReason::key).collect(Collectors.toSet());
            if (c.deathDate() != null && !c.deathDate().isAfter(f.checkDate())) {
                assertTrue(keys.contains("eligibility.deceased") && keys.contains("eligibility.noValidCertificate"),
                        "the holder died and the certificate was cancelled: " + keys);
                assertNotNull(f.resolution(), "a death is never left open");
                assertEquals(RecheckResolution.TERMINATED, f.resolution().how());
                assertTrue(c.terminatedOn().isAfter(f.checkDate()) && !c.benefitUntil().isAfter(f.checkDate()),
                        "ended after the check date, its benefit at the death: " + c);
                deathsEndedByYear.merge(f.checkDate().getYear(), 1, Integer::sum);
            }
            if (f.resolution() != null && f.resolution().how() == RecheckResolution.TERMINATED) {
                assertEquals(endings.get(f.caseId()).actor(), f.resolution().actor(), "resolved by whoever ended it");
            }
        }
        for (int year = 2021; year <= 2025; year++) {
            assertTrue(deathsEndedByYear.getOrDefault(year, 0) >= 1,
                    "a death found by the re-check of " + year + ": " + deathsEndedByYear);
        }
        // the same plan again gives the same findings
        assertEquals(findings, history.findings(cases, byId, endings, Map.of()));
    }

    private static Program program(SubsidyType t) {
        return new Program(t.programCode(), t.chineseName(), t.englishName(), t == SubsidyType.LIVING ? "LS" : "NS",
                SubjectKind.PERSON, BenefitKind.MONTHLY_CASH);
    }
}
