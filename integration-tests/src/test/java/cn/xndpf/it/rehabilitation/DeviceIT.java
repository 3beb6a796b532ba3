package cn.xndpf.it.rehabilitation;

import cn.xndpf.application.institution.InstitutionForm;
import cn.xndpf.application.institution.InstitutionService;
import cn.xndpf.application.institution.InstitutionView;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.rehabilitation.DeviceApplication;
import cn.xndpf.application.rehabilitation.DeviceService;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.rehabilitation.RehabilitationPeople.Holder;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
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
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Assistive devices (辅助器具) inside the real EAR: application of a catalogued device, the chain (初审, 适配评估),
 * issue or loan from a service point's stock (the kernel's start), fitting, return of a lent item (the kernel's
 * end, the item back in stock); the stock never below zero, also under two issues at once (two threads, two
 * transactions); refusals change nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DeviceIT {

    private static final String ISSUED = "issued";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DeviceIT.class, RehabilitationPeople.class, RehabilitationPeople.Holder.class);
    }

    @EJB
    private DeviceService devices;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private RegistryService registry;

    @EJB
    private InstitutionService institutions;

    @Resource(lookup = "java:comp/UserTransaction")
    private UserTransaction tx;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private final LocalDate today = PlatformClock.today();

    private InstitutionView institution(InstitutionKind kind, ServiceKind service) {
        StaffLogin.as("city", "city123");
        return institutions.register(new InstitutionForm("辅具服务点" + System.nanoTime() % 1_000_000, kind,
                "青残康字〔2024〕3号", EnumSet.of(service), 20, "630102", today.minusYears(1), null));
    }

    /** A case for the device applied for ten days ago, first-reviewed and assessed. */
    private long approved(Holder h, String code) {
        StaffLogin.as("clerk-dongguan", "clerk123");
        long caseId = devices.apply(new DeviceApplication(h.idNumber(), code, today.minusDays(10)));
        review("clerk-dongguan", "clerk123", caseId);
        assertEquals("ASSESSMENT", open(caseId).currentLevel().code());
        review("chengdong", "district123", caseId);
        assertEquals(CaseState.APPROVED, open(caseId).state());
        return caseId;
    }

    private void review(String user, String password, long caseId) {
        StaffLogin.as(user, password);
        workflow.review(caseId, workflow.open(caseId).version(), ReviewDecision.APPROVE, null);
    }

    private CaseView open(long caseId) {
        StaffLogin.as("city", "city123");
        return workflow.open(caseId);
    }

    private int onHand(InstitutionView point, String code) {
        StaffLogin.as("chengdong", "district123");
        return devices.stock(point.id()).stream().filter(s -> s.deviceCode().equals(code)).mapToInt(s -> s.onHand())
                .sum();
    }

    @Test
    void aLentItemIsAppliedForAssessedLentFittedAndReturnedToTheStock() throws SQLException {
        Holder h = RehabilitationPeople.register(registry);
        InstitutionView point = institution(InstitutionKind.REHABILITATION, ServiceKind.DEVICE_FITTING);
        StaffLogin.as("chengdong", "district123");
        assertTrue(devices.catalogue().stream().anyMatch(d -> d.code().equals("NB-01")));
        assertEquals(2, devices.receive(point.id(), "NB-01", 2).onHand());

        long caseId = approved(h, "NB-01");
        assertTrue(open(caseId).caseNumber().startsWith("FJ-"), open(caseId).caseNumber());
        StaffLogin.as("chengdong", "district123");
        devices.issue(caseId, workflow.open(caseId).version(), point.id(), today.minusDays(1));
        CaseView lent = open(caseId);
        assertEquals(CaseState.ACTIVE, lent.state());
        assertEquals("护理床（借用） · " + point.name(), lent.detail());
        assertEquals(1, onHand(point, "NB-01"));

        StaffLogin.as("chengdong", "district123");
        devices.fit(caseId, today);
        refused("day", "device.alreadyFitted", () -> devices.fit(caseId, today));
        refused("day", "device.dayOutOfRange", () -> devices.returnItem(caseId, workflow.open(caseId).version(),
                today.plusDays(1)));
        devices.returnItem(caseId, workflow.open(caseId).version(), today);
        assertEquals(CaseState.TERMINATED, open(caseId).state());
        assertEquals(2, onHand(point, "NB-01"), "the item is back");
        StaffLogin.as("chengdong", "district123");
        refused("day", "device.alreadyReturned", () -> devices.returnItem(caseId, workflow.open(caseId).version(),
                today));
        assertEquals(3, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'DeviceStock' AND entity_id = '"
                + point.id() + "/NB-01' AND actor = 'chengdong'"), "received, lent, returned");
        assertEquals(1, count("SELECT COUNT(*) FROM device_case WHERE case_id = " + caseId + " AND fitted_on IS NOT NULL"
                + " AND returned_on IS NOT NULL AND institution_id = " + point.id()));
    }

    @Test
    void refusalsChangeNothing() throws SQLException {
        Holder h = RehabilitationPeople.register(registry);
        Holder uncertified = RehabilitationPeople.register(registry, 40, false);
        InstitutionView point = institution(InstitutionKind.REHABILITATION, ServiceKind.DEVICE_FITTING);
        InstitutionView training = institution(InstitutionKind.REHABILITATION, ServiceKind.REHABILITATION_TRAINING);
        String cases = "SELECT COUNT(*) FROM program_case WHERE program_code = 'ASSISTIVE_DEVICE'";
        long before = count(cases);
        StaffLogin.as("clerk-dongguan", "clerk123");
        refused("deviceCode", "device.notInCatalogue", () -> devices.apply(new DeviceApplication(h.idNumber(),
                "NO-SUCH", today)));
        refused("idNumber", "eligibility.noValidCertificate", () -> devices.apply(new DeviceApplication(
                uncertified.idNumber(), "WC-01", today)));
        assertEquals(before, count(cases));

        long given = approved(h, "WC-01");
        StaffLogin.as("clerk-dongguan", "clerk123");
        refused("idNumber", "device.openCase", () -> devices.apply(new DeviceApplication(h.idNumber(), "WC-01", today)));
        String changes = "SELECT COUNT(*) FROM audit_entry WHERE (entity_type = 'Case' AND entity_id = '" + given
                + "') OR entity_type = 'DeviceStock'";
        long audits = count(changes);
        StaffLogin.as("chengdong", "district123");
        int version = workflow.open(given).version();
        refused("institutionId", "device.outOfStock", () -> devices.issue(given, version, point.id(), today));
        refused("institutionId", "device.notServicePoint", () -> devices.issue(given, version, training.id(), today));
        refused("quantity", "device.quantity", () -> devices.receive(point.id(), "WC-01", 0));
        refused("deviceCode", "device.notInCatalogue", () -> devices.receive(point.id(), "NO-SUCH", 1));
        StaffLogin.as("chengzhong", "district123");
        assertThrows(NotFoundException.class, () -> devices.issue(given, version, point.id(), today));
        refused("institutionId", "institution.notFound", () -> devices.receive(point.id(), "WC-01", 1));
        assertEquals(CaseState.APPROVED, open(given).state(), "a refused issue starts nothing");
        assertEquals(version, open(given).version());
        assertEquals(0, onHand(point, "WC-01"));
        assertEquals(audits, count(changes), "nothing audited");

        StaffLogin.as("chengdong", "district123");
        devices.receive(point.id(), "WC-01", 1);
        devices.issue(given, version, point.id(), today);
        refused("day", "device.notLent", () -> devices.returnItem(given, workflow.open(given).version(), today));
        assertEquals(CaseState.ACTIVE, open(given).state());
    }

    @Test
    void twoIssuesAtOnceOfTheLastItemOneIsServedTheOtherRefusedAndTheStockStaysAtZero() throws Exception {
        InstitutionView point = institution(InstitutionKind.REHABILITATION, ServiceKind.DEVICE_FITTING);
        long first = approved(RehabilitationPeople.register(registry), "CR-01");
        long second = approved(RehabilitationPeople.register(registry), "CR-01");
        StaffLogin.as("chengdong", "district123");
        devices.receive(point.id(), "CR-01", 1);

        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        StaffLogin.Signer signer = StaffLogin.signerForOtherThreads();
        List<Future<String>> outcomes = new ArrayList<>();
        outcomes.add(executor.submit(issueAfterBothRead(signer, first, point.id(), bothHaveRead)));
        outcomes.add(executor.submit(issueAfterBothRead(signer, second, point.id(), bothHaveRead)));
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get(120, TimeUnit.SECONDS));
        }

        assertEquals(1, results.stream().filter(ISSUED::equals).count(), "exactly one is served: " + results);
        assertEquals(1, results.stream().filter("device.outOfStock"::equals).count(), "the other is refused: " + results);
        assertEquals(0, onHand(point, "CR-01"), "never below zero");
        assertEquals(1, count("SELECT COUNT(*) FROM program_case WHERE id IN (" + first + ", " + second + ")"
                + " AND state = 'ACTIVE'"), "one case started");
        assertEquals(0, count("SELECT COUNT(*) FROM device_stock WHERE on_hand < 0"));
    }

    private Callable<String> issueAfterBothRead(StaffLogin.Signer signer, long caseId, long pointId,
                                                CyclicBarrier bothHaveRead) {
        return () -> {
            signer.as("chengdong", "district123");
            tx.begin();
            try {
                int seen = workflow.open(caseId).version();
                bothHaveRead.await(60, TimeUnit.SECONDS);
                devices.issue(caseId, seen, pointId, today);
                tx.commit();
                return ISSUED;
            } catch (InvalidValueException e) {
                return e.key();
            } finally {
                if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    tx.rollback();
                }
            }
        };
    }

    private static void refused(String field, String key, Executable call) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call, key);
        assertEquals(key, e.key());
        assertEquals(field, e.field(), key);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
