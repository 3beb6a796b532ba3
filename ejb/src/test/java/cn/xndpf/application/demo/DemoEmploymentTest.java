package cn.xndpf.application.demo;

import cn.xndpf.domain.employment.CreditCode;
import cn.xndpf.domain.employment.FundRules;
import cn.xndpf.domain.employment.QuotaRules;
import cn.xndpf.domain.employment.VerificationOutcome;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySetting;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
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

/** The demo's employment history, planned on the demo's own people with the settings the migrations store. */
class DemoEmploymentTest {

    private static final long SEED = 20_260_101L;
    private static final LocalDate TODAY = PlatformClock.today();
    private static final List<DemoDataGenerator.DemoPerson> PEOPLE = new DemoDataGenerator(SEED).people(2000);
    private static final Map<String, List<PolicySetting>> SETTINGS = StoredSettings.of(
            "V36__employment_quota_and_fund.sql", DemoEmployment.settingKeys());

    static DemoEmployment planner() {
        return new DemoEmployment(SEED, TODAY, SETTINGS, new DemoDataGenerator(SEED).staff());
    }

    @Test
    void everyCountyHasValidEmployersAndDeclarationsInEveryVerificationState() {
        DemoEmployment.History h = planner().plan(PEOPLE);
        Set<String> codes = new HashSet<>();
        Map<String, Set<VerificationOutcome>> outcomes = new TreeMap<>();
        for (DemoEmployment.Employer e : h.employers()) {
            assertEquals(e.creditCode(), CreditCode.of(e.creditCode().value()), "a valid credit code");
            assertEquals(e.county(), e.creditCode().registrationDivision());
            assertTrue(e.division().startsWith(e.county()), "the employer lies in its county");
            assertTrue(codes.add(e.creditCode().value()), "credit codes are unique");
        }
        Set<String> counties = new HashSet<>();
        h.employers().forEach(e -> counties.add(e.county()));
        assertEquals(DemoInstitutions.COUNTIES.keySet(), counties, "employers in all seven counties");
        Set<String> employerYears = new HashSet<>();
        for (DemoEmployment.Declaration d : h.declarations()) {
            String county = h.employers().get(d.employer()).county();
            assertTrue(employerYears.add(d.employer() + "/" + d.year()), "one declaration an employer and year");
            assertTrue(d.year() >= DemoEmployment.FIRST_YEAR && d.year() <= DemoEmployment.LAST_YEAR);
            assertTrue(d.declaredAt().isBefore(TODAY.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
            for (DemoEmployment.Employee x : d.employees()) {
                outcomes.computeIfAbsent(county, k -> EnumSet.noneOf(VerificationOutcome.class)).add(x.outcome());
                assertEquals(county, x.person().person().division().county().value(), "people of the county");
            }
        }
        for (String county : DemoInstitutions.COUNTIES.keySet()) {
            assertEquals(EnumSet.allOf(VerificationOutcome.class), outcomes.get(county),
                    county + ": declared, recognised, not recognised and double declarations");
        }
    }

    @Test
    void verdictsAreTheQuotaRulesOnTheYearsLastDayAndNobodyIsDeclaredTwiceAYearUnlessADoubleDeclaration() {
        DemoEmployment planner = planner();
        DemoEmployment.History h = planner.plan(PEOPLE);
        int recognised = 0;
        Map<Integer, Map<String, Integer>> declaredPerYear = new TreeMap<>();
        for (DemoEmployment.Declaration d : h.declarations()) {
            LocalDate lastDay = LocalDate.of(d.year(), 12, 31);
            for (DemoEmployment.Employee x : d.employees()) {
                declaredPerYear.computeIfAbsent(d.year(), k -> new LinkedHashMap<>())
                        .merge(x.declared().idNumber().value(), 1, Integer::sum);
                if (x.outcome() == VerificationOutcome.RECOGNISED || x.outcome() == VerificationOutcome.NOT_RECOGNISED) {
                    QuotaRules.Verdict v = QuotaRules.verify(DemoEmployment.facts(x.person(), x.declared(), lastDay),
                            planner.quotaPolicy(lastDay));
                    assertEquals(v, x.verdict());
                    assertEquals(v.recognised(), x.outcome() == VerificationOutcome.RECOGNISED);
                }
                if (x.outcome() == VerificationOutcome.RECOGNISED) {
                    recognised++;
                    assertNotNull(DemoSubsidyCases.validOn(x.person(), lastDay), "recognised: holds a valid certificate");
                }
                if (x.outcome() == VerificationOutcome.PENDING) {
                    assertNull(d.verifiedAt());
                }
            }
        }
        assertTrue(recognised > 50, "recognised employees: " + recognised);
        for (DemoEmployment.Declaration d : h.declarations()) {
            for (DemoEmployment.Employee x : d.employees()) {
                int times = declaredPerYear.get(d.year()).get(x.declared().idNumber().value());
                assertEquals(x.outcome() == VerificationOutcome.DUPLICATE ? 2 : 1, times,
                        "declared twice in a year exactly when a double declaration");
            }
        }
    }

    @Test
    void fundsAreTheFundRulesWithTheYearsSettingsForVerifiedDeclarationsWithoutPendingDoubles() {
        DemoEmployment planner = planner();
        DemoEmployment.History h = planner.plan(PEOPLE);
        int funds = 0;
        int collected = 0;
        int exempt = 0;
        for (DemoEmployment.Declaration d : h.declarations()) {
            if (d.verifiedAt() == null || d.duplicatePending()) {
                assertNull(d.fund(), "no fund before the verification or while a double declaration waits");
                continue;
            }
            assertNotNull(d.fund(), "a fund for every verified year without a double pending");
            funds++;
            FundRules.Computation c = FundRules.compute(d.staff(), d.recognised(), d.totalWages(),
                    planner.fundPolicy(d.year()));
            assertEquals(c, d.fund().computation());
            exempt += c.exempt() ? 1 : 0;
            assertTrue(d.fund().computedAt().isAfter(d.verifiedAt()));
            if (d.fund().collected() != null) {
                collected++;
                assertTrue(d.fund().collected().compareTo(c.due()) <= 0);
                assertTrue(d.fund().collectedOn().isBefore(TODAY));
            }
        }
        assertTrue(exempt >= 7, "the small employers are exempt");
        assertTrue(collected > funds / 2 && collected < funds, "most funds collected, not all: " + collected
                + " of " + funds);
    }

    @Test
    void theSameSeedPlansTheSameHistory() {
        DemoEmployment.History a = planner().plan(PEOPLE);
        DemoEmployment.History b = planner().plan(PEOPLE);
        assertEquals(a.employers(), b.employers());
        assertEquals(a.declarations().size(), b.declarations().size());
        for (int i = 0; i < a.declarations().size(); i++) {
            DemoEmployment.Declaration x = a.declarations().get(i);
            DemoEmployment.Declaration y = b.declarations().get(i);
            assertEquals(x.totalWages(), y.totalWages());
            assertEquals(x.employees().stream().map(e -> e.declared().idNumber().value()).toList(),
                    y.employees().stream().map(e -> e.declared().idNumber().value()).toList());
            assertEquals(x.fund() == null ? null : x.fund().computation(), y.fund() == null ? null : y.fund().computation());
        }
    }
}
