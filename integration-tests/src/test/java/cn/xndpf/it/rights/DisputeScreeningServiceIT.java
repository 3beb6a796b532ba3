package cn.xndpf.it.rights;

import cn.xndpf.application.person.PersonRecord;
import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.rights.DisputeRoundForm;
import cn.xndpf.application.rights.DisputeRoundView;
import cn.xndpf.application.rights.DisputeScreeningService;
import cn.xndpf.domain.rights.DisputeKind;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
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

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dispute screening (矛盾纠纷排查) through its EJB service: a round recorded in a division of the jurisdiction with
 * its findings (a registered person concerned, a household, or nobody), a finding resolved once with the version
 * read, both audited; another district neither sees nor resolves it; every refusal changes and audits nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DisputeScreeningServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DisputeScreeningServiceIT.class);
    }

    @EJB
    private DisputeScreeningService disputes;

    @EJB
    private RegistryService registry;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    /** The audit entries of screening (a sign-in is audited too, and the tests sign in as others between counts). */
    private static final String AUDITS = "SELECT COUNT(*) FROM audit_entry WHERE entity_type IN ('DisputeRound', 'DisputeFinding')";

    private final LocalDate today = PlatformClock.today();

    /** A person registered in 城东区 by its staff (who stay logged in), with the household number "DS" + id. */
    private String registered() {
        StaffLogin.as("chengdong", "district123");
        String id = TestIds.valid("630102", false);
        registry.register(new PersonRegistration(id, "排查测试", "汉族", "13900000000", "测试地址6号", "630102001001",
                "DS" + id, true));
        return id;
    }

    @Test
    void aRoundIsRecordedWithItsFindingsAndOneIsResolvedOnceBothAudited() throws SQLException {
        String person = registered();
        DisputeRoundView round = disputes.record(new DisputeRoundForm(today.minusDays(3), "630102001",
                "东关街道残联专干 王某、李某", "季度排查", List.of(
                new DisputeRoundForm.Finding(DisputeKind.SUPPORT, "子女拒绝赡养", person, null),
                new DisputeRoundForm.Finding(DisputeKind.NEIGHBOURHOOD, "邻里通道纠纷", null, "DS" + person),
                new DisputeRoundForm.Finding(DisputeKind.BENEFIT, "对补贴标准有疑问", null, null))));
        assertEquals(3, round.findings().size());
        assertEquals(3, round.unresolved());
        DisputeRoundView.Finding support = round.findings().get(0);
        assertTrue(support.concerned().startsWith("排查测试 ") && !support.concerned().contains(person),
                "the person by name and masked number: " + support.concerned());
        assertEquals("DS" + person, round.findings().get(1).concerned());
        assertNull(round.findings().get(2).concerned());
        String created = text("SELECT after_state FROM audit_entry WHERE entity_type = 'DisputeRound'"
                + " AND entity_id = '" + round.id() + "' AND action = 'CREATE'");
        assertTrue(created.contains("子女拒绝赡养") && !created.contains(person), created);

        long audits = count(AUDITS);
        assertThrows(ConcurrentChangeException.class,
                () -> disputes.resolve(support.id(), support.version() + 1, today, "调解"));
        InvalidValueException early = assertThrows(InvalidValueException.class,
                () -> disputes.resolve(support.id(), support.version(), today.minusDays(4), "调解"));
        assertEquals("dispute.resolvedBeforeRound", early.key());
        assertEquals(audits, count(AUDITS), "refusals audit nothing");

        DisputeRoundView after = disputes.resolve(support.id(), support.version(), today, "经社区调解，子女同意按月支付赡养费");
        DisputeRoundView.Finding resolved = after.findings().get(0);
        assertTrue(resolved.resolved());
        assertEquals(today, resolved.resolvedOn());
        assertEquals(2, after.unresolved());
        assertTrue(text("SELECT after_state FROM audit_entry WHERE entity_type = 'DisputeFinding' AND entity_id = '"
                + support.id() + "' AND action = 'UPDATE'").contains("赡养费"));
        InvalidValueException twice = assertThrows(InvalidValueException.class,
                () -> disputes.resolve(support.id(), resolved.version(), today, "再次"));
        assertEquals("dispute.alreadyResolved", twice.key());
        assertTrue(disputes.rounds(today.minusDays(10), today).stream().anyMatch(r -> r.id() == round.id()));
    }

    @Test
    void anotherDistrictNeitherSeesNorResolvesARoundAndRefusalsRecordNothing() throws SQLException {
        String person = registered();
        DisputeRoundView round = disputes.record(new DisputeRoundForm(today, "630102", "城东区残联", null,
                List.of(new DisputeRoundForm.Finding(DisputeKind.FAMILY, "家庭纠纷", null, null))));
        long rounds = count("SELECT COUNT(*) FROM dispute_round");
        long findings = count("SELECT COUNT(*) FROM dispute_finding");
        long audits = count(AUDITS);

        StaffLogin.as("chengzhong", "district123");
        assertThrows(NotFoundException.class, () -> disputes.round(round.id()));
        DisputeRoundView.Finding f = round.findings().get(0);
        assertThrows(NotFoundException.class, () -> disputes.resolve(f.id(), f.version(), today, "调解"));
        assertFalse(disputes.rounds(today.minusDays(1), today).stream().anyMatch(r -> r.id() == round.id()));
        assertThrows(AccessDeniedException.class, () -> disputes.record(new DisputeRoundForm(today, "630102",
                "城中区残联", null, List.of())), "a division outside the jurisdiction");
        InvalidValueException stranger = assertThrows(InvalidValueException.class, () -> disputes.record(
                new DisputeRoundForm(today, "630103", "城中区残联", null, List.of(
                        new DisputeRoundForm.Finding(DisputeKind.OTHER, "其他", person, null)))));
        assertEquals("dispute.personNotFound", stranger.key(), "a person of another district is not told apart");
        record Refused(DisputeRoundForm form, String key) {
        }
        for (Refused r : List.of(
                new Refused(new DisputeRoundForm(today.plusDays(1), "630103", "城中区残联", null, List.of()), "date.future"),
                new Refused(new DisputeRoundForm(null, "630103", "城中区残联", null, List.of()), "date.required"),
                new Refused(new DisputeRoundForm(today, "630103", " ", null, List.of()), "dispute.screenedBy"),
                new Refused(new DisputeRoundForm(today, "", "城中区残联", null, List.of()), "dispute.divisionRequired"),
                new Refused(new DisputeRoundForm(today, "630103", "城中区残联", null, List.of(
                        new DisputeRoundForm.Finding(null, "x", null, null))), "dispute.kindRequired"),
                new Refused(new DisputeRoundForm(today, "630103", "城中区残联", null, List.of(
                        new DisputeRoundForm.Finding(DisputeKind.OTHER, " ", null, null))), "dispute.description"),
                new Refused(new DisputeRoundForm(today, "630103", "城中区残联", null, List.of(
                        new DisputeRoundForm.Finding(DisputeKind.OTHER, "x", null, "NO-SUCH"))),
                        "dispute.householdNotFound"))) {
            assertEquals(r.key(), assertThrows(InvalidValueException.class, () -> disputes.record(r.form())).key());
        }
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertThrows(EJBAccessException.class, () -> disputes.rounds(today, today), "township clerks do not");
        assertEquals(rounds, count("SELECT COUNT(*) FROM dispute_round"));
        assertEquals(findings, count("SELECT COUNT(*) FROM dispute_finding"));
        assertEquals(audits, count(AUDITS));
    }

    private String text(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            assertTrue(r.next(), sql);
            return r.getString(1);
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
