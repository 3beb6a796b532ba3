package cn.xndpf.it.employment;

import cn.xndpf.application.employment.BaseForm;
import cn.xndpf.application.employment.BaseView;
import cn.xndpf.application.employment.EmploymentBaseService;
import cn.xndpf.application.employment.ShelteredEmploymentService;
import cn.xndpf.application.employment.ShelteredSubsidyView;
import cn.xndpf.application.employment.ShelteredWorkerView;
import cn.xndpf.application.institution.InstitutionForm;
import cn.xndpf.application.institution.InstitutionService;
import cn.xndpf.application.institution.InstitutionView;
import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
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
import org.junit.jupiter.api.function.Executable;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sheltered employment (辅助性就业) and employment bases (就业创业基地) through their EJB services: workers are registered
 * people enrolled with a 辅助性就业机构 of the shared registry, one institution at a time; a month's subsidy is paid
 * once per institution for the workers present in it at the rate in force on its first day; bases are recognised
 * with a kind of the code table. Each in the staff's jurisdiction only, audited, and every refusal changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ShelteredEmploymentIT {

    private static final String DONGGUAN = "630102001001";
    /** Four months ago: every month used here is over or this one, so it can be paid. */
    private static final YearMonth M0 = YearMonth.from(PlatformClock.today()).minusMonths(4);
    private static final YearMonth M1 = M0.plusMonths(1);
    private static final YearMonth M2 = M0.plusMonths(2);
    /** The one id of this test's block (1555-1589) a test uses for a moment, and deletes. */
    private static final int RATE_ROW = 1589;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ShelteredEmploymentIT.class);
    }

    @EJB
    private ShelteredEmploymentService sheltered;

    @EJB
    private EmploymentBaseService bases;

    @EJB
    private InstitutionService institutions;

    @EJB
    private RegistryService registry;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    /** A 东关 person with a certificate, registered by 城东区 staff; returns the ID number. */
    private String person() {
        StaffLogin.as("chengdong", "district123");
        String id = TestIds.valid("630102", true);
        long personId = registry.register(new PersonRegistration(id, "辅助就业测试人", "汉族", "13900000003",
                "测试地址7号", DONGGUAN, "SE" + id, true));
        registry.issueCertificate(personId, DisabilityCategory.INTELLECTUAL, DisabilityLevel.THREE,
                M0.atDay(1).minusYears(1));
        return id;
    }

    /** A 城东区 institution of the kind, offering the service, registered by city staff. */
    private InstitutionView institution(InstitutionKind kind, ServiceKind service, int places) {
        StaffLogin.as("city", "city123");
        return institutions.register(new InstitutionForm("辅助性就业测试" + System.nanoTime() % 1_000_000, kind,
                "青残就字〔2023〕3号", EnumSet.of(service), places, "630102", M0.atDay(1).minusYears(2), null));
    }

    private InstitutionView workshop() {
        return institution(InstitutionKind.SHELTERED_EMPLOYMENT, ServiceKind.SHELTERED_WORK, 10);
    }

    @Test
    void workersAreRegisteredPeopleAtOneShelteredInstitutionAtATime() throws SQLException {
        InstitutionView a = workshop();
        InstitutionView b = workshop();
        InstitutionView care = institution(InstitutionKind.CARE, ServiceKind.DAY_CARE, 10);
        InstitutionView small = institution(InstitutionKind.SHELTERED_EMPLOYMENT, ServiceKind.SHELTERED_WORK, 1);
        String p1 = person();
        String p2 = person();
        String p3 = person();
        String p4 = person();
        String unregistered = TestIds.valid("630102", false);

        StaffLogin.as("chengdong", "district123");
        long audits = audits();
        ShelteredWorkerView w = sheltered.admit(a.id(), p1, M0.atDay(1), M1.atEndOfMonth());
        assertEquals(M1.atEndOfMonth(), w.to());
        assertEquals(p1.substring(0, 4), w.idNumber().substring(0, 4));
        assertTrue(w.idNumber().contains("*"), "the ID number is masked");
        assertEquals(audits + 2, audits(), "the registry's enrolment audited: joined, and its last day");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Enrolment' AND entity_id = '"
                + w.enrolmentId() + "' AND actor = 'chengdong' AND action = 'CREATE'"));
        assertEquals(1, count("SELECT COUNT(*) FROM institution_enrolment WHERE id = " + w.enrolmentId()
                + " AND service_kind = 'SHELTERED_WORK'"), "a worker is the shared registry's enrolment");
        sheltered.admit(small.id(), p2, M0.atDay(1), null);

        long enrolments = count("SELECT COUNT(*) FROM institution_enrolment");
        audits = audits();
        refused("employment.sheltered.elsewhere", () -> sheltered.admit(b.id(), p1, M1.atDay(15), null));
        refused("employment.sheltered.elsewhere", () -> sheltered.admit(b.id(), p1, M0.minusMonths(1).atDay(1),
                M0.atDay(1)));
        refused("employment.sheltered.elsewhere", () -> sheltered.admit(a.id(), p1, M0.atDay(10), M0.atDay(20)));
        refused("employment.sheltered.toBeforeFrom", () -> sheltered.admit(b.id(), p2, M2.atDay(2), M2.atDay(1)));
        refused("person.notFound", () -> sheltered.admit(b.id(), unregistered, M2.atDay(1), null));
        refused("idNumber.checkCharacter", () -> sheltered.admit(b.id(), TestIds.withWrongCheck(p1), M2.atDay(1),
                null));
        refused("date.required", () -> sheltered.admit(b.id(), p4, null, null));
        refused("employment.sheltered.notShelteredInstitution", () -> sheltered.admit(care.id(), p1, M2.atDay(1),
                null));
        refused("enrolment.full", () -> sheltered.admit(small.id(), p3, M2.atDay(1), null));
        StaffLogin.as("chengzhong", "district123");
        refused("employment.sheltered.institutionNotFound", () -> sheltered.admit(b.id(), p1, M2.atDay(1), null));
        refused("employment.sheltered.institutionNotFound", () -> sheltered.workers(a.id()));
        refused("employment.sheltered.workerNotFound", () -> sheltered.leave(w.enrolmentId(), M1.atDay(1)));
        assertTrue(sheltered.institutions().stream().noneMatch(i -> i.id() == a.id()), "another district's unseen");
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertThrows(EJBAccessException.class, () -> sheltered.admit(b.id(), p1, M2.atDay(1), null));
        assertEquals(enrolments, count("SELECT COUNT(*) FROM institution_enrolment"), "refusals enrol nobody");
        assertEquals(audits, audits(), "refusals audit nothing");

        StaffLogin.as("chengdong", "district123");
        ShelteredWorkerView later = sheltered.admit(b.id(), p1, M2.atDay(1), null);
        assertEquals(b.id(), later.institutionId(), "after leaving one institution a person may join another");
        assertTrue(sheltered.workers(a.id()).stream().anyMatch(x -> x.enrolmentId() == w.enrolmentId()));
        assertTrue(sheltered.institutions().stream().anyMatch(i -> i.id() == b.id() && i.workersToday() == 1));
        ShelteredWorkerView left = sheltered.leave(later.enrolmentId(), M2.atEndOfMonth());
        assertEquals(M2.atEndOfMonth(), left.to());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Enrolment' AND entity_id = '"
                + later.enrolmentId() + "' AND action = 'UPDATE'"), "leaving audited");
    }

    @Test
    void aMonthIsPaidOnceForTheWorkersPresentInItAtTheRateOfItsFirstDay() throws SQLException {
        InstitutionView a = workshop();
        String all = person();
        String fromM1 = person();
        String leftEarly = person();
        StaffLogin.as("chengdong", "district123");
        sheltered.admit(a.id(), all, M0.atDay(1), null);
        sheltered.admit(a.id(), fromM1, M1.atDay(10), null);
        sheltered.admit(a.id(), leftEarly, M0.atDay(1), M0.atDay(5));
        BigDecimal rate = new BigDecimal(text("SELECT setting_value FROM policy_setting WHERE setting_key = '"
                + ShelteredEmploymentService.RATE + "' AND valid_from <= DATE '" + M0.atDay(1)
                + "' ORDER BY valid_from DESC FETCH FIRST 1 ROWS ONLY"));
        assertEquals(new BigDecimal("300.00"), rate, "V67's initial rate");

        ShelteredSubsidyView m0 = sheltered.pay(a.id(), M0);
        assertEquals(2, m0.workerCount(), "the worker who left on the 5th was present in the month");
        assertEquals(rate.multiply(BigDecimal.valueOf(2)), m0.amount());
        assertEquals(2, count("SELECT COUNT(*) FROM sheltered_subsidy_line WHERE subsidy_id = " + m0.id()));
        ShelteredSubsidyView m1 = sheltered.pay(a.id(), M1);
        assertEquals(2, m1.workerCount(), "the one who left in M0 is not paid for M1; the one from the 10th is");
        assertEquals(0, count("SELECT COUNT(*) FROM sheltered_subsidy_line l JOIN person p ON p.id = l.person_id"
                + " WHERE l.subsidy_id = " + m1.id() + " AND p.id_number = '" + leftEarly + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'ShelteredSubsidy' AND entity_id = '"
                + m1.id() + "' AND actor = 'chengdong' AND action = 'CREATE' AND division_code = '630102'"));

        long subsidies = count("SELECT COUNT(*) FROM sheltered_subsidy");
        long audits = audits();
        refused("employment.sheltered.alreadyPaid", () -> sheltered.pay(a.id(), M0));
        refused("employment.sheltered.monthInFuture", () -> sheltered.pay(a.id(),
                YearMonth.from(PlatformClock.today()).plusMonths(1)));
        refused("employment.sheltered.noWorkers", () -> sheltered.pay(a.id(), M0.minusMonths(1)));
        refused("employment.sheltered.monthRequired", () -> sheltered.pay(a.id(), null));
        StaffLogin.as("chengzhong", "district123");
        refused("employment.sheltered.institutionNotFound", () -> sheltered.pay(a.id(), M2));
        refused("employment.sheltered.institutionNotFound", () -> sheltered.subsidies(a.id()));
        StaffLogin.as("worker-dongguan", "worker123");
        assertThrows(EJBAccessException.class, () -> sheltered.pay(a.id(), M2));
        assertEquals(subsidies, count("SELECT COUNT(*) FROM sheltered_subsidy"), "refusals pay nothing");
        assertEquals(audits, audits(), "refusals audit nothing");

        try {
            execute("DELETE FROM policy_setting WHERE id = " + RATE_ROW);
            execute("INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (" + RATE_ROW
                    + ", '" + ShelteredEmploymentService.RATE + "', '350.00', DATE '" + M2.atDay(1)
                    + "', 'ShelteredEmploymentIT')");
            StaffLogin.as("city", "city123");
            ShelteredSubsidyView m2 = sheltered.pay(a.id(), M2);
            assertEquals(new BigDecimal("700.00"), m2.amount(), "a new rate from M2's first day pays M2 at it");
            assertEquals(m1.amount(), sheltered.subsidies(a.id()).stream().filter(s -> s.month().equals(M1))
                    .findFirst().orElseThrow().amount(), "a month paid stays as it was paid");
        } finally {
            execute("DELETE FROM policy_setting WHERE id = " + RATE_ROW);
        }
    }

    @Test
    void basesAreRecognisedInTheJurisdictionWithAKindOfTheCodeTable() throws SQLException {
        StaffLogin.as("chengdong", "district123");
        List<BaseView.Kind> kinds = bases.kinds();
        for (String craft : List.of("掐丝", "堆绣", "皮绣")) {
            assertTrue(kinds.stream().anyMatch(k -> k.heritage() && k.nameZh().contains(craft)), craft);
        }
        String name = "堆绣就业基地" + System.nanoTime() % 1_000_000;
        LocalDate day = PlatformClock.today().minusDays(30);
        BaseView base = bases.recognise(new BaseForm(name, "HERITAGE_DUIXIU", "630102001", day, 12));
        assertEquals("堆绣", base.kindZh().substring(base.kindZh().length() - 2));
        assertTrue(bases.bases().stream().anyMatch(b -> b.id() == base.id() && b.disabledEmployed() == 12));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EmploymentBase' AND entity_id = '"
                + base.id() + "' AND actor = 'chengdong' AND action = 'CREATE'"));

        long rows = count("SELECT COUNT(*) FROM employment_base");
        long audits = audits();
        assertThrows(AccessDeniedException.class, () -> bases.recognise(
                new BaseForm(name + "城中", "EMPLOYMENT", "630103", day, 3)));
        refused("employment.base.kindUnknown", () -> bases.recognise(new BaseForm(name + "x", "EMBROIDERY",
                "630102", day, 3)));
        refused("employment.base.kindRequired", () -> bases.recognise(new BaseForm(name + "x", " ", "630102", day, 3)));
        refused("employment.base.nameRequired", () -> bases.recognise(new BaseForm(" ", "EMPLOYMENT", "630102", day,
                3)));
        refused("employment.base.recognisedInFuture", () -> bases.recognise(new BaseForm(name + "x", "EMPLOYMENT",
                "630102", PlatformClock.today().plusDays(1), 3)));
        refused("employment.base.employedOutOfRange", () -> bases.recognise(new BaseForm(name + "x", "EMPLOYMENT",
                "630102", day, -1)));
        refused("employment.base.employedRequired", () -> bases.recognise(new BaseForm(name + "x", "EMPLOYMENT",
                "630102", day, null)));
        refused("employment.base.exists", () -> bases.recognise(new BaseForm(name, "EMPLOYMENT", "630102001", day,
                3)));
        refused("division.format", () -> bases.recognise(new BaseForm(name + "x", "EMPLOYMENT", "63x", day, 3)));
        refused("employment.base.employedOutOfRange", () -> bases.employ(base.id(), base.version(), -2));
        assertThrows(ConcurrentChangeException.class, () -> bases.employ(base.id(), base.version() + 1, 20));
        StaffLogin.as("chengzhong", "district123");
        assertTrue(bases.bases().stream().noneMatch(b -> b.id() == base.id()), "another district does not see it");
        refused("employment.base.notFound", () -> bases.employ(base.id(), base.version(), 20));
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertThrows(EJBAccessException.class, () -> bases.bases());
        assertEquals(rows, count("SELECT COUNT(*) FROM employment_base"), "refusals recognise nothing");
        assertEquals(12, count("SELECT disabled_employed FROM employment_base WHERE id = " + base.id()),
                "refusals revise nothing");
        assertEquals(audits, audits(), "refusals audit nothing");

        StaffLogin.as("city", "city123");
        BaseView revised = bases.employ(base.id(), base.version(), 20);
        assertEquals(20, revised.disabledEmployed());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EmploymentBase' AND entity_id = '"
                + base.id() + "' AND actor = 'city' AND action = 'UPDATE'"));
    }

    private static void refused(String key, Executable call) {
        assertEquals(key, assertThrows(InvalidValueException.class, call).key());
    }

    private long audits() throws SQLException {
        return count("SELECT COUNT(*) FROM audit_entry WHERE entity_type IN ('Enrolment', '"
                + ShelteredEmploymentService.SUBSIDY + "', '" + EmploymentBaseService.BASE + "')");
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }
}
