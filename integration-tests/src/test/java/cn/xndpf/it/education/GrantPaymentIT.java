package cn.xndpf.it.education;

import cn.xndpf.application.education.EducationService;
import cn.xndpf.application.education.GrantApplication;
import cn.xndpf.application.education.GrantPaymentService;
import cn.xndpf.application.education.GrantPaymentView;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.education.SchoolStage;
import cn.xndpf.domain.education.SchoolYear;
import cn.xndpf.domain.education.StudentRelation;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Paying an approved grant (助学金发放): the district lists its approved, unpaid grants of the school year and
 * records one payment per case at the case's amount, checked against the version it saw, audited; every
 * refusal (another district, a stale version, a wrong amount or day, no reference, a second payment) changes
 * nothing, and the database itself refuses a second payment row.
 */
@ExtendWith(ArquillianExtension.class)
class GrantPaymentIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(GrantPaymentIT.class, Students.class);
    }

    @EJB
    private EducationService education;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private GrantPaymentService payments;

    @EJB
    private RegistryService registry;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private final String year = SchoolYear.containing(PlatformClock.today()).label();

    /** A grant of a Dongguan holder's child, applied for and approved through the chain today. */
    private long approvedGrant() {
        Students.Holder h = new Students(registry).holder(Students.DONGGUAN, AssistanceStatus.DIBAO);
        StaffLogin.as("worker-dongguan", "worker123");
        long caseId = education.apply(new GrantApplication(h.idNumber(), StudentRelation.CHILD, Students.child(),
                "发放测试学生", "西宁市第一中学", null, SchoolStage.JUNIOR_SECONDARY, 2, year));
        StaffLogin.as("clerk-dongguan", "clerk123");
        workflow.review(caseId, workflow.open(caseId).version(), ReviewDecision.APPROVE, null);
        StaffLogin.as("chengdong", "district123");
        workflow.review(caseId, workflow.open(caseId).version(), ReviewDecision.APPROVE, null);
        return caseId;
    }

    private static GrantPaymentView find(List<GrantPaymentView> list, long caseId) {
        return list.stream().filter(v -> v.caseId() == caseId).findFirst().orElse(null);
    }

    @Test
    void anApprovedGrantIsPaidOnceAtItsAmountAuditedAndListedAsPaid() throws SQLException {
        long caseId = approvedGrant();
        LocalDate today = PlatformClock.today();

        StaffLogin.as("chengdong", "district123");
        GrantPaymentView unpaid = find(payments.approvedGrants(year, true), caseId);
        assertTrue(unpaid != null && !unpaid.paid(), "listed as approved and unpaid");
        assertEquals(new BigDecimal("1250.00"), unpaid.amount());
        assertFalse(unpaid.maskedStudentIdNumber().matches("\\d{17}[\\dX]"), "the student's ID number is masked");

        GrantPaymentView paid = payments.pay(caseId, unpaid.caseVersion(), today, new BigDecimal("1250.00"),
                " GK-2026-0001 ");
        assertTrue(paid.paid());
        assertEquals(today, paid.paidOn());
        assertEquals(new BigDecimal("1250.00"), paid.paidAmount());
        assertEquals("GK-2026-0001", paid.reference());
        assertEquals(null, find(payments.approvedGrants(year, true), caseId), "no longer among the unpaid");
        assertTrue(find(payments.approvedGrants(year, false), caseId).paid(), "listed as paid");

        assertEquals(1, count("SELECT COUNT(*) FROM education_grant_payment WHERE case_id = " + caseId));
        String after = single("SELECT after_state FROM audit_entry WHERE entity_type = 'GrantPayment'"
                + " AND action = 'CREATE' AND actor = 'chengdong' AND after_state LIKE ?", "%GK-2026-0001%");
        assertTrue(after.contains("\"amount\":\"1250.00\"") && after.contains(today.toString()), after);
        assertEquals("630102001001", single("SELECT division_code FROM education_grant_payment WHERE case_id = ?",
                String.valueOf(caseId)), "counted in the holder's division");
    }

    @Test
    void everyRefusalNamesItsFieldAndChangesNothingAndTheSecondPaymentIsRefused() throws SQLException {
        long caseId = approvedGrant();
        LocalDate today = PlatformClock.today();
        BigDecimal amount = new BigDecimal("1250.00");

        StaffLogin.as("chengzhong", "district123");
        assertEquals(null, find(payments.approvedGrants(year, false), caseId), "another district does not see it");
        StaffLogin.as("chengdong", "district123");
        int version = find(payments.approvedGrants(year, true), caseId).caseVersion();

        long rows = count("SELECT COUNT(*) FROM education_grant_payment");
        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'GrantPayment'");
        StaffLogin.as("chengzhong", "district123");
        assertEquals("case", assertThrows(NotFoundException.class,
                () -> payments.pay(caseId, version, today, amount, "GK-1")).field());
        StaffLogin.as("chengdong", "district123");
        assertThrows(ConcurrentChangeException.class, () -> payments.pay(caseId, version - 1, today, amount, "GK-1"));
        refused("paidOn", "education.paidOnRequired", () -> payments.pay(caseId, version, null, amount, "GK-1"));
        refused("paidOn", "education.paidOnRange",
                () -> payments.pay(caseId, version, today.plusDays(1), amount, "GK-1"));
        refused("amount", "education.paymentAmount",
                () -> payments.pay(caseId, version, today, new BigDecimal("1000.00"), "GK-1"));
        refused("amount", "education.paymentAmount", () -> payments.pay(caseId, version, today, null, "GK-1"));
        refused("reference", "education.paymentReference", () -> payments.pay(caseId, version, today, amount, " "));
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertThrows(EJBAccessException.class, () -> payments.pay(caseId, version, today, amount, "GK-1"),
                "a township clerk does not pay");
        assertEquals(rows, count("SELECT COUNT(*) FROM education_grant_payment"), "no payment written");
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'GrantPayment'"), "nothing audited");

        StaffLogin.as("chengdong", "district123");
        GrantPaymentView paid = payments.pay(caseId, version, today, amount, "GK-2");
        audits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'GrantPayment'");
        assertTrue(paid.paid());
        refused("case", "education.grantPaid", () -> payments.pay(caseId, version, today, amount, "GK-3"));
        refused("case", "education.grantPaid", () -> payments.pay(caseId, workflow.open(caseId).version(), today,
                amount, "GK-3"));
        assertEquals(rows + 1, count("SELECT COUNT(*) FROM education_grant_payment"), "paid once");
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'GrantPayment'"), "the refusals audited nothing");

        // the last guard: the database refuses a second payment row for the case, whatever the service does
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO education_grant_payment (id, case_id, paid_on, amount, reference, division_code, paid_by,"
                        + " recorded_at, version) VALUES (?, ?, ?, 1250.00, 'SQL-2', '630102001001', 'sql',"
                        + " CURRENT_TIMESTAMP, 0)")) {
            s.setLong(1, 990_000_000L + caseId);
            s.setLong(2, caseId);
            s.setObject(3, today);
            assertThrows(SQLException.class, s::executeUpdate, "uq_grant_payment_case");
        }
        assertEquals(rows + 1, count("SELECT COUNT(*) FROM education_grant_payment"), "still paid once");
    }

    @Test
    void aGrantNotYetApprovedIsNotPaid() throws SQLException {
        Students.Holder h = new Students(registry).holder(Students.DONGGUAN, AssistanceStatus.DIBAO);
        StaffLogin.as("worker-dongguan", "worker123");
        long caseId = education.apply(new GrantApplication(h.idNumber(), StudentRelation.CHILD, Students.child(),
                "发放测试学生", "西宁市第一中学", null, SchoolStage.JUNIOR_SECONDARY, 2, year));
        StaffLogin.as("chengdong", "district123");
        assertEquals(null, find(payments.approvedGrants(year, false), caseId), "not listed before approval");
        long rows = count("SELECT COUNT(*) FROM education_grant_payment");
        refused("case", "education.paymentNotApproved", () -> payments.pay(caseId, workflow.open(caseId).version(),
                PlatformClock.today(), new BigDecimal("1250.00"), "GK-9"));
        assertEquals(rows, count("SELECT COUNT(*) FROM education_grant_payment"));
    }

    private static void refused(String field, String key, Executable call) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call, key);
        assertEquals(field, e.field(), key);
        assertEquals(key, e.key());
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

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
