package cn.xndpf.application.demo;

import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySetting;
import cn.xndpf.domain.socialsecurity.PensionRules;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's pension lists and answers, planned on the demo's own people with V55's stored settings. */
class DemoSocialSecurityTest {

    private static final long SEED = 20_260_101L;
    private static final LocalDate TODAY = PlatformClock.today();
    private static final List<DemoDataGenerator.DemoPerson> PEOPLE = new DemoDataGenerator(SEED).people(2000);
    private static final Map<String, List<PolicySetting>> SETTINGS = StoredSettings.of(
            "V55__social_security_pension.sql", DemoSocialSecurity.settingKeys());

    @Test
    void eachYearListsTheContributorsOfItsFirstDayAtTheirLevelsShareAndThePartnerAnswersMostOfThem() {
        List<DemoSocialSecurity.Line> lines = new DemoSocialSecurity(SEED, TODAY, SETTINGS,
                new DemoDataGenerator(SEED).staff()).plan(PEOPLE);
        Set<String> personYears = new HashSet<>();
        Set<String> counties = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        int insured = 0;
        int notInsured = 0;
        int unansweredPast = 0;
        Set<String> answeredThisYear = new HashSet<>();
        for (DemoSocialSecurity.Line l : lines) {
            DemoDataGenerator.DemoPerson d = l.who();
            assertTrue(personYears.add(d.person().idNumber().value() + "/" + l.year()), "one line a person and year");
            counties.add(l.county());
            years.add(l.year());
            LocalDate first = LocalDate.of(l.year(), 1, 1);
            Certificate valid = DemoSubsidyCases.validOn(d, first);
            assertNotNull(valid, "a certificate valid on the year's 1 January");
            assertTrue(d.person().deathDate() == null || d.person().deathDate().isAfter(first), "living then");
            assertEquals(valid.level().code(), l.level());
            assertTrue(PensionRules.contributes(d.person().birthDate(), l.year(), 16, 59), "of the contributing ages");
            // V55: 100.00 for levels 1-2 until 2023, 200.00 from 2024; 50.00 for levels 3-4
            BigDecimal expected = new BigDecimal(l.level() >= 3 ? "50.00" : l.year() >= 2024 ? "200.00" : "100.00");
            assertEquals(0, expected.compareTo(l.share()), "the share in force on the year's 1 January");
            assertTrue(!l.compiledOn().isAfter(TODAY) && l.compiledOn().getYear() == l.year());
            if (l.pensionInsured() == null) {
                assertNull(l.medicalInsured());
                if (l.year() < TODAY.getYear()) {
                    unansweredPast++;
                }
            } else {
                assertTrue(l.year() < TODAY.getYear() || DemoSocialSecurity.answeredThisYear(l.county()),
                        "this year only the answered counties");
                assertTrue(!l.answeredAt().toLocalDate().isAfter(TODAY) && l.answeredAt().getYear() == l.year());
                if (l.year() == TODAY.getYear()) {
                    answeredThisYear.add(l.county());
                }
                if (l.pensionInsured()) {
                    insured++;
                } else {
                    notInsured++;
                }
            }
        }
        // nobody the rules list is left out: each year's list is every contributor of its first day
        for (int year = DemoSocialSecurity.FIRST_YEAR; year <= TODAY.getYear(); year++) {
            LocalDate first = LocalDate.of(year, 1, 1);
            for (DemoDataGenerator.DemoPerson d : PEOPLE) {
                boolean living = d.person().deathDate() == null || d.person().deathDate().isAfter(first);
                if (living && DemoSubsidyCases.validOn(d, first) != null
                        && PensionRules.contributes(d.person().birthDate(), year, 16, 59)) {
                    assertTrue(personYears.contains(d.person().idNumber().value() + "/" + year), "listed " + year);
                }
            }
        }
        assertEquals(7, counties.size(), "lines in all seven counties");
        assertEquals(TODAY.getYear() - DemoSocialSecurity.FIRST_YEAR + 1, years.size(), "a list every year since 2021");
        assertTrue(notInsured > 0 && unansweredPast > 0, "some answered not insured, some never answered");
        assertTrue(insured * 100L > 85L * (insured + notInsured), "most answered insured: " + insured + "/" + notInsured);
        boolean answerDayPassed = !LocalDate.of(TODAY.getYear(), 3, 15).isAfter(TODAY);
        assertEquals(answerDayPassed ? Set.of("630102", "630104", "630106") : Set.of(), answeredThisYear,
                "this year the three counties of even codes are answered, the four others wait (all before 15 March)");
    }
}
