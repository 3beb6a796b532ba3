package cn.xndpf.it.institution;

import cn.xndpf.application.institution.InstitutionForm;
import cn.xndpf.application.institution.InstitutionService;
import cn.xndpf.application.institution.InstitutionView;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry of service institutions through its EJB service, as the screen calls it: district and city
 * staff register and revise institutions inside their jurisdiction only, see only those, every change is
 * audited with its before and after, and every refusal (bad input, another jurisdiction, a stale version,
 * a role without the right) changes nothing and audits nothing.
 */
@ExtendWith(ArquillianExtension.class)
class InstitutionServiceIT {

    private static final LocalDate FROM = LocalDate.of(2021, 1, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(InstitutionServiceIT.class);
    }

    @EJB
    private InstitutionService registry;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private static InstitutionForm form(String name, String division, Integer capacity) {
        return new InstitutionForm(name, InstitutionKind.CARE, "青残托字〔2021〕12号",
                EnumSet.of(ServiceKind.DAY_CARE, ServiceKind.BOARDING_CARE), capacity, division, FROM, null);
    }

    private static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000;
    }

    @Test
    void cityStaffRegisterAndReviseAnInstitutionAndEachChangeIsAudited() throws SQLException {
        StaffLogin.as("city", "city123");
        String name = unique("阳光家园城东");
        InstitutionView created = registry.register(form(name, "630102001", 40));
        assertEquals(name, created.name());
        assertEquals(Set.of(ServiceKind.DAY_CARE, ServiceKind.BOARDING_CARE), Set.copyOf(created.services()));
        assertTrue(created.inForce(), "qualified from 2021, open-ended");
        assertTrue(registry.institutions().stream().anyMatch(i -> i.id() == created.id()));
        List<String[]> audit = audit(created.id());
        assertEquals(1, audit.size());
        assertEquals("city", audit.get(0)[0]);
        assertEquals("CREATE", audit.get(0)[1]);
        assertTrue(audit.get(0)[3].contains("\"capacity\":40"), audit.get(0)[3]);

        InstitutionForm revised = new InstitutionForm(name, InstitutionKind.CARE, "青残托字〔2021〕12号",
                EnumSet.of(ServiceKind.HOME_CARE), 60, "630102", FROM, LocalDate.of(2022, 12, 31));
        InstitutionView after = registry.revise(created.id(), created.version(), revised);
        assertEquals(60, after.capacity());
        assertEquals(List.of(ServiceKind.HOME_CARE), after.services());
        assertFalse(after.inForce(), "its qualification ended in 2022");
        audit = audit(created.id());
        assertEquals(2, audit.size());
        assertEquals("UPDATE", audit.get(1)[1]);
        assertTrue(audit.get(1)[2].contains("\"capacity\":40"), "before: " + audit.get(1)[2]);
        assertTrue(audit.get(1)[3].contains("\"capacity\":60"), "after: " + audit.get(1)[3]);

        // a second revision from the version read before the first is refused, not applied over it
        ConcurrentChangeException stale = assertThrows(ConcurrentChangeException.class,
                () -> registry.revise(created.id(), created.version(), form(name, "630102", 99)));
        assertEquals("concurrent.modification", stale.key());
        assertEquals(60, registry.institution(created.id()).capacity(), "nothing changed");
        assertEquals(2, audit(created.id()).size(), "nothing audited");
    }

    @Test
    void districtStaffSeeAndChangeOnlyTheirOwnJurisdiction() throws SQLException {
        StaffLogin.as("city", "city123");
        InstitutionView chengzhong = registry.register(form(unique("城中托养中心"), "630103", 30));

        StaffLogin.as("chengdong", "district123");
        InstitutionView chengdong = registry.register(form(unique("城东托养中心"), "630102", 20));
        List<InstitutionView> visible = registry.institutions();
        assertTrue(visible.stream().anyMatch(i -> i.id() == chengdong.id()));
        assertTrue(visible.stream().allMatch(i -> i.divisionCode().startsWith("630102")),
                "城东区 staff see only 城东区's institutions");

        long rows = institutionRows();
        long audits = auditRows();
        InvalidValueException hidden = assertThrows(InvalidValueException.class,
                () -> registry.institution(chengzhong.id()));
        assertEquals("institution.notFound", hidden.key(), "another district's institution looks unknown");
        InvalidValueException notTheirs = assertThrows(InvalidValueException.class,
                () -> registry.revise(chengzhong.id(), chengzhong.version(), form("改名", "630103", 5)));
        assertEquals("institution.notFound", notTheirs.key());
        assertThrows(AccessDeniedException.class, () -> registry.register(form(unique("越权"), "630103", 5)));
        assertThrows(AccessDeniedException.class,
                () -> registry.revise(chengdong.id(), chengdong.version(), form(chengdong.name(), "630103", 20)),
                "an institution cannot be moved out of the jurisdiction");
        assertEquals(rows, institutionRows(), "refusals register nothing");
        assertEquals(audits, auditRows(), "refusals audit nothing");
        assertEquals("630102", registry.institution(chengdong.id()).divisionCode());
        StaffLogin.as("city", "city123");
        assertEquals(30, registry.institution(chengzhong.id()).capacity());
    }

    @Test
    void badInputIsRefusedWithItsFieldAndRegistersNothing() throws SQLException {
        StaffLogin.as("chengdong", "district123");
        long rows = institutionRows();
        long audits = auditRows();
        Set<ServiceKind> day = EnumSet.of(ServiceKind.DAY_CARE);
        String q = "青残康字〔2020〕3号";
        refused("name", () -> registry.register(new InstitutionForm(" ", InstitutionKind.CARE, q, day, 10,
                "630102", FROM, null)));
        refused("kind", () -> registry.register(new InstitutionForm("某机构", null, q, day, 10, "630102", FROM, null)));
        refused("qualification", () -> registry.register(new InstitutionForm("某机构", InstitutionKind.CARE, "",
                day, 10, "630102", FROM, null)));
        refused("services", () -> registry.register(new InstitutionForm("某机构", InstitutionKind.CARE, q,
                Set.of(), 10, "630102", FROM, null)));
        refused("capacity", () -> registry.register(form("某机构", "630102", 0)));
        refused("capacity", () -> registry.register(form("某机构", "630102", null)));
        refused("divisionCode", () -> registry.register(form("某机构", "630102999", 10)));
        refused("divisionCode", () -> registry.register(form("某机构", "", 10)));
        refused("validFrom", () -> registry.register(new InstitutionForm("某机构", InstitutionKind.CARE, q, day, 10,
                "630102", null, null)));
        refused("validTo", () -> registry.register(new InstitutionForm("某机构", InstitutionKind.CARE, q, day, 10,
                "630102", FROM, FROM.minusDays(1))));
        assertEquals(rows, institutionRows(), "refusals register nothing");
        assertEquals(audits, auditRows(), "refusals audit nothing");
    }

    @Test
    void onlyDistrictAndCityStaffKeepTheRegistry() throws SQLException {
        long rows = institutionRows();
        for (String[] user : new String[][]{{"worker-dongguan", "worker123"}, {"clerk-dongguan", "clerk123"},
                {"civil-chengdong", "civil123"}, {"admin", "admin123"}}) {
            StaffLogin.as(user[0], user[1]);
            assertThrows(EJBAccessException.class, () -> registry.register(form("某机构", "630102", 10)), user[0]);
            assertThrows(EJBAccessException.class, () -> registry.institutions(), user[0]);
        }
        assertEquals(rows, institutionRows());
    }

    private static void refused(String field, Executable call) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call, field);
        assertEquals(field, e.field(), e.key());
    }

    private List<String[]> audit(long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT actor, action, before_state, after_state FROM audit_entry WHERE entity_type = 'Institution'"
                        + " AND entity_id = ? ORDER BY id")) {
            s.setString(1, String.valueOf(id));
            List<String[]> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new String[]{r.getString(1), r.getString(2),
                            r.getString(3) == null ? "" : r.getString(3), r.getString(4) == null ? "" : r.getString(4)});
                }
            }
            return rows;
        }
    }

    private long institutionRows() throws SQLException {
        return count("SELECT COUNT(*) FROM institution");
    }

    private long auditRows() throws SQLException {
        return count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Institution'");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
