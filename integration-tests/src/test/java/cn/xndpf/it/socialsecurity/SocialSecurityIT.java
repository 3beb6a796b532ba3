package cn.xndpf.it.socialsecurity;

import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.security.PasswordHasher;
import cn.xndpf.application.socialsecurity.InclusionService;
import cn.xndpf.application.socialsecurity.PartnerPensionLine;
import cn.xndpf.application.socialsecurity.PensionAnswerRow;
import cn.xndpf.application.socialsecurity.PensionAnswerService;
import cn.xndpf.application.socialsecurity.InclusionView;
import cn.xndpf.application.socialsecurity.PensionLineView;
import cn.xndpf.application.socialsecurity.PensionListService;
import cn.xndpf.application.socialsecurity.PensionListView;
import cn.xndpf.application.socialsecurity.PersonSocialSecurityService;
import cn.xndpf.application.socialsecurity.PersonSocialSecurityView;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.security.Partner;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.socialsecurity.InclusionRules;
import cn.xndpf.domain.socialsecurity.PensionRules;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Social security (社会保障) through the EJB services as the screens call them: inclusion of the eligible in 低保
 * and 特困 by the dated rule of V54 over the household statuses of the day, for the caller's jurisdiction only;
 * the yearly pension contribution list with the government's shares of V55 in force on 1 January, kept once
 * compiled, and its refusals with nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
class SocialSecurityIT {

