package cn.xndpf.it.poverty;

import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.poverty.HouseholdPovertyView;
import cn.xndpf.application.poverty.MonitoringForm;
import cn.xndpf.application.poverty.MonitoringView;
import cn.xndpf.application.poverty.MutualAidPaymentForm;
import cn.xndpf.application.poverty.MutualAidPaymentView;
import cn.xndpf.application.poverty.MutualAidPilotView;
import cn.xndpf.application.poverty.MutualAidRateView;
import cn.xndpf.application.poverty.MutualAidService;
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
 * the risk removed with the version read; a neighbour paid a month once at the mutual-aid pilot's dated amount;
 * every change audited; another district neither sees nor changes it; every refusal changes and audits nothing.
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

    // 邻里互助 (mutual-aid pilots)

    @EJB
    private MutualAidService mutualAid;

    private static final String AID_AUDITS = "SELECT COUNT(*) FROM audit_entry WHERE entity_type IN ('MutualAidPilot',"
            + " 'MutualAidPayment')";

    @Test
    void aNeighbourIsPaidEachMonthOnceAtThePilotsDatedAmount() throws SQLException {
        String number = household();
        String member = number.substring(2);
        YearMonth thisMonth = YearMonth.from(today);
        StaffLogin.as("city", "city123");
        MutualAidPilotView pilot = mutualAid.openPilot("630102", "城东区邻里互助测试试点",
                thisMonth.minusMonths(3).atDay(1), null, new BigDecimal("150.00"));
        mutualAid.rate(pilot.id(), thisMonth.atDay(1), new BigDecimal("180.00"));
        assertThrows(EJBAccessException.class, () -> {
            StaffLogin.as("chengdong", "district123");
            mutualAid.openPilot("630102", "区级不能设立", today, null, BigDecimal.TEN);
        }, "only the city opens pilots");

        StaffLogin.as("chengdong", "district123");
        assertTrue(mutualAid.pilots().stream().anyMatch(p -> p.id() == pilot.id()
                && new BigDecimal("180.00").equals(p.monthlyAmountNow())));
        String helper = TestIds.valid("630102", false);
        MutualAidPaymentView earlier = mutualAid.pay(new MutualAidPaymentForm(pilot.id(), number, helper, "邻居张某",
                thisMonth.minusMonths(1)));
        assertEquals(new BigDecimal("150.00"), earlier.amount(), "the amount in force on the month's first day");
        MutualAidPaymentView now = mutualAid.pay(new MutualAidPaymentForm(pilot.id(), number, helper, "邻居张某",
                thisMonth));
        assertEquals(new BigDecimal("180.00"), now.amount());
        assertTrue(now.helper().startsWith("邻居张某 ") && !now.helper().contains(helper), now.helper());
        String audited = text("SELECT after_state FROM audit_entry WHERE entity_type = 'MutualAidPayment'"
                + " AND entity_id = '" + now.id() + "'");
        assertTrue(audited.contains("180.00") && !audited.contains(helper), audited);

        long payments = count("SELECT COUNT(*) FROM mutual_aid_payment");
        long audits = count(AID_AUDITS);
        record Refused(MutualAidPaymentForm form, String key) {
        }
        for (Refused r : List.of(
                new Refused(new MutualAidPaymentForm(pilot.id(), number, helper, "邻居张某", thisMonth),
                        "mutualAid.alreadyPaid"),
                new Refused(new MutualAidPaymentForm(pilot.id(), number, member, "户内成员", thisMonth),
                        "mutualAid.helperInHousehold"),
                new Refused(new MutualAidPaymentForm(pilot.id(), number, helper, "邻居张某", thisMonth.plusMonths(1)),
                        "mutualAid.monthFuture"),
                new Refused(new MutualAidPaymentForm(pilot.id(), number, helper, "邻居张某", thisMonth.minusMonths(4)),
                        "mutualAid.monthOutsidePilot"),
                new Refused(new MutualAidPaymentForm(null, number, helper, "邻居张某", thisMonth),
                        "mutualAid.pilotRequired"),
                new Refused(new MutualAidPaymentForm(1700L, number, helper, "邻居张某", thisMonth),
                        "mutualAid.pilotNotFound"))) {
            assertEquals(r.key(), assertThrows(InvalidValueException.class, () -> mutualAid.pay(r.form())).key());
        }
        StaffLogin.as("chengzhong", "district123");
        assertEquals("mutualAid.pilotNotFound", assertThrows(InvalidValueException.class, () -> mutualAid.pay(
                new MutualAidPaymentForm(pilot.id(), number, helper, "邻居张某", thisMonth.minusMonths(2)))).key(),
                "another district neither sees the pilot nor pays");
        assertTrue(mutualAid.payments(thisMonth.minusMonths(3), thisMonth).stream()
                .noneMatch(x -> x.householdNumber().equals(number)));
        assertEquals(payments, count("SELECT COUNT(*) FROM mutual_aid_payment"), "refusals pay nothing");
        assertEquals(audits, count(AID_AUDITS), "refusals audit nothing");
        StaffLogin.as("chengdong", "district123");
        assertEquals(2, mutualAid.payments(thisMonth.minusMonths(3), thisMonth).stream()
                .filter(x -> x.householdNumber().equals(number)).count());
    }

    /**
     * The pilots screen's service path (邻里互助试点与补贴标准): the city opens a pilot and dates a new amount; those who
     * see the pilot list its amounts over time, oldest first; a second amount on the same day, a day before the
     * pilot, no day, no or a zero amount, no or an unknown division, an end before the start are refused with
     * nothing opened, dated or audited; a district dates nothing and another district does not see the amounts.
     */
    @Test
    void theCityOpensAPilotAndDatesItsAmountsListedOverTimeAndRefusalsChangeNothing() throws SQLException {
        LocalDate start = today.minusYears(1).withDayOfMonth(1);
        StaffLogin.as("city", "city123");
        MutualAidPilotView pilot = mutualAid.openPilot("630102", "城东区互助标准测试试点", start, null,
                new BigDecimal("150.00"));
        mutualAid.rate(pilot.id(), start.plusMonths(6), new BigDecimal("170.00"));
        List<MutualAidRateView> dated = List.of(new MutualAidRateView(start, new BigDecimal("150.00")),
                new MutualAidRateView(start.plusMonths(6), new BigDecimal("170.00")));
        assertEquals(dated, mutualAid.rates(pilot.id()), "the amounts over time, oldest first");

        long pilots = count("SELECT COUNT(*) FROM mutual_aid_pilot");
        long rates = count("SELECT COUNT(*) FROM mutual_aid_rate");
        long audits = count(AID_AUDITS);
        record Refused(Executable call, String key) {
        }
        for (Refused r : List.of(
                new Refused(() -> mutualAid.rate(pilot.id(), start.plusMonths(6), new BigDecimal("180.00")),
                        "mutualAid.rateExists"),
                new Refused(() -> mutualAid.rate(pilot.id(), start.minusDays(1), new BigDecimal("180.00")),
                        "mutualAid.rateOutsidePilot"),
                new Refused(() -> mutualAid.rate(pilot.id(), null, new BigDecimal("180.00")), "date.required"),
                new Refused(() -> mutualAid.rate(pilot.id(), today, BigDecimal.ZERO), "mutualAid.amount"),
                new Refused(() -> mutualAid.rate(pilot.id(), today, null), "mutualAid.amount"),
                new Refused(() -> mutualAid.openPilot(null, "无区划试点", today, null, BigDecimal.TEN),
                        "mutualAid.divisionRequired"),
                new Refused(() -> mutualAid.openPilot("630199", "未知区划试点", today, null, BigDecimal.TEN),
                        "account.divisionUnknown"),
                new Refused(() -> mutualAid.openPilot("630102", "倒置期间试点", today, today.minusDays(1),
                        BigDecimal.TEN), "period.endsBeforeStart"),
                new Refused(() -> mutualAid.openPilot("630102", "无金额试点", today, null, null), "mutualAid.amount"))) {
            assertEquals(r.key(), assertThrows(InvalidValueException.class, r.call()).key());
        }
        StaffLogin.as("chengdong", "district123");
        assertThrows(EJBAccessException.class, () -> mutualAid.rate(pilot.id(), today, new BigDecimal("190.00")),
                "only the city dates an amount");
        assertEquals(dated, mutualAid.rates(pilot.id()), "the district sees its county's pilot's amounts");
        StaffLogin.as("chengzhong", "district123");
        assertEquals("mutualAid.pilotNotFound", assertThrows(InvalidValueException.class,
                () -> mutualAid.rates(pilot.id())).key(), "another district does not see them");
        assertEquals(pilots, count("SELECT COUNT(*) FROM mutual_aid_pilot"), "refusals open nothing");
        assertEquals(rates, count("SELECT COUNT(*) FROM mutual_aid_rate"), "refusals date nothing");
        assertEquals(audits, count(AID_AUDITS), "refusals audit nothing");
        StaffLogin.as("city", "city123");
        assertEquals(dated, mutualAid.rates(pilot.id()), "unchanged by the refusals");
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
