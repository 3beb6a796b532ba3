package cn.xndpf.it.person;

import cn.xndpf.application.audit.AuditService;
import cn.xndpf.application.person.PersonRecord;
import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.shared.Page;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.audit.AuditEntry;
import cn.xndpf.domain.audit.AuditRepository;
import cn.xndpf.domain.audit.AuditRepository.AuditQuery;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.CancellationReason;
import cn.xndpf.domain.person.CertificateEventType;
import cn.xndpf.domain.person.CertificateStatus;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.RegistryEntry;
import cn.xndpf.domain.person.RegistryQuery;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PersonalDataMasks;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.Sex;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry service inside the real EAR on Payara: jurisdiction, audit, validation, lifecycle, locking. */
@ExtendWith(ArquillianExtension.class)
class RegistryServiceIT {

    private static final String COMMUNITY = "630102001001";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(RegistryServiceIT.class);
    }

    @EJB
    private RegistryService registry;

    @EJB
    private AuditService auditService;

    @Inject
    private AuditRepository auditRepository;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private static RegistryQuery all() {
        return new RegistryQuery(null, null, null, null, null, null, null, true);
    }

    private long register(String idNumber, String name) {
        return registry.register(new PersonRegistration(idNumber, name, "汉族", "13800000000", "测试地址1号",
                COMMUNITY, "HT" + idNumber, true));
    }

    @Test
    void listsOnlyTheCallersJurisdiction() {
        StaffLogin.as("chengdong", "district123");
        Page<RegistryEntry> chengdong = registry.search(all(), 0, 200);
        assertTrue(chengdong.total() > 0);
        chengdong.rows().forEach(r -> assertTrue(r.division().value().startsWith("630102"), r.division().value()));
        chengdong.rows().forEach(r -> assertTrue(r.maskedIdNumber().contains("*"), "IDs masked in lists"));

        StaffLogin.as("city", "city123");
        long city = registry.search(all(), 0, 1).total();
        assertTrue(city > chengdong.total(), "the city sees more than one district");

        StaffLogin.as("worker-dongguan", "worker123");
        registry.search(all(), 0, 200).rows()
                .forEach(r -> assertEquals(COMMUNITY, r.division().value(), "a community worker sees one community"));
    }

    @Test
    void refusesToOpenOrChangeARecordOutsideTheJurisdiction() {
        StaffLogin.as("chengdong", "district123");
        RegistryEntry someone = registry.search(all(), 0, 1).rows().get(0);
        long auditBefore = countAudit("chengzhong", someone.personId());

        StaffLogin.as("chengzhong", "district123");
        NotFoundException missing = assertThrows(NotFoundException.class, () -> registry.open(Long.MAX_VALUE));
        NotFoundException elsewhere = assertThrows(NotFoundException.class, () -> registry.open(someone.personId()));
        assertEquals(missing.field() + missing.key() + missing.getMessage(),
                elsewhere.field() + elsewhere.key() + elsewhere.getMessage(),
                "a record of another district is answered like one that does not exist");
        assertThrows(NotFoundException.class,
                () -> registry.updateContact(someone.personId(), 1, "改名", null, null, null));
        StaffLogin.as("admin", "admin123");
        assertEquals(auditBefore, countAudit("chengzhong", someone.personId()), "a refusal leaves no trace of data");
    }

    @Test
    void transferAnswersForBothSidesAndAuditsThePersonsMove() {
        String id = TestIds.valid("630102", true);
        StaffLogin.as("worker-dongguan", "worker123");
        long personId = register(id, "测试人迁");
        StaffLogin.as("chengdong", "district123");
        LocalDate today = PlatformClock.today();
        long certId = registry.issueCertificate(personId, DisabilityCategory.VISUAL, DisabilityLevel.TWO,
                today.minusDays(20));
        int version = registry.open(personId).validCertificate().version();

        assertThrows(AccessDeniedException.class, () -> registry.transfer(certId, version, "630103001001",
                today, "迁往城中区"), "a district cannot move a person into another district");
        assertEquals("divisionCode", assertThrows(InvalidValueException.class, () -> registry.transfer(certId,
                version, "630102", today, "迁往区县本身")).field(), "people live in communities, not in a county");
        assertEquals("divisionCode", assertThrows(InvalidValueException.class, () -> registry.transfer(certId,
                version, "630102999999", today, "不存在的社区")).field());
        PersonRecord unchanged = registry.open(personId);
        assertEquals(COMMUNITY, unchanged.division().value(), "nothing changed");
        assertEquals(version, unchanged.validCertificate().version(), "nothing changed");

        StaffLogin.as("city", "city123");
        registry.transfer(certId, version, "630103001001", today, "迁往城中区");
        assertEquals("630103001001", registry.open(personId).division().value());
        StaffLogin.as("admin", "admin123");
        List<AuditEntry> moves = auditService.search(new AuditQuery("city", "Person", String.valueOf(personId),
                AuditAction.UPDATE, null, null), 0, 10);
        assertEquals(1, moves.size(), "the person's change of division is audited in its own right");
        assertTrue(moves.get(0).before().contains(COMMUNITY) && moves.get(0).after().contains("630103001001"));
    }

    @Test
    void aNumberRegisteredInAnotherJurisdictionIsNotRevealedThereButTheCitySeesTheDuplicate() throws Exception {
        String id = TestIds.valid("630102", true);
        StaffLogin.as("worker-dongguan", "worker123");
        long personId = register(id, "测试人重");
        long people = count("SELECT COUNT(*) FROM person");
        // every entry but sign-ins (signing 城中区 in is audited, as it should be)
        String changes = "SELECT COUNT(*) FROM audit_entry WHERE action NOT IN ('SIGN_IN', 'SIGN_IN_FAILED')";
        long audits = count(changes);

        // 城中区 may not learn that the number is registered in 城东区: a refusal that names no place
        StaffLogin.as("chengzhong", "district123");
        InvalidValueException elsewhere = assertThrows(InvalidValueException.class, () -> registry.register(
                new PersonRegistration(id, "测试人重", null, null, null, "630103001001", "HC" + id, true)));
        assertEquals("idNumber", elsewhere.field());
        assertEquals("person.cannotRegisterHere", elsewhere.key());
        assertEquals("该身份证号无法在本辖区登记，请联系市残联", elsewhere.message(java.util.Locale.SIMPLIFIED_CHINESE));
        assertFalse(elsewhere.message(java.util.Locale.SIMPLIFIED_CHINESE).contains("已登记"));
        assertEquals(people, count("SELECT COUNT(*) FROM person"), "nothing registered");
        assertEquals(audits, count(changes), "nothing audited: nothing changed");

        // the district that holds the record, and the city over both, see the duplicate
        StaffLogin.as("chengdong", "district123");
        assertEquals("person.duplicate", assertThrows(InvalidValueException.class, () -> register(id, "测试人重")).key());
        StaffLogin.as("city", "city123");
        assertEquals("person.duplicate", assertThrows(InvalidValueException.class, () -> registry.register(
                new PersonRegistration(id, "测试人重", null, null, null, "630103001001", "HC" + id, true))).key());
        assertEquals(people, count("SELECT COUNT(*) FROM person"), "nothing registered");
        // ... and can resolve it: the city moves the person where the other district wanted to register them
        LocalDate today = PlatformClock.today();
        StaffLogin.as("chengdong", "district123");
        long certId = registry.issueCertificate(personId, DisabilityCategory.PHYSICAL, DisabilityLevel.THREE,
                today.minusDays(5));
        StaffLogin.as("city", "city123");
        registry.transfer(certId, registry.open(personId).validCertificate().version(), "630103001001", today,
                "重复登记核实：实际居住城中区");
        StaffLogin.as("chengzhong", "district123");
        assertEquals("630103001001", registry.open(personId).division().value());
    }

    @Test
    void registrationNeverJoinsAHouseholdOfAnotherJurisdictionAndAuditsNewOnes() {
        String there = TestIds.valid("630103", true);
        long households = householdAudits("chengzhong");
        StaffLogin.as("chengzhong", "district123");
        registry.register(new PersonRegistration(there, "测试人户", null, null, null, "630103001001",
                "HZ" + there, true));
        assertEquals(households + 1, householdAudits("chengzhong"), "the new household is audited");

        StaffLogin.as("worker-dongguan", "worker123");
        String here = TestIds.valid("630102", false);
        long before = registry.search(all(), 0, 1).total();
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> registry.register(new PersonRegistration(here, "测试人邻", null, null, null, COMMUNITY,
                        "HZ" + there, true)));
        assertEquals("householdNumber", refused.field());
        assertEquals("household.unavailable", refused.key());
        assertEquals(before, registry.search(all(), 0, 1).total(), "nothing changed");
    }

    @Test
    void cancellationForDeathAndReissueAuditWhatTheyChangeBesideTheCertificate() {
        String id = TestIds.valid("630102", false);
        StaffLogin.as("worker-dongguan", "worker123");
        long personId = register(id, "测试人终");
        StaffLogin.as("chengdong", "district123");
        LocalDate today = PlatformClock.today();
        long first = registry.issueCertificate(personId, DisabilityCategory.HEARING, DisabilityLevel.FOUR,
                today.minusDays(100));
        registry.cancel(first, registry.open(personId).validCertificate().version(), CancellationReason.RECOVERY,
                today.minusDays(50), "康复");
        long second = registry.issueCertificate(personId, DisabilityCategory.HEARING, DisabilityLevel.THREE,
                today.minusDays(10));
        registry.cancel(second, registry.open(personId).validCertificate().version(), CancellationReason.DEATH,
                today, "家属报告");

        StaffLogin.as("admin", "admin123");
        List<AuditEntry> superseded = auditService.search(new AuditQuery("chengdong", "Certificate",
                String.valueOf(first), AuditAction.UPDATE, null, null), 0, 10);
        assertTrue(superseded.stream().anyMatch(e -> e.summary().contains("取代")), "the superseded certificate");
        List<AuditEntry> death = auditService.search(new AuditQuery("chengdong", "Person", String.valueOf(personId),
                AuditAction.UPDATE, null, null), 0, 10);
        assertEquals(1, death.size(), "the death date is audited on the person");
        assertTrue(death.get(0).before().contains("\"deathDate\":null"));
        assertTrue(death.get(0).after().contains("\"deathDate\":\"" + today + "\""));
    }

    @Test
    void readingTheAuditLogIsAuditedAndScopedToTheJurisdiction() throws Exception {
        StaffLogin.as("worker-dongguan", "worker123");
        register(TestIds.valid("630102", true), "测试人审");   // at least one entry of the district
        StaffLogin.as("admin", "admin123");
        long reads = auditService.count(new AuditQuery("admin", "AuditLog", null, AuditAction.VIEW, null, null));
        auditService.search(new AuditQuery("chengdong", null, null, null, null, null), 0, 5);
        assertEquals(reads + 1, auditService.count(new AuditQuery("admin", "AuditLog", null, AuditAction.VIEW,
                null, null)), "the search itself is in the log");

        List<AuditEntry> chengdong = auditRepository.search(new AuditQuery(null, null, null, null, null, null)
                .within(DivisionCode.of("630102"), false), 0, 200);
        assertFalse(chengdong.isEmpty());
        chengdong.forEach(e -> assertTrue(e.divisionCode() != null && e.divisionCode().startsWith("630102"),
                "a district administrator's view holds only the district: " + e.divisionCode()));
        long everything = auditRepository.count(new AuditQuery(null, null, null, null, null, null));
        long inCity = auditService.count(new AuditQuery(null, null, null, null, null, null));
        assertEquals(everything, inCity + sql("SELECT COUNT(*) FROM audit_entry WHERE division_code IS NOT NULL"
                + " AND division_code NOT LIKE '6301%'"), "the city administrator sees the city and platform events");
    }

    @Test
    void refusesCallersWhoAreNotLoggedIn() {
        assertThrows(EJBAccessException.class, () -> registry.search(all(), 0, 10));
    }

    @Test
    void registersWithSexAndBirthDateFromTheIdNumberAndAuditsIt() {
        String id = TestIds.valid("630102", false);
        StaffLogin.as("worker-dongguan", "worker123");
        long personId = register(id, "测试人甲");

        PersonRecord record = registry.open(personId);
        assertEquals(id, record.idNumber(), "a full record shows the full number");
        assertEquals(Sex.FEMALE, record.sex());
        assertEquals(LocalDate.parse(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14)),
                record.birthDate());
        assertEquals("HT" + id, record.household().number());

        StaffLogin.as("admin", "admin123");
        List<AuditEntry> entries = auditService.search(
                new AuditQuery("worker-dongguan", "Person", String.valueOf(personId), null, null, null), 0, 10);
        String maskedId = id.substring(0, 4) + "**********" + id.substring(14);
        assertTrue(entries.stream().anyMatch(e -> e.action() == AuditAction.CREATE && e.after().contains(maskedId)
                && e.before() == null));
        assertTrue(entries.stream().noneMatch(e -> String.valueOf(e.after()).contains(id)
                || String.valueOf(e.before()).contains(id) || e.summary().contains(id)), "the audit log holds it masked");
        assertTrue(entries.stream().anyMatch(e -> e.action() == AuditAction.VIEW), "opening is audited");
    }

    @Test
    void anAuditedChangeOfContactStoresPhoneAddressAndIdNumberMasked() {
        String id = TestIds.valid("630102", true);
        StaffLogin.as("worker-dongguan", "worker123");
        long personId = register(id, "测试联系");
        int version = registry.open(personId).version();
        String oldPhone = "13812345678";
        String newPhone = "0971-8123456";
        String oldAddress = "青海省西宁市城东区东关大街12号3单元501室";
        String newAddress = "青海省西宁市城东区八一路99号2单元202室";
        registry.updateContact(personId, version, "测试联系", null, oldPhone, oldAddress);
        registry.updateContact(personId, version + 1, "测试联系", null, newPhone, newAddress);

        StaffLogin.as("admin", "admin123");
        AuditEntry change = auditService.search(new AuditQuery("worker-dongguan", "Person", String.valueOf(personId),
                AuditAction.UPDATE, null, null), 0, 10).stream()
                .filter(e -> e.after().contains(PersonalDataMasks.phone(newPhone))).findFirst().orElseThrow();
        String stored = change.before() + change.after() + change.summary();
        for (String plain : List.of(id, oldPhone, newPhone, oldAddress, newAddress, "12号", "99号")) {
            assertFalse(stored.contains(plain), plain + " stored in clear: " + stored);
        }
        assertTrue(change.before().contains("\"phone\":\"138****5678\""), change.before());
        assertTrue(change.after().contains("\"phone\":\"097*****3456\""), change.after());
        assertTrue(change.before().contains("\"address\":\"青海省西宁市****\""), change.before());
        assertTrue(change.after().contains("\"idNumber\":\"" + id.substring(0, 4) + "**********" + id.substring(14)),
                change.after());
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndChangesNothing() {
        StaffLogin.as("worker-dongguan", "worker123");
        long before = registry.search(all(), 0, 1).total();
        String id = TestIds.valid("630102", true);
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> register(TestIds.withWrongCheck(id), "测试人乙"));
        assertEquals("idNumber", e.field());
        assertEquals("身份证号校验码不正确", e.getMessage());
        assertEquals("name", assertThrows(InvalidValueException.class, () -> register(id, " ")).field());
        assertEquals("divisionCode", assertThrows(InvalidValueException.class,
                () -> registry.register(new PersonRegistration(id, "测试人乙", null, null, null, "630103001001",
                        "HX" + id, true))).field(), "another district's community is outside the jurisdiction");
        assertEquals(before, registry.search(all(), 0, 1).total(), "nothing half-saved");

        register(id, "测试人乙");
        assertEquals("idNumber", assertThrows(InvalidValueException.class, () -> register(id, "测试人丙")).field(),
                "the same ID number twice");
    }

    @Test
    void certificateLifecycleKeepsItsWholeHistory() {
        String id = TestIds.valid("630102", true);
        StaffLogin.as("worker-dongguan", "worker123");
        long personId = register(id, "测试人丁");

        StaffLogin.as("chengdong", "district123");
        LocalDate today = PlatformClock.today();
        long certId = registry.issueCertificate(personId, DisabilityCategory.PHYSICAL, DisabilityLevel.THREE,
                today.minusDays(30));
        PersonRecord.CertificateView issued = registry.open(personId).validCertificate();
        assertEquals(id + "43", issued.number());

        assertEquals("category", assertThrows(InvalidValueException.class, () -> registry.issueCertificate(personId,
                DisabilityCategory.VISUAL, DisabilityLevel.ONE, today)).field(), "one valid certificate at a time");

        registry.reassess(certId, issued.version(), DisabilityCategory.PHYSICAL, DisabilityLevel.TWO,
                today.minusDays(10), "复评");
        PersonRecord.CertificateView reassessed = registry.open(personId).validCertificate();
        assertEquals(id + "42", reassessed.number(), "the number follows the level");

        registry.transfer(certId, reassessed.version(), "630102002001", today.minusDays(5), "搬家");
        PersonRecord afterMove = registry.open(personId);
        assertEquals("630102002001", afterMove.division().value(), "the person moves with the certificate");

        registry.cancel(certId, afterMove.validCertificate().version(), CancellationReason.DEATH, today, "家属报告");
        PersonRecord end = registry.open(personId);
        PersonRecord.CertificateView cancelled = end.certificates().get(0);
        assertEquals(CertificateStatus.CANCELLED, cancelled.status());
        assertEquals(today, end.deathDate());
        assertNull(end.validCertificate());
        assertEquals(List.of(CertificateEventType.ISSUED, CertificateEventType.REASSESSED,
                        CertificateEventType.TRANSFERRED, CertificateEventType.CANCELLED),
                cancelled.history().stream().map(PersonRecord.EventView::type).toList());
        PersonRecord.EventView reassess = cancelled.history().get(1);
        assertEquals(DisabilityLevel.THREE, reassess.oldLevel());
        assertEquals(DisabilityLevel.TWO, reassess.newLevel());
        assertEquals("chengdong", reassess.actor());

        StaffLogin.as("admin", "admin123");
        List<AuditEntry> changes = auditService.search(
                new AuditQuery("chengdong", "Certificate", String.valueOf(certId), AuditAction.UPDATE, null, null), 0, 10);
        assertEquals(3, changes.size());
        assertTrue(changes.stream().anyMatch(e -> e.before().contains("\"status\":\"VALID\"")
                && e.after().contains("\"status\":\"CANCELLED\"")));
    }

    @Test
    void twoEditorsOfTheSameRecordCannotOverwriteEachOther() {
        String id = TestIds.valid("630102", true);
        StaffLogin.as("worker-dongguan", "worker123");
        long personId = register(id, "测试人戊");
        int seen = registry.open(personId).version();

        registry.updateContact(personId, seen, "测试人戊", "回族", "13900000000", "新地址");
        assertThrows(ConcurrentChangeException.class,
                () -> registry.updateContact(personId, seen, "测试人己", null, null, null));
        PersonRecord now = registry.open(personId);
        assertEquals("测试人戊", now.name(), "the first save stands");
        assertNotEquals(seen, now.version());
        assertFalse(now.phone().isEmpty());
    }

    private long householdAudits(String actor) {
        StaffLogin.as("admin", "admin123");
        return auditService.count(new AuditQuery(actor, "Household", null, AuditAction.CREATE, null, null));
    }

    private long sql(String query) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(query);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long countAudit(String actor, long personId) {
        StaffLogin.as("admin", "admin123");
        return auditService.count(new AuditQuery(actor, "Person", String.valueOf(personId), null, null, null));
    }

    private long count(String sql) throws java.sql.SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