    private static final String DONGGUAN = "630102001001";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SocialSecurityIT.class);
    }

    @EJB
    private InclusionService inclusion;

    @EJB
    private RegistryService registry;

    @EJB
    private PensionListService pensions;

    @EJB
    private PensionAnswerService answers;

    @EJB
    private PersonSocialSecurityService personSocialSecurity;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private final LocalDate today = PlatformClock.today();

    /** A person of 东关 with a certificate of {@code level} issued a year back, whose household holds {@code status} from {@code from}. */
    private long person(DisabilityLevel level, AssistanceStatus status, LocalDate from) throws SQLException {
        StaffLogin.as("chengdong", "district123");
        String id = TestIds.valid("630102", true);
        long personId = registry.register(new PersonRegistration(id, "社保测试", "汉族", "13900000000", "测试地址9号",
                DONGGUAN, "SB" + id, true));
        registry.issueCertificate(personId, DisabilityCategory.PHYSICAL, level, today.minusYears(1));
        if (status != null) {
            registry.changeAssistance(count("SELECT household_id FROM person WHERE id = " + personId), status, true,
                    from);
        }
        return personId;
    }

    private static Map<Long, Boolean> included(InclusionView view) {
        return view.people().stream().collect(Collectors.toMap(InclusionView.Line::personId,
                InclusionView.Line::included));
    }

    @Test
    void theSevereInPoorHouseholdsAreEligibleAndThoseInDibaoOrTekunIncluded() throws SQLException {
        StaffLogin.as("chengdong", "district123");
        InclusionView before = inclusion.on(today);
        LocalDate month = today.minusDays(30);
        long lowIncome = person(DisabilityLevel.ONE, AssistanceStatus.LOW_INCOME, month);
        long dibao = person(DisabilityLevel.TWO, AssistanceStatus.DIBAO, month);
        long mild = person(DisabilityLevel.THREE, AssistanceStatus.DIBAO, month);
        long noStatus = person(DisabilityLevel.ONE, null, null);
        long tomorrow = person(DisabilityLevel.TWO, AssistanceStatus.TEKUN, today.plusDays(1));

        StaffLogin.as("chengdong", "district123");
        InclusionView now = inclusion.on(today);
        Map<Long, Boolean> in = included(now);
        assertEquals(Optional.of(false), Optional.ofNullable(in.get(lowIncome)), "eligible, not yet included");
        assertEquals(Optional.of(true), Optional.ofNullable(in.get(dibao)), "eligible and included");
        assertFalse(in.containsKey(mild), "level 3 is not in V54's levels");
        assertFalse(in.containsKey(noStatus), "a household without a status is not poor");
        assertFalse(in.containsKey(tomorrow), "a status from tomorrow does not count today");
        assertEquals(before.eligible() + 2, now.eligible());
        assertEquals(before.included() + 1, now.included());
        assertEquals(InclusionRules.rate(now.included(), now.eligible()), now.rate());
        assertTrue(now.people().stream().noneMatch(l -> l.maskedIdNumber().matches("\\d{17}[\\dX]")), "masked");

        assertEquals(Boolean.TRUE, included(inclusion.on(today.plusDays(1))).get(tomorrow), "特困 from tomorrow");
        assertFalse(included(inclusion.on(month.minusDays(1))).containsKey(dibao), "before the status began");

        StaffLogin.as("chengzhong", "district123");
        Map<Long, Boolean> elsewhere = included(inclusion.on(today));
        assertFalse(elsewhere.containsKey(lowIncome) || elsewhere.containsKey(dibao), "another county sees none");
        StaffLogin.as("worker-dongguan", "worker123");
        assertThrows(EJBAccessException.class, () -> inclusion.on(today), "a community worker does not read it");
    }

    @Test
    void aLaterSettingChangesTheRuleFromItsDayOnly() throws SQLException {
        long dibao = person(DisabilityLevel.TWO, AssistanceStatus.DIBAO, today.minusDays(30));
        LocalDate later = today.plusDays(3);
        // id 1799: the last of social security's block, kept for this test and deleted after it.
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1799, ?, '1', ?, 'test')")) {
            s.setString(1, InclusionRules.LEVELS);
            s.setDate(2, Date.valueOf(later));
            s.executeUpdate();
        }
        try {
            StaffLogin.as("chengdong", "district123");
            assertTrue(included(inclusion.on(later.minusDays(1))).get(dibao), "the old rule until the day before");
            assertFalse(included(inclusion.on(later)).containsKey(dibao), "level 2 is out from the new row's day");
        } finally {
            exec("DELETE FROM policy_setting WHERE id = 1799");
        }
    }

    /** A person of 东关 born in {@code birthYear} with a certificate of {@code level} issued a year back. */
    private long born(int birthYear, DisabilityLevel level) {
        return born(DONGGUAN, "chengdong", birthYear, level);
    }

    private long born(String community, String district, int birthYear, DisabilityLevel level) {
        StaffLogin.as(district, "district123");
        LocalDate birth = LocalDate.of(birthYear, 1, 1).plusDays(RANDOM.nextInt(360));
        String first17 = community.substring(0, 6) + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), RANDOM.nextInt(999) + 1);
        String id = first17 + IdNumber.checkCharacter(first17);
        long personId = registry.register(new PersonRegistration(id, "养老测试", "汉族", "13900000000", "测试地址9号",
                community, "SB" + id, true));
        registry.issueCertificate(personId, DisabilityCategory.PHYSICAL, level, today.minusYears(1));
        return personId;
    }

    private static Map<Long, PensionLineView> byPerson(List<PensionLineView> lines) {
        return lines.stream().collect(Collectors.toMap(PensionLineView::personId, l -> l));
    }

    @Test
    void aYearsPensionListCarriesTheSharesInForceOnItsFirstDayAndKeepsThem() throws SQLException {
        int year = today.getYear();
        long severe = born(1990, DisabilityLevel.ONE);
        long mild = born(1985, DisabilityLevel.THREE);
        long retired = born(year - 61, DisabilityLevel.TWO);
        StaffLogin.as("chengdong", "district123");
        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'PensionList'");
        assertTrue(pensions.compile(year) >= 2);
        assertEquals(audits + 1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'PensionList'"));
        Map<Long, PensionLineView> lines = byPerson(pensions.list(year));
        assertEquals(new BigDecimal("200.00"), lines.get(severe).governmentShare(), "V55: level 1 paid in full");
        assertEquals(1, lines.get(severe).level());
        assertEquals(new BigDecimal("50.00"), lines.get(mild).governmentShare(), "V55: level 3 subsidised");
        assertFalse(lines.containsKey(retired), "60 or more draws the pension, pays nothing");
        assertEquals(null, lines.get(severe).pensionInsured(), "not answered yet");
        assertFalse(lines.get(severe).maskedIdNumber().matches("\\d{17}[\\dX]"), "masked");
        assertEquals(0, pensions.compile(year), "compiling again adds nobody already listed");

        long newcomer;
        // id 1798: social security's block, kept for this test and deleted after it.
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1798, ?, '300.00', ?, 'test')")) {
            s.setString(1, PensionRules.SHARE + 1);
            s.setDate(2, Date.valueOf(PensionRules.settingsDay(year)));
            s.executeUpdate();
        }
        try {
            newcomer = born(1992, DisabilityLevel.ONE);
            StaffLogin.as("chengdong", "district123");
            assertEquals(1, pensions.compile(year));
        } finally {
            exec("DELETE FROM policy_setting WHERE id = 1798");
        }
        Map<Long, PensionLineView> after = byPerson(pensions.list(year));
        assertEquals(new BigDecimal("300.00"), after.get(newcomer).governmentShare(), "the row in force on 1 January");
        assertEquals(new BigDecimal("200.00"), after.get(severe).governmentShare(), "a compiled line keeps its share");

        long lineCount = count("SELECT COUNT(*) FROM pension_list_line");
        long auditsNow = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'PensionList'");
        InvalidValueException notOpen = assertThrows(InvalidValueException.class, () -> pensions.compile(year + 1));
        assertEquals("pension.yearNotOpen", notOpen.key());
        assertEquals("year", notOpen.field());
        assertEquals(lineCount, count("SELECT COUNT(*) FROM pension_list_line"), "a refusal lists nobody");
        assertEquals(auditsNow, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'PensionList'"));

        StaffLogin.as("chengzhong", "district123");
        assertFalse(byPerson(pensions.list(year)).containsKey(severe), "another county sees none of 东关's lines");
        StaffLogin.as("worker-dongguan", "worker123");
        assertThrows(EJBAccessException.class, () -> pensions.compile(year), "a community worker does not compile");
        assertEquals(lineCount, count("SELECT COUNT(*) FROM pension_list_line"));
    }

    private static final String HRSS = "SB-HRSS";
    private static final String AUDIT_ANSWERS = "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'PensionAnswer'";

    private void partner(String code, Set<String> scopes) throws Exception {
        tx.begin();
        if (em.find(Partner.class, code) == null) {
            em.persist(new Partner(code, "测试人社局 " + code, PasswordHasher.hash(code + "-secret"), scopes,
                    Set.of(DivisionCode.of("630102"))));
        }
        tx.commit();
    }

    private static PensionAnswerRow row(String idNumber, String pension, String medical, String assistance) {
        return new PensionAnswerRow(idNumber, pension, medical, assistance);
    }

    private String idOf(long personId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id_number FROM person WHERE id = " + personId);
             ResultSet r = s.executeQuery()) {
            assertTrue(r.next());
            return r.getString(1);
        }
    }

    @Test
    void thePartnerReadsTheListAndAnswersWhoIsInsuredOnceWholeOrNotAtAll() throws Exception {
        int year = today.getYear();
        partner(HRSS, Set.of(Partner.SCOPE_SOCIAL_SECURITY));
        partner("SB-OTHER", Set.of(Partner.SCOPE_CERTIFICATE_VERIFICATION));
        long severe = born(1991, DisabilityLevel.TWO);
        long retired = born(year - 65, DisabilityLevel.ONE);
        StaffLogin.as("chengdong", "district123");
        pensions.compile(year);
        String severeId = idOf(severe);

        long elsewhere = born("630103001001", "chengzhong", 1990, DisabilityLevel.ONE);
        StaffLogin.as("chengzhong", "district123");
        pensions.compile(year);
        String elsewhereId = idOf(elsewhere);
        List<PartnerPensionLine> partnersList = answers.listFor(HRSS, year);
        assertTrue(partnersList.stream().anyMatch(l -> l.personId() == severe), "on the partner's list");
        assertTrue(partnersList.stream().noneMatch(l -> l.personId() == elsewhere), "a division it does not serve");
        assertTrue(partnersList.stream().allMatch(l -> l.divisionCode().startsWith("630102")));
        assertTrue(partnersList.stream().anyMatch(l -> l.idNumber().equals(severeId)),
                "the partner enrols and answers by the whole ID number");
        InvalidValueException notServed = assertThrows(InvalidValueException.class, () -> answers.answer(HRSS, year,
                List.of(row(elsewhereId, "true", null, null))));
        assertEquals("answers[0].idNumber", notServed.field());
        assertEquals("person.notFound", notServed.key(), "answered like a number nobody registered");
        assertEquals(0, count("SELECT COUNT(*) FROM pension_answer WHERE person_id = " + elsewhere));
        long audits = count(AUDIT_ANSWERS);
        assertEquals(1, answers.answer(HRSS, year, List.of(row(severeId, "true", "true", "false"))));
        assertEquals(audits + 1, count(AUDIT_ANSWERS));
        StaffLogin.as("chengdong", "district123");
        PensionLineView answered = byPerson(pensions.list(year)).get(severe);
        assertEquals(Boolean.TRUE, answered.pensionInsured());
        assertEquals(Boolean.TRUE, answered.medicalInsured());
        assertEquals(Boolean.FALSE, answered.medicalAssistance());
        assertEquals(0, answers.answer(HRSS, year, List.of(row(severeId, "true", "true", "false"))),
                "the same answer again changes nothing");
        assertEquals(audits + 1, count(AUDIT_ANSWERS), "nor audits");

        String stored = "SELECT COUNT(*) FROM pension_answer WHERE person_id = " + severe
                + " AND pension_insured = 1 AND medical_insured = 1 AND medical_assistance = 0";
        InvalidValueException bad = assertThrows(InvalidValueException.class, () -> answers.answer(HRSS, year,
                List.of(row(severeId, "false", null, null), row(TestIds.withWrongCheck(severeId), "true", null, null))));
        assertEquals("answers[1].idNumber", bad.field());
        InvalidValueException notListed = assertThrows(InvalidValueException.class, () -> answers.answer(HRSS, year,
                List.of(row(severeId, "false", null, null), row(idOf(retired), "true", null, null))));
        assertEquals("answers[1].idNumber", notListed.field());
        assertEquals("pension.notListed", notListed.key());
        InvalidValueException flag = assertThrows(InvalidValueException.class, () -> answers.answer(HRSS, year,
                List.of(row(severeId, "yes", null, null))));
        assertEquals("answers[0].pensionInsured", flag.field());
        assertThrows(AccessDeniedException.class, () -> answers.answer("SB-OTHER", year,
                List.of(row(severeId, "false", null, null))), "a partner without the scope");
        assertEquals(1, count(stored), "every refusal left the answer as it was");
        assertEquals(audits + 1, count(AUDIT_ANSWERS), "and audited nothing");

        assertEquals(1, answers.answer(HRSS, year, List.of(row(severeId, "false", null, null))), "a new answer replaces");
        assertEquals(audits + 2, count(AUDIT_ANSWERS));
        assertEquals(0, count(stored));
    }

    @Test
    void theYearsCountsAndAPersonsSocialSecurityAreWhatTheLinesAnswersAndStatusesSay() throws Exception {
        int year = today.getYear();
        partner(HRSS, Set.of(Partner.SCOPE_SOCIAL_SECURITY));
        long severe = born(1988, DisabilityLevel.ONE);
        long mild = born(1987, DisabilityLevel.THREE);
        registry.changeAssistance(count("SELECT household_id FROM person WHERE id = " + severe), AssistanceStatus.DIBAO,
                true, today.minusDays(10));
        StaffLogin.as("chengdong", "district123");
        pensions.compile(year);
        // an older line of the person, as a compilation of two years ago left it
        exec("INSERT INTO pension_list_line (list_year, person_id, division_code, cert_level, government_share,"
                + " compiled_on, compiled_by) VALUES (" + (year - 2) + ", " + severe + ", '" + DONGGUAN
                + "', 1, 100.00, DATE '" + (year - 2) + "-01-05', 'it')");
        answers.answer(HRSS, year, List.of(row(idOf(severe), "true", "true", "false"), row(idOf(mild), "false", null, null)));

        StaffLogin.as("chengdong", "district123");
        PensionListView view = pensions.yearList(year);
        String lines = "SELECT COUNT(*) FROM pension_list_line l LEFT JOIN pension_answer a ON a.list_year = l.list_year"
                + " AND a.person_id = l.person_id WHERE l.list_year = " + year + " AND l.division_code LIKE '630102%'";
        long listed = count(lines);
        long insured = count(lines + " AND a.pension_insured = 1");
        assertEquals(listed, view.listed());
        assertEquals(count(lines + " AND a.pension_insured IS NOT NULL"), view.answered());
        assertEquals(insured, view.insured());
        assertEquals(BigDecimal.valueOf(insured * 10000 / listed + (insured * 10000 % listed * 2 >= listed ? 1 : 0), 2),
                view.participationRate(), "the insured among all the lines, unanswered ones counting as not insured");
        assertEquals(listed, view.lines().size());
        assertTrue(byPerson(view.lines()).get(severe).paidInFull(), "level 1: 代缴");
        assertFalse(byPerson(view.lines()).get(mild).paidInFull(), "level 3: 补贴");

        // the sign-ins of this test's logins are audited; nothing else may be
        String audited = "SELECT COUNT(*) FROM audit_entry WHERE action NOT IN ('SIGN_IN', 'SIGN_IN_FAILED')";
        long audits = count(audited);
        PersonSocialSecurityView mine = personSocialSecurity.of(severe);
        assertEquals(List.of(year, year - 2), mine.pensionLines().stream().map(PensionLineView::year).toList(),
                "every year's line, the latest first");
        assertEquals(Boolean.TRUE, mine.pensionLines().get(0).pensionInsured());
        assertEquals(Boolean.TRUE, mine.pensionLines().get(0).medicalInsured());
        assertEquals(null, mine.pensionLines().get(1).pensionInsured(), "never answered");
        assertFalse(mine.pensionLines().get(0).maskedIdNumber().matches("\\d{17}[\\dX]"), "masked");
        assertTrue(mine.included());
        assertEquals(Set.of(AssistanceStatus.DIBAO), mine.includedStatuses());
        PersonSocialSecurityView other = personSocialSecurity.of(mild);
        assertFalse(other.included(), "no status: not in 低保 or 特困");
        assertEquals(Boolean.FALSE, other.pensionLines().get(0).pensionInsured());
        StaffLogin.as("worker-dongguan", "worker123");
        assertEquals(2, personSocialSecurity.of(severe).pensionLines().size(), "whoever opens the record sees it");
        assertEquals(audits, count(audited), "reads only: the record's opening is audited");

        StaffLogin.as("chengzhong", "district123");
        InvalidValueException hidden = assertThrows(InvalidValueException.class, () -> personSocialSecurity.of(severe));
        assertEquals("person.notFound", hidden.key(), "another county: like a person not registered");
        PensionListView theirs = pensions.yearList(year);
        assertFalse(byPerson(theirs.lines()).containsKey(severe));
        assertEquals(count("SELECT COUNT(*) FROM pension_list_line WHERE list_year = " + year
                + " AND division_code LIKE '630103%'"), theirs.listed());
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            assertTrue(r.next(), sql);
            return r.getLong(1);
        }
    }
}
