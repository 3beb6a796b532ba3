package cn.xndpf.it.rights;

import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.rights.FuelSubsidyApplication;
import cn.xndpf.application.rights.FuelSubsidyService;
import cn.xndpf.application.rights.FuelSubsidyView;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The motorised-wheelchair fuel subsidy (机动轮椅车燃油补贴) through the EJB services as the screens call them:
 * applied for at the community, reviewed by V50's chain through the kernel (township 初审, district 审批), paid
 * once with the version read, at the amount in force on 1 January of its year; the database keeps one case a
 * person and year; every refusal changes and audits nothing.
 */
@ExtendWith(ArquillianExtension.class)
class FuelSubsidyServiceIT {

    private static final String DONGGUAN = "630102001001";
    private static final String CHENGZHONG = "630103001001";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(FuelSubsidyServiceIT.class);
    }

    @EJB
    private FuelSubsidyService fuel;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private RegistryService registry;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    /** The audit entries of cases (a sign-in is audited too, and the tests sign in as others between counts). */
    private static final String AUDITS = "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Case'";

    private final int thisYear = PlatformClock.today().getYear();

    /** A registered owner of the community's county with a certificate of that kind, issued a year back. */
    private String owner(String community, DisabilityCategory category, DisabilityLevel level) {
        StaffLogin.as(community.startsWith("630102") ? "chengdong" : "chengzhong", "district123");
        String id = TestIds.valid(community.substring(0, 6), true);
        long personId = registry.register(new PersonRegistration(id, "燃油测试车主", "汉族", "13900000000", "测试地址5号",
                community, "RY" + id, true));
        registry.issueCertificate(personId, category, level, PlatformClock.today().minusYears(1));
        return id;
    }

    private void review(String user, String password, long caseId) {
        StaffLogin.as(user, password);
        workflow.review(caseId, workflow.open(caseId).version(), ReviewDecision.APPROVE, null);
    }

    @Test
    void anOwnerIsApprovedThroughTheChainAndPaidOnceAtTheYearsAmount() throws SQLException {
        String owner = owner(DONGGUAN, DisabilityCategory.PHYSICAL, DisabilityLevel.TWO);
        StaffLogin.as("worker-dongguan", "worker123");
        FuelSubsidyApplication form = new FuelSubsidyApplication(owner, thisYear, "青a 12345");
        assertEquals(List.of(), fuel.problems(form));
        long caseId = fuel.apply(form);

        CaseView opened = workflow.open(caseId);
        assertEquals("WHEELCHAIR_FUEL", opened.programCode());
        assertTrue(opened.caseNumber().startsWith("RY-"), opened.caseNumber());
        assertEquals(CaseState.SUBMITTED, opened.state());
        assertEquals("FIRST_REVIEW", opened.currentLevel().code());
        assertTrue(opened.detail().contains("青A12345") && opened.detail().contains("400.00元"), opened.detail());

        review("clerk-dongguan", "clerk123", caseId);
        assertEquals("APPROVAL", workflow.open(caseId).currentLevel().code());
        review("chengdong", "district123", caseId);
        CaseView approved = workflow.open(caseId);
        assertEquals(CaseState.APPROVED, approved.state(), "a yearly one-off ends its review approved");

        FuelSubsidyView listed = fuel.ofYear(thisYear).stream().filter(v -> v.caseId() == caseId).findFirst()
                .orElseThrow();
        assertTrue(listed.payable());
        assertEquals(new BigDecimal("400.00"), listed.amount(), "V50's amount in force on 1 January");
        assertFalse(listed.maskedIdNumber().equals(owner), "masked");

        long audits = count(AUDITS);
        LocalDate today = PlatformClock.today();
        assertThrows(ConcurrentChangeException.class, () -> fuel.markPaid(caseId, approved.version() - 1, today));
        assertEquals(audits, count(AUDITS), "a stale version audits nothing");
        FuelSubsidyView paid = fuel.markPaid(caseId, approved.version(), today);
        assertEquals(today, paid.paidOn());
        assertFalse(paid.payable());
        assertTrue(paid.version() > approved.version(), "the payment moves the case's version");
        String after = single("SELECT after_state FROM audit_entry WHERE entity_type = 'Case' AND entity_id = ?"
                + " AND action = 'UPDATE' AND after_state LIKE '%paidOn%'", String.valueOf(caseId));
        assertTrue(after.contains(today.toString()) && after.contains("400.00"), after);

        long auditsPaid = count(AUDITS);
        InvalidValueException twice = assertThrows(InvalidValueException.class,
                () -> fuel.markPaid(caseId, paid.version(), today));
        assertEquals("fuel.alreadyPaid", twice.key());
        StaffLogin.as("worker-dongguan", "worker123");
        InvalidValueException again = assertThrows(InvalidValueException.class, () -> fuel.apply(form));
        assertEquals("fuel.alreadyApplied", again.key());
        assertThrows(EJBAccessException.class, () -> fuel.markPaid(caseId, paid.version(), today),
                "a community worker does not pay");
        assertEquals(auditsPaid, count(AUDITS), "refusals audit nothing");
        assertEquals(1, count("SELECT COUNT(*) FROM fuel_subsidy_case f JOIN person p ON p.id = f.person_id"
                + " WHERE p.id_number = '" + owner + "'"));
    }

    @Test
    void theDatabaseKeepsOneCaseAPersonAndYear() throws SQLException {
        String owner = owner(DONGGUAN, DisabilityCategory.PHYSICAL, DisabilityLevel.ONE);
        StaffLogin.as("worker-dongguan", "worker123");
        long caseId = fuel.apply(new FuelSubsidyApplication(owner, thisYear, "青A54321"));
        long cases = count("SELECT COUNT(*) FROM fuel_subsidy_case");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO fuel_subsidy_case (case_id, person_id,"
                    + " subsidy_year, vehicle_plate, amount) SELECT ?, person_id, ?, 'X12345', 1.00 FROM program_case"
                    + " WHERE id = ?")) {
                s.setLong(1, caseId);
                s.setInt(2, thisYear - 1);
                s.setLong(3, caseId);
                assertThrows(SQLException.class, s::executeUpdate, "one row a case");
                c.rollback();
            }
            long other = single("SELECT MIN(id) FROM program_case WHERE program_code <> 'WHEELCHAIR_FUEL'"
                    + " AND id NOT IN (SELECT case_id FROM fuel_subsidy_case)");
            try (PreparedStatement s = c.prepareStatement("INSERT INTO fuel_subsidy_case (case_id, person_id,"
                    + " subsidy_year, vehicle_plate, amount) SELECT ?, person_id, ?, 'X12345', 1.00 FROM program_case"
                    + " WHERE id = ?")) {
                s.setLong(1, other);
                s.setInt(2, thisYear);
                s.setLong(3, caseId);
                assertThrows(SQLException.class, s::executeUpdate, "the same person and year twice");
                c.rollback();
            }
        }
        assertEquals(cases, count("SELECT COUNT(*) FROM fuel_subsidy_case"));
    }

    @Test
    void aYearKeepsTheAmountInForceOnItsFirstDay() throws SQLException {
        String owner = owner(DONGGUAN, DisabilityCategory.PHYSICAL, DisabilityLevel.THREE);
        StaffLogin.as("worker-dongguan", "worker123");
        long lastYear = fuel.apply(new FuelSubsidyApplication(owner, thisYear - 1, "青A11111"));
        try {
            exec("INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note)"
                    + " VALUES (1300, 'rights.fuel.amount', '450.00', DATE '" + thisYear + "-01-01', 'FuelSubsidyServiceIT')");
            long current = fuel.apply(new FuelSubsidyApplication(owner, thisYear, "青A11111"));
            StaffLogin.as("chengdong", "district123");
            List<FuelSubsidyView> mine = fuel.ofYear(thisYear - 1);
            assertEquals(new BigDecimal("400.00"), mine.stream().filter(v -> v.caseId() == lastYear).findFirst()
                    .orElseThrow().amount(), "last year stays at its amount");
            assertEquals(new BigDecimal("450.00"), fuel.ofYear(thisYear).stream().filter(v -> v.caseId() == current)
                    .findFirst().orElseThrow().amount(), "this year at the new row's");
        } finally {
            exec("DELETE FROM policy_setting WHERE id = 1300");
        }
    }

    @Test
    void everyRefusalNamesItsFieldAndChangesNothing() throws SQLException {
        String eligible = owner(DONGGUAN, DisabilityCategory.PHYSICAL, DisabilityLevel.FOUR);
        String visual = owner(DONGGUAN, DisabilityCategory.VISUAL, DisabilityLevel.ONE);
        String elsewhere = owner(CHENGZHONG, DisabilityCategory.PHYSICAL, DisabilityLevel.ONE);
        StaffLogin.as("worker-dongguan", "worker123");
        long cases = count("SELECT COUNT(*) FROM program_case");
        long audits = count(AUDITS);
        record Refused(FuelSubsidyApplication form, String field, String key) {
        }
        List<Refused> refusals = List.of(
                new Refused(new FuelSubsidyApplication(visual, thisYear, "青A22222"), "idNumber", "fuel.notEligible"),
                new Refused(new FuelSubsidyApplication(elsewhere, thisYear, "青A22222"), "idNumber", "person.notFound"),
                new Refused(new FuelSubsidyApplication("123", thisYear, "青A22222"), "idNumber", "idNumber.length"),
                new Refused(new FuelSubsidyApplication(eligible, thisYear, " "), "vehiclePlate", "fuel.vehiclePlate"),
                new Refused(new FuelSubsidyApplication(eligible, thisYear - 2, "青A22222"), "year", "fuel.yearNotOpen"),
                new Refused(new FuelSubsidyApplication(eligible, thisYear + 1, "青A22222"), "year", "fuel.yearNotOpen"),
                new Refused(new FuelSubsidyApplication(eligible, null, "青A22222"), "year", "fuel.yearNotOpen"));
        for (Refused r : refusals) {
            List<InvalidValueException> problems = fuel.problems(r.form());
            assertTrue(problems.stream().anyMatch(p -> p.field().equals(r.field())
                            && (p.key().equals(r.key()) || r.key().startsWith("idNumber."))),
                    r.key() + " in " + problems.stream().map(InvalidValueException::key).toList());
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> fuel.apply(r.form()), r.key());
            assertEquals(problems.get(0).key(), e.key(), "apply refuses with the first problem");
        }
        StaffLogin.as("civil-chengdong", "civil123");
        assertThrows(EJBAccessException.class, () -> fuel.apply(new FuelSubsidyApplication(eligible, thisYear,
                "青A22222")), "civil affairs take no applications");
        StaffLogin.as("chengzhong", "district123");
        assertThrows(NotFoundException.class, () -> fuel.markPaid(Long.MAX_VALUE, 0, PlatformClock.today()));
        assertEquals(cases, count("SELECT COUNT(*) FROM program_case"), "no case opened");
        assertEquals(audits, count(AUDITS), "nothing audited");
    }

    @Test
    void anotherDistrictNeitherSeesNorPaysTheCaseAndAnUnapprovedOneIsNotPaid() throws SQLException {
        String owner = owner(DONGGUAN, DisabilityCategory.PHYSICAL, DisabilityLevel.TWO);
        StaffLogin.as("worker-dongguan", "worker123");
        long caseId = fuel.apply(new FuelSubsidyApplication(owner, thisYear, "青A33333"));
        StaffLogin.as("chengdong", "district123");
        int version = workflow.open(caseId).version();
        long audits = count(AUDITS);
        InvalidValueException notYet = assertThrows(InvalidValueException.class,
                () -> fuel.markPaid(caseId, version, PlatformClock.today()));
        assertEquals("case.wrongState", notYet.key(), "only an approved case is paid");
        StaffLogin.as("chengzhong", "district123");
        assertThrows(NotFoundException.class, () -> fuel.markPaid(caseId, version, PlatformClock.today()));
        assertTrue(fuel.ofYear(thisYear).stream().noneMatch(v -> v.caseId() == caseId), "not on another's list");
        assertEquals(audits, count(AUDITS), "nothing audited");
        assertEquals(0, count("SELECT COUNT(*) FROM fuel_subsidy_case WHERE paid_on IS NOT NULL AND case_id = " + caseId));
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }

    private String single(String sql, String arg) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), sql);
                return r.getString(1);
            }
        }
    }

    private long single(String sql) throws SQLException {
        return count(sql);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
