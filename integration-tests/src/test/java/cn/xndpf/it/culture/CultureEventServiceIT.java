package cn.xndpf.it.culture;

import cn.xndpf.application.culture.CultureEventForm;
import cn.xndpf.application.culture.CultureEventService;
import cn.xndpf.application.culture.CultureEventView;
import cn.xndpf.domain.culture.CultureEventKind;
import cn.xndpf.domain.shared.AccessDeniedException;
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
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Culture and sports events through their EJB service: recorded with registered participants by ID number (each
 * once; only people of the caller's jurisdiction) and others counted, audited, listed for the jurisdiction only;
 * every refusal records and audits nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CultureEventServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CultureEventServiceIT.class);
    }

    @EJB
    private CultureEventService events;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Test
    void anEventCountsItsRegisteredParticipantsOnceAndItsOthersAndIsAudited() throws SQLException {
        StaffLogin.as("chengdong", "district123");
        List<String> ids = idNumbersIn("630102", 2);
        LocalDate day = PlatformClock.today();
        CultureEventView e = events.record(new CultureEventForm(CultureEventKind.HELP_DAY, "全国助残日文艺汇演",
                "城东区残联", "城东区文化馆", day, "630102", ids.get(0) + "、" + ids.get(1) + "\n" + ids.get(0), 25));
        assertEquals(2, e.registeredParticipants(), "a number given twice counts once");
        assertEquals(27, e.participants());
        assertTrue(events.events(day, day).stream().anyMatch(v -> v.id() == e.id()));
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT actor, action FROM audit_entry WHERE entity_type = 'CultureEvent' AND entity_id = ?")) {
            s.setString(1, String.valueOf(e.id()));
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertEquals("chengdong CREATE", r.getString(1) + " " + r.getString(2));
            }
        }
        StaffLogin.as("chengzhong", "district123");
        assertTrue(events.events(day, day).stream().noneMatch(v -> v.id() == e.id()), "another district's");
        assertEquals("culture.notFound", assertThrows(InvalidValueException.class, () -> events.event(e.id())).key());
    }

    @Test
    void refusalsRecordNothing() throws SQLException {
        StaffLogin.as("chengdong", "district123");
        LocalDate day = PlatformClock.today();
        String outside = idNumbersIn("630103", 1).get(0);
        long rows = count("SELECT COUNT(*) FROM culture_event");
        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'CultureEvent'");
        refused("participants", () -> events.record(new CultureEventForm(CultureEventKind.READING, "读书会", "图书馆",
                "阅览室", day, "630102", outside, 0)), "culture.unregistered");
        refused("participants", () -> events.record(new CultureEventForm(CultureEventKind.READING, "读书会", "图书馆",
                "阅览室", day, "630102", "12345", 3)), null);
        refused("participants", () -> events.record(new CultureEventForm(CultureEventKind.READING, "读书会", "图书馆",
                "阅览室", day, "630102", "", 0)), "culture.nobody");
        refused("kind", () -> events.record(new CultureEventForm(null, "读书会", "图书馆", "阅览室", day, "630102",
                null, 3)), null);
        refused("heldOn", () -> events.record(new CultureEventForm(CultureEventKind.FITNESS, "健步走", "体育局",
                "湟水河畔", day.plusDays(1), "630102", null, 3)), "date.future");
        refused("otherParticipants", () -> events.record(new CultureEventForm(CultureEventKind.FITNESS, "健步走",
                "体育局", "湟水河畔", day, "630102", null, -1)), null);
        assertThrows(AccessDeniedException.class, () -> events.record(new CultureEventForm(CultureEventKind.FITNESS,
                "健步走", "体育局", "湟水河畔", day, "630103", null, 3)));
        StaffLogin.as("worker-dongguan", "worker123");
        assertThrows(EJBAccessException.class, () -> events.record(new CultureEventForm(CultureEventKind.FITNESS,
                "健步走", "体育局", "湟水河畔", day, "630102", null, 3)));
        assertEquals(rows, count("SELECT COUNT(*) FROM culture_event"), "refusals record nothing");
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'CultureEvent'"));
    }

    @Test
    void anEventIsRevisedAndDeletedWithTheVersionReadInsideTheJurisdictionEachAudited() throws SQLException {
        StaffLogin.as("chengdong", "district123");
        List<String> ids = idNumbersIn("630102", 3);
        LocalDate day = PlatformClock.today();
        CultureEventView e = events.record(new CultureEventForm(CultureEventKind.EAR_DAY, "爱耳日义诊", "城东区残联",
                "城东区医院", day, "630102", ids.get(0), 10));

        // kept participants when none are typed; the facts revised, audited with before and after
        CultureEventView kept = events.revise(e.id(), e.version(), new CultureEventForm(CultureEventKind.EAR_DAY,
                "全国爱耳日义诊", "城东区残联", "城东区人民医院", day.minusDays(1), "630102", null, 12));
        assertEquals(1, kept.registeredParticipants(), "no numbers typed: the registered participants stay");
        assertEquals(13, kept.participants());
        assertEquals("全国爱耳日义诊", events.event(e.id()).title());
        CultureEventView revised = events.revise(e.id(), kept.version(), new CultureEventForm(CultureEventKind.EAR_DAY,
                "全国爱耳日义诊", "城东区残联", "城东区人民医院", day.minusDays(1), "630102",
                ids.get(1) + " " + ids.get(2), 12));
        assertEquals(2, revised.registeredParticipants(), "numbers typed replace them");
        assertEquals(List.of("UPDATE", "UPDATE"), audits(e.id()).subList(1, 3));
        assertTrue(auditAfter(e.id(), "UPDATE").contains("城东区人民医院"));

        // refusals: a stale version, another district's division, bad facts, another district's staff
        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'CultureEvent'");
        assertEquals("concurrent.modification", assertThrows(InvalidValueException.class, () -> events.revise(e.id(),
                e.version(), new CultureEventForm(CultureEventKind.EAR_DAY, "旧版本", "城东区残联", "城东区医院", day,
                        "630102", null, 1))).key());
        assertThrows(AccessDeniedException.class, () -> events.revise(e.id(), revised.version(), new CultureEventForm(
                CultureEventKind.EAR_DAY, "搬到城中区", "城东区残联", "城东区医院", day, "630103", null, 1)));
        refused("participants", () -> events.revise(e.id(), revised.version(), new CultureEventForm(
                CultureEventKind.EAR_DAY, "没有人", "城东区残联", "城东区医院", day, "630102", "", 0)), "culture.nobody");
        refused("heldOn", () -> events.revise(e.id(), revised.version(), new CultureEventForm(
                CultureEventKind.EAR_DAY, "明天", "城东区残联", "城东区医院", day.plusDays(1), "630102", null, 1)),
                "date.future");
        assertEquals("concurrent.modification", assertThrows(InvalidValueException.class,
                () -> events.delete(e.id(), e.version())).key());
        StaffLogin.as("chengzhong", "district123");
        assertEquals("culture.notFound", assertThrows(InvalidValueException.class, () -> events.revise(e.id(),
                revised.version(), new CultureEventForm(CultureEventKind.EAR_DAY, "别区修改", "城中区残联", "城中区",
                        day, "630103", null, 1))).key());
        assertEquals("culture.notFound", assertThrows(InvalidValueException.class,
                () -> events.delete(e.id(), revised.version())).key());
        StaffLogin.as("worker-dongguan", "worker123");
        assertThrows(EJBAccessException.class, () -> events.delete(e.id(), revised.version()));
        StaffLogin.as("chengdong", "district123");
        CultureEventView unchanged = events.event(e.id());
        assertEquals(revised, unchanged, "every refusal leaves the event as it was");
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'CultureEvent'"));

        // deleted with the version read: gone from the list with its participants, the deletion audited
        events.delete(e.id(), unchanged.version());
        assertEquals("culture.notFound", assertThrows(InvalidValueException.class, () -> events.event(e.id())).key());
        assertTrue(events.events(day.minusDays(1), day).stream().noneMatch(v -> v.id() == e.id()));
        assertEquals(0, count("SELECT COUNT(*) FROM culture_event_participant WHERE event_id = " + e.id()));
        assertEquals(List.of("CREATE", "UPDATE", "UPDATE", "DELETE"), audits(e.id()));
    }

    /** The after-state of the event's last audit entry of that action. */
    private String auditAfter(long eventId, String action) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT after_state FROM audit_entry WHERE entity_type = 'CultureEvent' AND entity_id = ?"
                        + " AND action = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")) {
            s.setString(1, String.valueOf(eventId));
            s.setString(2, action);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }

    private List<String> audits(long eventId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT action FROM audit_entry WHERE entity_type = 'CultureEvent' AND entity_id = ? ORDER BY id")) {
            s.setString(1, String.valueOf(eventId));
            List<String> actions = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    actions.add(r.getString(1));
                }
            }
            return actions;
        }
    }

    private static void refused(String field, Executable call, String key) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call, field);
        assertEquals(field, e.field(), e.key());
        if (key != null) {
            assertEquals(key, e.key());
        }
    }

    private List<String> idNumbersIn(String county, int n) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT id_number FROM person WHERE division_code LIKE ? ORDER BY id FETCH FIRST " + n + " ROWS ONLY")) {
            s.setString(1, county + "%");
            List<String> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            assertEquals(n, ids.size(), "demo people in " + county);
            return ids;
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
