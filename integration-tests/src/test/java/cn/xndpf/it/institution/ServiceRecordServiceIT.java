package cn.xndpf.it.institution;

import cn.xndpf.application.institution.EnrolmentView;
import cn.xndpf.application.institution.InstitutionForm;
import cn.xndpf.application.institution.InstitutionService;
import cn.xndpf.application.institution.InstitutionView;
import cn.xndpf.application.institution.NewServiceRecord;
import cn.xndpf.application.institution.ServiceRecordService;
import cn.xndpf.application.institution.ServiceRecordView;
import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.security.NewStaffAccount;
import cn.xndpf.application.security.PasswordHasher;
import cn.xndpf.application.security.StaffAccountService;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.RecordChannel;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.PartnerHttp;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import cn.xndpf.it.subsidy.SelfAddress;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real-name service records and the enrolments behind them, through the EJB service as screens call it and
 * over HTTP as an institution's system does (REST and SOAP): a record only for a person enrolled with the
 * institution for that service on that day, once a day, within the caller's jurisdiction, by an
 * institution's staff or system only for its own institution; each record audited, each refusal changing
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceRecordServiceIT {

    private static final String DONGGUAN = "630102001001";
    private static final String GOOD = "Yangguang-2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ServiceRecordServiceIT.class, SelfAddress.class);
    }

    @EJB
    private ServiceRecordService records;

    @EJB
    private InstitutionService institutions;

    @EJB
    private RegistryService registry;

    @EJB
    private StaffAccountService accounts;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private final LocalDate today = PlatformClock.today();
    private final LocalDate monthAgo = today.minusDays(30);

    /** A 东关 person with a certificate, registered by 城东区 staff. */
    private String[] person() {
        StaffLogin.as("chengdong", "district123");
        String id = TestIds.valid("630102", true);
        long personId = registry.register(new PersonRegistration(id, "托养测试人", "汉族", "13900000000", "测试地址2号",
                DONGGUAN, "HS" + id, true));
        registry.issueCertificate(personId, DisabilityCategory.INTELLECTUAL, DisabilityLevel.TWO, today.minusYears(1));
        return new String[]{String.valueOf(personId), id};
    }

    /** A 城东区 care institution offering day and home care, registered by city staff. */
    private InstitutionView institution(int places) {
        StaffLogin.as("city", "city123");
        return institutions.register(new InstitutionForm("阳光家园" + System.nanoTime() % 1_000_000,
                InstitutionKind.CARE, "青残托字〔2022〕7号", EnumSet.of(ServiceKind.DAY_CARE, ServiceKind.HOME_CARE),
                places, "630102", today.minusYears(2), null));
    }

    private EnrolmentView enrol(String[] person, InstitutionView at, ServiceKind service) {
        StaffLogin.as("chengdong", "district123");
        return records.enrol(Long.parseLong(person[0]), at.id(), service, monthAgo, null);
    }

    private static NewServiceRecord dayCare(String idNumber, Long institutionId, LocalDate day) {
        return new NewServiceRecord(idNumber, institutionId, ServiceKind.DAY_CARE, day, 1, new BigDecimal("45.00"));
    }

    @Test
    void staffRecordAnEnrolledPersonsServiceOnceADayAndEachRecordIsAudited() throws SQLException {
        String[] p = person();
        InstitutionView home = institution(10);
        enrol(p, home, ServiceKind.DAY_CARE);

        StaffLogin.as("worker-dongguan", "worker123");
        LocalDate yesterday = today.minusDays(1);
        ServiceRecordView r = records.record(dayCare(p[1], home.id(), yesterday), RecordChannel.SCREEN);
        assertEquals(new BigDecimal("45.00"), r.amount());
        assertEquals(home.id(), r.institutionId());
        assertFalse(r.maskedIdNumber().equals(p[1]), "the ID number is masked");
        assertTrue(records.records(YearMonth.from(yesterday), null, 0, 100).rows().stream()
                .anyMatch(v -> v.id() == r.id()));
        String[] audit = audit(r.id());
        assertEquals("worker-dongguan", audit[0]);
        assertTrue(audit[1].contains("\"amount\":\"45.00\""), audit[1]);

        long rows = count("SELECT COUNT(*) FROM service_record");
        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'ServiceRecord'");
        refused("day", "serviceRecord.duplicate", () -> records.record(dayCare(p[1], home.id(), yesterday),
                RecordChannel.SCREEN));
        assertEquals(rows, count("SELECT COUNT(*) FROM service_record"), "one record a day");
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'ServiceRecord'"));
    }

    @Test
    void aRecordTheRulesDoNotAllowIsRefusedWithItsFieldAndChangesNothing() throws SQLException {
        String[] p = person();
        InstitutionView home = institution(10);
        enrol(p, home, ServiceKind.DAY_CARE);
        long rows = count("SELECT COUNT(*) FROM service_record");
        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'ServiceRecord'");
        LocalDate day = today.minusDays(2);

        StaffLogin.as("clerk-dongguan", "clerk123");
        refused("idNumber", "serviceRecord.notEnrolled", () -> records.record(new NewServiceRecord(p[1], home.id(),
                ServiceKind.HOME_CARE, day, 1, BigDecimal.TEN), RecordChannel.SCREEN));
        refused("service", "serviceRecord.serviceNotOffered", () -> records.record(new NewServiceRecord(p[1],
                home.id(), ServiceKind.BOARDING_CARE, day, 1, BigDecimal.TEN), RecordChannel.SCREEN));
        refused("idNumber", "serviceRecord.notEnrolled", () -> records.record(dayCare(p[1], home.id(),
                monthAgo.minusDays(1)), RecordChannel.SCREEN));
        refused("day", "serviceRecord.dayInFuture", () -> records.record(dayCare(p[1], home.id(), today.plusDays(1)),
                RecordChannel.SCREEN));
        refused("quantity", "serviceRecord.quantityRange", () -> records.record(new NewServiceRecord(p[1], home.id(),
                ServiceKind.DAY_CARE, day, 0, BigDecimal.TEN), RecordChannel.SCREEN));
        refused("amount", "serviceRecord.amountRange", () -> records.record(new NewServiceRecord(p[1], home.id(),
                ServiceKind.DAY_CARE, day, 1, new BigDecimal("-1")), RecordChannel.SCREEN));
        refused("amount", "serviceRecord.amountRange", () -> records.record(new NewServiceRecord(p[1], home.id(),
                ServiceKind.DAY_CARE, day, 1, new BigDecimal("1.234")), RecordChannel.SCREEN));
        refused("institutionId", "serviceRecord.institutionRequired", () -> records.record(dayCare(p[1], null, day),
                RecordChannel.SCREEN));
        refused("idNumber", "idNumber.length", () -> records.record(dayCare("12345", home.id(), day),
                RecordChannel.SCREEN));
        StaffLogin.as("chengzhong", "district123");
        refused("idNumber", "person.notFound", () -> records.record(dayCare(p[1], home.id(), day),
                RecordChannel.SCREEN));
        assertEquals(rows, count("SELECT COUNT(*) FROM service_record"), "refusals record nothing");
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'ServiceRecord'"));
    }

    @Test
    void enrolmentsStayWithinTheInstitutionsPlacesAndTheStaffsJurisdiction() throws SQLException {
        InstitutionView small = institution(2);
        String[] a = person();
        String[] b = person();
        String[] c = person();
        enrol(a, small, ServiceKind.DAY_CARE);
        enrol(b, small, ServiceKind.HOME_CARE);
        long enrolments = count("SELECT COUNT(*) FROM institution_enrolment");
        StaffLogin.as("chengdong", "district123");
        refused("institutionId", "enrolment.full", () -> records.enrol(Long.parseLong(c[0]), small.id(),
                ServiceKind.DAY_CARE, monthAgo, null));
        refused("idNumber", "enrolment.already", () -> records.enrol(Long.parseLong(a[0]), small.id(),
                ServiceKind.DAY_CARE, today, null));
        StaffLogin.as("chengzhong", "district123");
        refused("idNumber", "person.notFound", () -> records.enrol(Long.parseLong(c[0]), small.id(),
                ServiceKind.DAY_CARE, monthAgo, null));
        StaffLogin.as("worker-dongguan", "worker123");
        assertThrows(EJBAccessException.class, () -> records.enrol(Long.parseLong(c[0]), small.id(),
                ServiceKind.DAY_CARE, monthAgo, null));
        assertEquals(enrolments, count("SELECT COUNT(*) FROM institution_enrolment"), "refusals enrol nobody");
        StaffLogin.as("chengdong", "district123");
        assertEquals(1, records.enrolments(Long.parseLong(a[0])).size());
    }

    @Test
    void anInstitutionsStaffRecordOnlyForTheirOwnInstitutionsPeople() throws SQLException {
        InstitutionView own = institution(10);
        InstitutionView other = institution(10);
        String[] mine = person();
        String[] theirs = person();
        enrol(mine, own, ServiceKind.DAY_CARE);
        enrol(theirs, other, ServiceKind.DAY_CARE);
        StaffLogin.as("admin", "admin123");
        String name = "it-carer-" + System.nanoTime() % 1_000_000;
        accounts.create(new NewStaffAccount(name, "机构人员", StaffRole.INSTITUTION_STAFF, "630102", GOOD, own.id()));
        StaffLogin.as(name, GOOD);
        accounts.changeOwnPassword(GOOD, GOOD + "x");
        StaffLogin.as(name, GOOD + "x");

        LocalDate day = today.minusDays(3);
        ServiceRecordView r = records.record(dayCare(mine[1], null, day), RecordChannel.SCREEN);
        assertEquals(own.id(), r.institutionId(), "their own institution, without naming it");
        long rows = count("SELECT COUNT(*) FROM service_record");
        refused("institutionId", "serviceRecord.otherInstitution", () -> records.record(dayCare(theirs[1], other.id(),
                day), RecordChannel.SCREEN));
        refused("idNumber", "serviceRecord.notEnrolled", () -> records.record(dayCare(theirs[1], null, day),
                RecordChannel.SCREEN));
        assertEquals(rows, count("SELECT COUNT(*) FROM service_record"));
        List<ServiceRecordView> seen = records.records(YearMonth.from(day), other.id(), 0, 100).rows();
        assertTrue(seen.stream().allMatch(v -> v.institutionId() == own.id()), "only their institution's records");
        assertThrows(EJBAccessException.class, () -> records.enrol(Long.parseLong(theirs[0]), own.id(),
                ServiceKind.DAY_CARE, day, null));
    }

    @Test
    void anInstitutionsSystemReportsThroughRestAndSoapForItsOwnPeopleOnly() throws Exception {
        InstitutionView own = institution(10);
        InstitutionView other = institution(10);
        String[] mine = person();
        String[] theirs = person();
        enrol(mine, own, ServiceKind.DAY_CARE);
        enrol(theirs, other, ServiceKind.DAY_CARE);
        String code = "it-inst-" + System.nanoTime() % 1_000_000;
        String secret = code + "-secret";
        partner(code, secret, "institution-services", own.id());
        String unbound = code + "-x";
        partner(unbound, secret, "institution-services", null);
        String auth = PartnerHttp.basic(code, secret);
        LocalDate day = today.minusDays(4);

        HttpResponse<String> created = post("api/v1/service-records", json(mine[1], "DAY_CARE", day, "1", "52.50"), auth);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = PartnerHttp.json(created.body());
        assertEquals("52.50", body.getString("amount"));
        assertFalse(created.body().contains(mine[1]), "the full ID number is not echoed");
        String[] audit = audit(body.getJsonNumber("id").longValue());
        assertEquals("partner:" + code, audit[0]);

        long rows = count("SELECT COUNT(*) FROM service_record");
        HttpResponse<String> notOurs = post("api/v1/service-records", json(theirs[1], "DAY_CARE", day, "1", "52.50"), auth);
        assertEquals(400, notOurs.statusCode(), notOurs.body());
        assertEquals("serviceRecord.notEnrolled", PartnerHttp.json(notOurs.body()).getString("code"));
        HttpResponse<String> badKind = post("api/v1/service-records", json(mine[1], "MASSAGE", day, "1", "1"), auth);
        assertEquals(400, badKind.statusCode());
        assertEquals("service", PartnerHttp.json(badKind.body()).getString("field"));
        HttpResponse<String> noInstitution = post("api/v1/service-records", json(mine[1], "DAY_CARE", day.minusDays(1),
                "1", "1"), PartnerHttp.basic(unbound, secret));
        assertEquals(403, noInstitution.statusCode(), noInstitution.body());
        HttpResponse<String> noScope = post("api/v1/service-records", json(mine[1], "DAY_CARE", day.minusDays(1), "1",
                "1"), PartnerHttp.basic("partner-demo", "partner-demo-secret"));
        assertEquals(403, noScope.statusCode(), noScope.body());
        assertEquals(rows, count("SELECT COUNT(*) FROM service_record"), "refusals record nothing");

        HttpResponse<String> listed = get("api/v1/service-records?month=" + YearMonth.from(day), auth);
        assertEquals(200, listed.statusCode(), listed.body());
        assertTrue(listed.body().contains("\"id\":" + body.getJsonNumber("id").longValue()), listed.body());

        HttpResponse<String> soap = soap(mine[1], "DAY_CARE", day.minusDays(1), auth);
        assertEquals(200, soap.statusCode(), soap.body());
        assertTrue(soap.body().contains("<amount>52.50</amount>") || soap.body().contains(":amount>52.50<"), soap.body());
        HttpResponse<String> soapRefused = soap(theirs[1], "DAY_CARE", day.minusDays(1), auth);
        assertEquals(500, soapRefused.statusCode(), soapRefused.body());
        assertTrue(soapRefused.body().contains("Client"), "a caller's mistake is a client fault: " + soapRefused.body());
        assertTrue(soapRefused.body().contains("serviceRecord.notEnrolled"), soapRefused.body());
        assertEquals(rows + 1, count("SELECT COUNT(*) FROM service_record"));
    }

    private static String json(String idNumber, String service, LocalDate day, String quantity, String amount) {
        return Json.createObjectBuilder().add("idNumber", idNumber).add("service", service).add("day", day.toString())
                .add("quantity", quantity).add("amount", amount).build().toString();
    }

    private static PartnerHttp partner(String authorization) {
        return PartnerHttp.at(SelfAddress.base()).withAuthorization(authorization);
    }

    private static HttpResponse<String> post(String path, String body, String auth) throws Exception {
        return partner(auth).postJson(path, body);
    }

    private static HttpResponse<String> get(String path, String auth) throws Exception {
        return partner(auth).get(path);
    }

    private static HttpResponse<String> soap(String idNumber, String service, LocalDate day, String auth) throws Exception {
        return partner(auth).soap("ws/ServiceRecordService", "i", "http://xndpf.cn/ws/institution/v1",
                "<i:recordService><i:idNumber>" + idNumber + "</i:idNumber><i:service>" + service + "</i:service>"
                + "<i:day>" + day + "</i:day><i:quantity>1</i:quantity><i:amount>52.50</i:amount></i:recordService>");
    }

    private void partner(String code, String secret, String scopes, Long institutionId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO partner (code, name, secret_hash, scopes, active, institution_id) VALUES (?, ?, ?, ?, 1, ?)")) {
            s.setString(1, code);
            s.setString(2, "测试机构系统");
            s.setString(3, PasswordHasher.hash(secret));
            s.setString(4, scopes);
            if (institutionId == null) {
                s.setNull(5, java.sql.Types.BIGINT);
            } else {
                s.setLong(5, institutionId);
            }
            s.executeUpdate();
        }
    }

    private static void refused(String field, String key, Executable call) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call, key);
        assertEquals(key, e.key());
        assertEquals(field, e.field(), key);
    }

    /** The actor and the after state of a record's audit entry. */
    private String[] audit(long recordId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT actor, after_state FROM audit_entry WHERE entity_type = 'ServiceRecord' AND entity_id = ?")) {
            s.setString(1, String.valueOf(recordId));
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "audited");
                return new String[]{r.getString(1), r.getString(2)};
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
