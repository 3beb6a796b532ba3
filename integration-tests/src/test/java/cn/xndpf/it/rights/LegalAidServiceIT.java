package cn.xndpf.it.rights;

import cn.xndpf.application.rights.LegalAidService;
import cn.xndpf.application.rights.LegalMatterForm;
import cn.xndpf.application.rights.LegalMatterView;
import cn.xndpf.domain.rights.LegalMatterKind;
import cn.xndpf.domain.rights.LegalOutcome;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Legal consultations and legal-aid cases through their EJB service: recorded for a division of the jurisdiction,
 * concluded once with an outcome of their kind, each change audited (the contact masked); another division's
 * answers like a missing one; every refusal changes and audits nothing.
 */
@ExtendWith(ArquillianExtension.class)
class LegalAidServiceIT {

    private static final String CONTACT = "13611112222";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(LegalAidServiceIT.class);
    }

    @EJB
    private LegalAidService legal;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private static LegalMatterForm form(LegalMatterKind kind, String division) {
        return new LegalMatterForm(kind, "当事人" + System.nanoTime() % 100_000, CONTACT, null, "拖欠工资纠纷",
                division, PlatformClock.today());
    }

    @Test
    void aLegalAidCaseIsRecordedAndConcludedWithItsOutcomeBothAudited() throws SQLException {
        StaffLogin.as("chengdong", "district123");
        LegalMatterView aid = legal.record(form(LegalMatterKind.LEGAL_AID, "630102"));
        assertTrue(legal.matters(LegalMatterKind.LEGAL_AID, PlatformClock.today(), PlatformClock.today()).stream()
                .anyMatch(m -> m.id() == aid.id()));
        assertFalse(legal.matters(LegalMatterKind.CONSULTATION, PlatformClock.today(), PlatformClock.today()).stream()
                .anyMatch(m -> m.id() == aid.id()), "listed by kind");
        long audits = auditRows();
        refused("outcome", () -> legal.conclude(aid.id(), aid.version(), PlatformClock.today(), LegalOutcome.ANSWERED,
                null));
        assertEquals(audits, auditRows());
        LegalMatterView done = legal.conclude(aid.id(), aid.version(), PlatformClock.today(), LegalOutcome.WON,
                "判决支付拖欠工资");
        assertEquals(LegalOutcome.WON, done.outcome());
        assertThrows(ConcurrentChangeException.class, () -> legal.conclude(aid.id(), aid.version(),
                PlatformClock.today(), LegalOutcome.SETTLED, null));
        refused("outcome", () -> legal.conclude(done.id(), done.version(), PlatformClock.today(), LegalOutcome.SETTLED,
                null));
        assertEquals(LegalOutcome.WON, legal.matter(aid.id()).outcome());
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT action, before_state, after_state FROM audit_entry WHERE entity_type = 'LegalMatter'"
                        + " AND entity_id = ? ORDER BY id")) {
            s.setString(1, String.valueOf(aid.id()));
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertEquals("CREATE", r.getString(1));
                assertFalse(r.getString(3).contains(CONTACT), "the contact masked");
                assertTrue(r.next());
                assertEquals("UPDATE", r.getString(1));
                assertTrue(r.getString(3).contains("\"outcome\":\"WON\""), r.getString(3));
                assertFalse(r.next(), "refusals audit nothing");
            }
        }
    }

    @Test
    void anotherDivisionsMatterAnswersLikeAMissingOneAndBadInputRecordsNothing() throws SQLException {
        StaffLogin.as("city", "city123");
        LegalMatterView chengzhong = legal.record(form(LegalMatterKind.CONSULTATION, "630103"));
        StaffLogin.as("chengdong", "district123");
        long rows = rows();
        long audits = auditRows();
        assertEquals("legal.notFound", assertThrows(InvalidValueException.class,
                () -> legal.matter(chengzhong.id())).key());
        assertEquals("legal.notFound", assertThrows(InvalidValueException.class, () -> legal.conclude(chengzhong.id(),
                chengzhong.version(), PlatformClock.today(), LegalOutcome.ANSWERED, null)).key());
        assertThrows(AccessDeniedException.class, () -> legal.record(form(LegalMatterKind.CONSULTATION, "630103")));
        LocalDate today = PlatformClock.today();
        refused("kind", () -> legal.record(form(null, "630102")));
        refused("personName", () -> legal.record(new LegalMatterForm(LegalMatterKind.CONSULTATION, "", CONTACT, null,
                "事项", "630102", today)));
        refused("idNumber", () -> legal.record(new LegalMatterForm(LegalMatterKind.CONSULTATION, "李四", CONTACT,
                "12345", "事项", "630102", today)));
        refused("openedOn", () -> legal.record(new LegalMatterForm(LegalMatterKind.CONSULTATION, "李四", CONTACT, null,
                "事项", "630102", today.plusDays(1))));
        assertTrue(legal.matters(null, today.minusYears(1), today).stream()
                .allMatch(m -> m.divisionCode().startsWith("630102")));
        assertEquals(rows, rows(), "refusals record nothing");
        assertEquals(audits, auditRows(), "refusals audit nothing");
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertThrows(EJBAccessException.class, () -> legal.record(form(LegalMatterKind.CONSULTATION, "630102")));
        assertEquals(rows, rows());
    }

    private static void refused(String field, Executable call) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call, field);
        assertEquals(field, e.field(), e.key());
    }

    private long rows() throws SQLException {
        return count("SELECT COUNT(*) FROM legal_matter");
    }

    private long auditRows() throws SQLException {
        return count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'LegalMatter'");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
