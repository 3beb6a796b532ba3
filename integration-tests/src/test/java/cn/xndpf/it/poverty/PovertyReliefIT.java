package cn.xndpf.it.poverty;

import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.poverty.HouseholdPovertyView;
import cn.xndpf.application.poverty.MonitoringForm;
import cn.xndpf.application.poverty.MonitoringView;
import cn.xndpf.application.poverty.PovertyReliefService;
import cn.xndpf.application.poverty.PovertyStatusForm;
import cn.xndpf.domain.poverty.MeasureKind;
import cn.xndpf.domain.poverty.PoorKind;
import cn.xndpf.domain.poverty.PovertyStatus;
import cn.xndpf.domain.poverty.RiskKind;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Poverty relief (脱贫解困, 防返贫) through its EJB service: a registry household recorded poor, lifted out and poor
 * again as new rows, never overwritten; put under return-to-poverty monitoring with its risks, a measure taken and
 * the risk removed with the version read; every change audited; another district neither sees nor changes it;
 * every refusal changes and audits nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PovertyReliefIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PovertyReliefIT.class);
    }

    @EJB
    private PovertyReliefService poverty;

    @EJB
    private RegistryService registry;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private static final String AUDITS = "SELECT COUNT(*) FROM audit_entry WHERE entity_type IN ('PovertyStatus',"
            + " 'PovertyMonitoring')";

    private final LocalDate today = PlatformClock.today();

    /** A person registered in 城东区 by its staff (who stay logged in); returns the household number "PV" + id. */
    private String household() {
        StaffLogin.as("chengdong", "district123");
        String id = TestIds.valid("630102", false);
        registry.register(new PersonRegistration(id, "扶贫测试", "汉族", "13900000000", "测试地址8号", "630102001001",
                "PV" + id, true));
        return "PV" + id;
    }

    private long rows(String number) throws SQLException {
        return count("SELECT COUNT(*) FROM poverty_status s JOIN household h ON h.id = s.household_id"
                + " WHERE h.household_no = '" + number + "'");
    }

    @Test
    void aHouseholdIsPoorThenLiftedThenPoorAgainEachChangeANewAuditedRow() throws SQLException {
        String number = household();
        LocalDate poorOn = today.minusYears(5);
        HouseholdPovertyView poor = poverty.recordStatus(new PovertyStatusForm(number, PovertyStatus.POOR,
                PoorKind.REGISTERED, poorOn, "精准识别"));
        assertEquals(PovertyStatus.POOR, poor.status());
        assertEquals(1, poor.members().size());
        assertTrue(poor.members().get(0).startsWith("扶贫测试 ") && !poor.members().get(0).contains(number.substring(2)),
                "a member by name and masked number: " + poor.members());
        String created = text("SELECT after_state FROM audit_entry WHERE entity_type = 'PovertyStatus'"
                + " AND action = 'CREATE' AND after_state LIKE '%精准识别%'");
        assertTrue(created.contains("REGISTERED") && created.contains("\"householdId\""), created);

        long audits = count(AUDITS);
        record Refused(PovertyStatusForm form, String key) {
        }
        for (Refused r : List.of(
                new Refused(new PovertyStatusForm(number, PovertyStatus.POOR, PoorKind.LOW_INCOME, today, null),
                        "poverty.alreadyPoor"),
                new Refused(new PovertyStatusForm(number, PovertyStatus.LIFTED, null, poorOn.minusDays(1), null),
                        "poverty.beforeLastChange"),
                new Refused(new PovertyStatusForm(number, PovertyStatus.LIFTED, null, today.plusDays(1), null),
                        "date.future"),
                new Refused(new PovertyStatusForm(number, null, null, today, null), "poverty.statusRequired"),
                new Refused(new PovertyStatusForm(" ", PovertyStatus.LIFTED, null, today, null),
                        "poverty.householdRequired"),
                new Refused(new PovertyStatusForm("NO-SUCH", PovertyStatus.LIFTED, null, today, null),
                        "poverty.householdNotFound"))) {
            assertEquals(r.key(), assertThrows(InvalidValueException.class, () -> poverty.recordStatus(r.form())).key());
        }
        assertEquals(1, rows(number), "refusals write nothing");
        assertEquals(audits, count(AUDITS), "refusals audit nothing");

        LocalDate liftedOn = today.minusYears(2);
        HouseholdPovertyView lifted = poverty.recordStatus(new PovertyStatusForm(number, PovertyStatus.LIFTED, null,
                liftedOn, "稳定脱贫"));
        assertEquals(PovertyStatus.LIFTED, lifted.status());
        HouseholdPovertyView again = poverty.recordStatus(new PovertyStatusForm(number, PovertyStatus.POOR,
                PoorKind.LOW_INCOME, today, "因病返贫"));
        assertEquals(List.of(PovertyStatus.POOR, PovertyStatus.LIFTED, PovertyStatus.POOR),
                again.history().stream().map(HouseholdPovertyView.StatusRow::status).toList(),
                "the history keeps every change");
        assertEquals(poorOn, again.history().get(0).effectiveOn(), "the first row is not overwritten");
        assertEquals(PoorKind.REGISTERED, again.history().get(0).poorKind());
        assertEquals(3, rows(number));
        assertEquals(audits + 2, count(AUDITS));
        assertTrue(poverty.households().stream().anyMatch(h -> h.householdNumber().equals(number)
                && h.status() == PovertyStatus.POOR && h.poorKind() == PoorKind.LOW_INCOME && h.since().equals(today)),
                "listed with its status now");

        StaffLogin.as("city", "city123");
        assertEquals(3, poverty.household(number).history().size(), "the city sees every district's household");
    }

    @Test
    void aMonitoredHouseholdShowsItsOpenRiskUntilRemovedOnceWithMeasuresAudited() throws SQLException {
        String number = household();
        LocalDate start = today.minusMonths(3);
        HouseholdPovertyView monitored = poverty.startMonitoring(new MonitoringForm(number, start,
                EnumSet.of(RiskKind.ILLNESS, RiskKind.DISABILITY), "家庭成员患大病"));
        MonitoringView open = monitored.openMonitoring();
        assertNotNull(open, "the household's page shows its open risk");
        assertEquals(List.of(RiskKind.ILLNESS, RiskKind.DISABILITY), open.risks());
        assertTrue(poverty.monitored().stream().anyMatch(m -> m.id() == open.id()));

        long audits = count(AUDITS);
        long monitorings = count("SELECT COUNT(*) FROM poverty_monitoring");
        assertEquals("poverty.alreadyMonitored", assertThrows(InvalidValueException.class, () -> poverty
                .startMonitoring(new MonitoringForm(number, today, Set.of(RiskKind.OTHER), null))).key());
        assertEquals("poverty.riskRequired", assertThrows(InvalidValueException.class, () -> poverty
                .startMonitoring(new MonitoringForm(number, today, Set.of(), null))).key());
        assertThrows(ConcurrentChangeException.class, () -> poverty.takeMeasure(open.id(), open.version() + 1,
                MeasureKind.HEALTH, today, "x"));
        assertEquals("poverty.beforeMonitoring", assertThrows(InvalidValueException.class, () -> poverty
                .takeMeasure(open.id(), open.version(), MeasureKind.HEALTH, start.minusDays(1), "x")).key());
        assertEquals(monitorings, count("SELECT COUNT(*) FROM poverty_monitoring"));
        assertEquals(0, count("SELECT COUNT(*) FROM poverty_measure WHERE monitoring_id = " + open.id()));
        assertEquals(audits, count(AUDITS), "refusals audit nothing");

        MonitoringView measured = poverty.takeMeasure(open.id(), open.version(), MeasureKind.HEALTH,
                start.plusDays(10), "医疗救助和大病保险报销");
        assertEquals(1, measured.measures().size());
        assertEquals("poverty.beforeMeasure", assertThrows(InvalidValueException.class, () -> poverty
                .removeRisk(measured.id(), measured.version(), start.plusDays(5))).key());
        MonitoringView removed = poverty.removeRisk(measured.id(), measured.version(), today);
        assertFalse(removed.open());
        assertNull(poverty.household(number).openMonitoring(), "no open risk once removed");
        assertFalse(poverty.monitored().stream().anyMatch(m -> m.id() == open.id()));
        assertEquals("poverty.riskAlreadyRemoved", assertThrows(InvalidValueException.class, () -> poverty
                .removeRisk(removed.id(), removed.version(), today)).key());
        assertEquals(audits + 2, count(AUDITS));
        assertTrue(text("SELECT after_state FROM audit_entry WHERE entity_type = 'PovertyMonitoring' AND entity_id = '"
                + open.id() + "' AND action = 'UPDATE' AND after_state LIKE '%HEALTH%'").contains("医疗救助"));

        HouseholdPovertyView again = poverty.startMonitoring(new MonitoringForm(number, today,
                Set.of(RiskKind.UNSTABLE_EMPLOYMENT), null));
        assertEquals(2, again.monitorings().size(), "monitored again once the earlier risk is removed");
    }

    @Test
    void anotherDistrictNeitherSeesNorChangesAHouseholdAndTownshipClerksAreRefused() throws SQLException {
        String number = household();
        poverty.recordStatus(new PovertyStatusForm(number, PovertyStatus.POOR, PoorKind.REGISTERED, today, null));
        MonitoringView m = poverty.startMonitoring(new MonitoringForm(number, today, Set.of(RiskKind.DISASTER), null))
                .openMonitoring();
        long audits = count(AUDITS);
        long measures = count("SELECT COUNT(*) FROM poverty_measure");

        StaffLogin.as("chengzhong", "district123");
        assertEquals("poverty.householdNotFound", assertThrows(InvalidValueException.class,
                () -> poverty.household(number)).key(), "told apart from nothing");
        assertEquals("poverty.householdNotFound", assertThrows(InvalidValueException.class, () -> poverty
                .recordStatus(new PovertyStatusForm(number, PovertyStatus.LIFTED, null, today, null))).key());
        assertEquals("poverty.householdNotFound", assertThrows(InvalidValueException.class, () -> poverty
                .startMonitoring(new MonitoringForm(number, today, Set.of(RiskKind.OTHER), null))).key());
        assertThrows(NotFoundException.class, () -> poverty.takeMeasure(m.id(), m.version(), MeasureKind.OTHER,
                today, null));
        assertThrows(NotFoundException.class, () -> poverty.removeRisk(m.id(), m.version(), today));
        assertFalse(poverty.households().stream().anyMatch(h -> h.householdNumber().equals(number)));
        assertFalse(poverty.monitored().stream().anyMatch(x -> x.id() == m.id()));

        StaffLogin.as("clerk-dongguan", "clerk123");
        assertThrows(EJBAccessException.class, () -> poverty.households(), "township clerks do not");
        assertThrows(EJBAccessException.class, () -> poverty.recordStatus(new PovertyStatusForm(number,
                PovertyStatus.LIFTED, null, today, null)));
        assertEquals(1, rows(number));
        assertEquals(measures, count("SELECT COUNT(*) FROM poverty_measure"));
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
