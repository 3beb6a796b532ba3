package cn.xndpf.it.subsidy;

import cn.xndpf.application.audit.AuditService;
import cn.xndpf.application.person.PersonRecord;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.subsidy.SubsidyService;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.audit.AuditRepository.AuditQuery;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.CancellationReason;
import cn.xndpf.domain.person.CertificateStatus;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.PartnerHttp;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static cn.xndpf.it.subsidy.PartnerCalls.DEMO;
import static cn.xndpf.it.subsidy.PartnerCalls.DEMO_SECRET;
import static cn.xndpf.it.subsidy.PartnerCalls.STATUS_ONLY;
import static cn.xndpf.it.subsidy.PartnerCalls.STATUS_ONLY_SECRET;
import static cn.xndpf.it.subsidy.PartnerCalls.basic;
import static cn.xndpf.it.subsidy.PartnerCalls.get;
import static cn.xndpf.it.subsidy.PartnerCalls.json;
import static cn.xndpf.it.subsidy.PartnerCalls.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The civil-affairs partner REST API over real HTTP, called from inside the application so that each
 * push can be checked against the registry, the cases and the audit log afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class SubsidyPartnerRestIT {

    private static final String CHANGES = "api/v1/assistance-status-changes";
    private static final String DEATHS = "api/v1/death-records";
    private static final String STATUS_QUERIES = "api/v1/subsidy-status-queries";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SubsidyPartnerRestIT.class, SubsidyFixtures.class, SubsidyFixtures.Holder.class,
                SelfAddress.class, PartnerCalls.class);
    }

    @EJB
    private RegistryService registry;

    @EJB
    private SubsidyService subsidies;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private AuditService auditService;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private SubsidyFixtures fixtures;
    private final LocalDate today = PlatformClock.today();
    private final String demo = basic(DEMO, DEMO_SECRET);

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new SubsidyFixtures(registry, subsidies, workflow);
        PartnerCalls.ensureTestPartners(dataSource);
    }

    private static String change(String idField, String id, String status, String change, String date) {
        return "{\"" + idField + "\":\"" + id + "\",\"status\":\"" + status + "\",\"change\":\"" + change
                + "\",\"effectiveDate\":\"" + date + "\"}";
    }

    private static JsonObject item(JsonObject report, int index) {
        JsonObject i = report.getJsonArray("items").getJsonObject(index);
        assertEquals(index, i.getInt("index"));
        return i;
    }

    private static List<String> errorFields(JsonObject item) {
        return item.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    private PersonRecord open(long personId) {
        StaffLogin.as("chengdong", "district123");
        return registry.open(personId);
    }

    @Test
    void validChangesAreAppliedToTheDatedHistoryAndAuditedAsThePartner() throws Exception {
        SubsidyFixtures.Holder a = fixtures.holder(SubsidyFixtures.COMMUNITY_PARTNER, DisabilityCategory.PHYSICAL,
                DisabilityLevel.TWO, today.minusYears(1));
        SubsidyFixtures.Holder b = fixtures.holder(SubsidyFixtures.COMMUNITY_PARTNER, DisabilityCategory.VISUAL,
                DisabilityLevel.ONE, null);
        LocalDate revoked = today.minusDays(20);
        String body = "{\"items\":[" + change("idNumber", a.idNumber(), "DIBAO", "REVOKED", revoked.toString()) + ","
                + change("householdNumber", b.householdNumber(), "TEKUN", "GRANTED", today.minusDays(5).toString()) + ","
                + change("idNumber", a.idNumber(), "MONITORED", "REVOKED", today.toString()) + "]}";

        HttpResponse<String> r = postJson(CHANGES, body, demo, null);

        assertEquals(200, r.statusCode(), r.body());
        JsonObject report = json(r);
        assertEquals(3, report.getInt("received"));
        assertEquals(2, report.getInt("applied"));
        assertEquals(1, report.getInt("unchanged"));
        assertEquals(0, report.getInt("rejected"));
        assertEquals("APPLIED", item(report, 0).getString("result"));
        assertEquals("APPLIED", item(report, 1).getString("result"));
        assertEquals("UNCHANGED", item(report, 2).getString("result"));
        assertEquals("assistance.notHeld", item(report, 2).getString("code"));

        PersonRecord.AssistancePeriod dibao = open(a.personId()).household().assistance().stream()
                .filter(p -> p.status() == AssistanceStatus.DIBAO).findFirst().orElseThrow();
        assertEquals(revoked.minusDays(1), dibao.to(), "held until the day before the revocation takes effect");
        PersonRecord.AssistancePeriod tekun = open(b.personId()).household().assistance().stream()
                .filter(p -> p.status() == AssistanceStatus.TEKUN).findFirst().orElseThrow();
        assertEquals(today.minusDays(5), tekun.from());
        assertNull(tekun.to());
        assertEquals(DEMO, tekun.source());

        List<String[]> audit = auditOf("partner:" + DEMO, "Household", a.householdId());
        assertEquals(1, audit.size(), "one audited change for the revocation, none for the unchanged item");
        assertTrue(audit.get(0)[0].contains("~\"") && audit.get(0)[1].contains("~" + revoked.minusDays(1)),
                audit.get(0)[1]);
    }

    /** Before and after of the audit entries of an entity by an actor, straight from the audit table. */
    private List<String[]> auditOf(String actor, String entityType, long entityId) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT before_state, after_state FROM audit_entry"
                     + " WHERE actor = ? AND entity_type = ? AND entity_id = ? AND action = 'UPDATE' ORDER BY id")) {
            s.setString(1, actor);
            s.setString(2, entityType);
            s.setString(3, String.valueOf(entityId));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new String[]{r.getString(1), r.getString(2)});
                }
            }
        }
        return rows;
    }

    @Test
    void badItemsAreReportedOneByOneWithTheirFieldsAndChangeNothingWhileGoodOnesApply() throws Exception {
        SubsidyFixtures.Holder a = fixtures.holder(SubsidyFixtures.COMMUNITY_PARTNER, DisabilityCategory.HEARING,
                DisabilityLevel.THREE, today.minusMonths(6));
        String unknown = PartnerCalls.unknownIdNumber(dataSource);
        String body = "{\"items\":["
                + change("idNumber", TestIds.withWrongCheck(a.idNumber()), "DIBAO", "REVOKED", today.toString()) + ","
                + "{\"idNumber\":\"" + a.idNumber() + "\",\"status\":\"BAOBAO\",\"change\":\"LATER\",\"effectiveDate\":\"2026/01/01\"},"
                + "{\"status\":\"DIBAO\",\"change\":\"GRANTED\",\"effectiveDate\":\"" + today + "\"},"
                + "{\"idNumber\":\"" + a.idNumber() + "\",\"householdNumber\":\"" + a.householdNumber()
                + "\",\"status\":\"DIBAO\",\"change\":\"REVOKED\",\"effectiveDate\":\"" + today + "\"},"
                + change("idNumber", unknown, "DIBAO", "GRANTED", today.toString()) + ","
                + change("idNumber", a.idNumber(), "DIBAO", "REVOKED", today.plusDays(3).toString()) + ","
                + change("idNumber", a.idNumber(), "DIBAO", "REVOKED", today.minusYears(2).toString()) + ","
                + "17,"
                + change("idNumber", a.idNumber(), "LOW_INCOME", "GRANTED", today.minusDays(1).toString()) + "]}";

        HttpResponse<String> r = postJson(CHANGES, body, demo, null);

        assertEquals(200, r.statusCode(), r.body());
        JsonObject report = json(r);
        assertEquals(9, report.getInt("received"));
        assertEquals(1, report.getInt("applied"), r.body());
        assertEquals(8, report.getInt("rejected"), r.body());
        assertEquals(List.of("idNumber"), errorFields(item(report, 0)));
        assertEquals("idNumber.checkCharacter", item(report, 0).getJsonArray("errors").getJsonObject(0).getString("code"));
        assertEquals("身份证号校验码不正确",
                item(report, 0).getJsonArray("errors").getJsonObject(0).getString("message"), "Chinese by default");
        assertEquals(List.of("status", "change", "effectiveDate"), errorFields(item(report, 1)),
                "every field at fault of one item");
        assertEquals(List.of("idNumber,householdNumber"), errorFields(item(report, 2)));
        assertEquals(List.of("idNumber,householdNumber"), errorFields(item(report, 3)));
        assertEquals("person.notFound", item(report, 4).getJsonArray("errors").getJsonObject(0).getString("code"));
        assertEquals("idNumber", errorFields(item(report, 4)).get(0));
        assertEquals("date.future", item(report, 5).getJsonArray("errors").getJsonObject(0).getString("code"));
        assertEquals("assistance.revokeBeforeStart",
                item(report, 6).getJsonArray("errors").getJsonObject(0).getString("code"));
        assertEquals("REJECTED", item(report, 7).getString("result"), "an item that is not an object");
        assertEquals("APPLIED", item(report, 8).getString("result"));

        List<PersonRecord.AssistancePeriod> history = open(a.personId()).household().assistance();
        assertEquals(2, history.size(), "only the good item changed the history: " + history);
        assertTrue(history.stream().anyMatch(p -> p.status() == AssistanceStatus.DIBAO && p.to() == null),
                "低保 still held: the rejected revocations changed nothing");
        assertTrue(history.stream().anyMatch(p -> p.status() == AssistanceStatus.LOW_INCOME));
    }

    @Test
    void theOpenApiDocumentDescribesTheThreeOperations() throws Exception {
        HttpResponse<String> r = PartnerHttp.at(SelfAddress.base()).document("/openapi");
        assertEquals(200, r.statusCode());
        for (String s : List.of("/assistance-status-changes", "/death-records", "/subsidy-status-queries", "SubsidyStatusQuery",
                "AssistanceStatusChangeReport", "FieldError", "DeathRecordResult", "SubsidyCaseStatus", "推送死亡信息")) {
            assertTrue(r.body().contains(s), s + " missing from the OpenAPI document");
        }
    }

    @Test
    void messagesFollowAcceptLanguage() throws Exception {
        HttpResponse<String> r = postJson(CHANGES, "{\"items\":[{\"idNumber\":\"12345\",\"status\":\"DIBAO\","
                + "\"change\":\"GRANTED\",\"effectiveDate\":\"" + today + "\"}]}", demo, "en-US,en;q=0.9");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject error = item(json(r), 0).getJsonArray("errors").getJsonObject(0);
        assertEquals("idNumber.length", error.getString("code"));
        assertFalse(error.getString("message").matches(".*[\\u4e00-\\u9fff].*"), error.getString("message"));
    }

    @Test
    void anUnreadableRequestIsOneStructuredError() throws Exception {
        HttpResponse<String> bad = postJson(CHANGES, "{\"items\":[", demo, null);
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("invalid_json", json(bad).getString("error"));

        HttpResponse<String> noItems = postJson(CHANGES, "{\"changes\":[]}", demo, null);
        assertEquals(400, noItems.statusCode(), noItems.body());
        assertEquals("items", json(noItems).getString("field"));
        assertEquals("assistance.noItems", json(noItems).getString("code"));

        HttpResponse<String> empty = postJson(CHANGES, "{\"items\":[]}", demo, null);
        assertEquals(400, empty.statusCode(), empty.body());
        assertEquals("assistance.noItems", json(empty).getString("code"));
    }

    @Test
    void withoutCredentialsIs401AndWithoutTheScopeIs403() throws Exception {
        String body = "{\"items\":[" + change("idNumber", "630102193101010011", "DIBAO", "GRANTED", today.toString()) + "]}";
        HttpResponse<String> none = postJson(CHANGES, body, null, null);
        assertEquals(401, none.statusCode(), none.body());
        assertEquals("unauthorized", json(none).getString("error"));
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

        HttpResponse<String> wrong = postJson(CHANGES, body, basic(DEMO, "wrong-secret"), null);
        assertEquals(401, wrong.statusCode(), wrong.body());

        HttpResponse<String> statusOnly = postJson(CHANGES, body, basic(STATUS_ONLY, STATUS_ONLY_SECRET), null);
        assertEquals(403, statusOnly.statusCode(), statusOnly.body());
        assertEquals("forbidden", json(statusOnly).getString("error"));
        HttpResponse<String> death = postJson(DEATHS, "{\"idNumber\":\"630102193101010011\",\"dateOfDeath\":\""
                + today + "\",\"documentNumber\":\"X1\"}", basic(STATUS_ONLY, STATUS_ONLY_SECRET), null);
        assertEquals(403, death.statusCode(), death.body());

        HttpResponse<String> staff = postJson(CHANGES, body, basic("chengdong", "district123"), null);
        assertEquals(401, staff.statusCode(), "a staff login is not a partner: " + staff.body());
    }

    @Test
    void aDeathRecordMarksThePersonDeadAndCancelsTheCertificateOnce() throws Exception {
        SubsidyFixtures.Holder h = fixtures.holder(SubsidyFixtures.COMMUNITY_PARTNER, DisabilityCategory.PHYSICAL,
                DisabilityLevel.ONE, null);
        LocalDate died = today.minusDays(12);
        String body = "{\"idNumber\":\"" + h.idNumber() + "\",\"dateOfDeath\":\"" + died
                + "\",\"documentNumber\":\"QH-IT-0001\"}";

        HttpResponse<String> r = postJson(DEATHS, body, demo, null);

        assertEquals(200, r.statusCode(), r.body());
        assertEquals("RECORDED", json(r).getString("result"));
        assertTrue(json(r).getBoolean("certificateCancelled"));
        assertFalse(r.body().contains("name") || r.body().contains("idNumber"), r.body());
        PersonRecord record = open(h.personId());
        assertEquals(died, record.deathDate());
        PersonRecord.CertificateView c = record.certificates().get(0);
        assertEquals(CertificateStatus.CANCELLED, c.status());
        assertEquals(CancellationReason.DEATH, c.cancellationReason());
        assertEquals(died, c.cancelledOn());
        assertEquals("partner:" + DEMO, c.history().get(c.history().size() - 1).actor());

        HttpResponse<String> again = postJson(DEATHS, body, demo, null);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("ALREADY_RECORDED", json(again).getString("result"));
        assertFalse(json(again).getBoolean("certificateCancelled"));

        HttpResponse<String> other = postJson(DEATHS, body.replace(died.toString(), died.minusDays(1).toString()),
                demo, null);
        assertEquals(400, other.statusCode(), other.body());
        assertEquals("dateOfDeath", json(other).getString("field"));
        assertEquals("death.conflictingDate", json(other).getString("code"));
        assertEquals(died, open(h.personId()).deathDate(), "a conflicting report changes nothing");

        StaffLogin.as("admin", "admin123");
        assertEquals(1, auditService.count(new AuditQuery("partner:" + DEMO, "Person", String.valueOf(h.personId()),
                AuditAction.UPDATE, null, null)));
        assertEquals(1, auditService.count(new AuditQuery("partner:" + DEMO, "Certificate",
                String.valueOf(h.certificateId()), AuditAction.UPDATE, null, null)));
    }

    @Test
    void aBadDeathRecordIsRefusedWithItsFieldAndAnUnknownPersonIs404() throws Exception {
        SubsidyFixtures.Holder h = fixtures.holder(SubsidyFixtures.COMMUNITY_PARTNER, DisabilityCategory.MENTAL,
                DisabilityLevel.TWO, null);
        HttpResponse<String> badDate = postJson(DEATHS, "{\"idNumber\":\"" + h.idNumber()
                + "\",\"dateOfDeath\":\"03.10.2026\",\"documentNumber\":\"QH-IT-0002\"}", demo, null);
        assertEquals(400, badDate.statusCode(), badDate.body());
        assertEquals("dateOfDeath", json(badDate).getString("field"));
        assertEquals("date.format", json(badDate).getString("code"));

        HttpResponse<String> noDocument = postJson(DEATHS, "{\"idNumber\":\"" + h.idNumber()
                + "\",\"dateOfDeath\":\"" + today + "\"}", demo, null);
        assertEquals(400, noDocument.statusCode(), noDocument.body());
        assertEquals("documentNumber", json(noDocument).getString("field"));

        HttpResponse<String> unknown = postJson(DEATHS, "{\"idNumber\":\"" + PartnerCalls.unknownIdNumber(dataSource)
                + "\",\"dateOfDeath\":\"" + today + "\",\"documentNumber\":\"QH-IT-0003\"}", demo, null);
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("idNumber", json(unknown).getString("field"));

        PersonRecord record = open(h.personId());
        assertNull(record.deathDate(), "nothing recorded by refused reports");
        assertEquals(CertificateStatus.VALID, record.certificates().get(0).status());
    }

    @Test
    void subsidyStatusShowsEachCaseAndNothingElseAboutThePerson() throws Exception {
        SubsidyFixtures.Holder h = fixtures.holder(SubsidyFixtures.COMMUNITY_PARTNER, DisabilityCategory.PHYSICAL,
                DisabilityLevel.ONE, today.minusYears(2));
        LocalDate applied = today.minusMonths(2);
        long living = fixtures.activeCase(h, SubsidyType.LIVING, applied);
        long nursing = fixtures.activeCase(h, SubsidyType.NURSING, applied);

        HttpResponse<String> r = postJson(STATUS_QUERIES, idBody(h.idNumber()), basic(STATUS_ONLY, STATUS_ONLY_SECRET), null);

        assertEquals(200, r.statusCode(), r.body());
        JsonArray cases = json(r).getJsonArray("cases");
        assertEquals(2, cases.size(), r.body());
        JsonObject newest = cases.getJsonObject(0);
        assertEquals("NS-" + nursing, newest.getString("caseNumber"));
        assertEquals("NURSING", newest.getJsonObject("subsidy").getString("code"));
        assertEquals("ACTIVE", newest.getJsonObject("state").getString("code"));
        assertEquals("享受中", newest.getJsonObject("state").getString("name"));
        assertEquals(applied.withDayOfMonth(1).toString(), newest.getString("benefitFrom"));
        assertFalse(newest.containsKey("benefitUntil") && !newest.isNull("benefitUntil"));
        assertEquals("LS-" + living, cases.getJsonObject(1).getString("caseNumber"));
        for (String personal : List.of(h.idNumber(), "核查测试", "birth", "phone", "address", "name\":\"核查")) {
            assertFalse(r.body().contains(personal), personal + " in " + r.body());
        }

        HttpResponse<String> unknown = postJson(STATUS_QUERIES, idBody(PartnerCalls.unknownIdNumber(dataSource)), demo, null);
        assertEquals(404, unknown.statusCode(), unknown.body());
        HttpResponse<String> malformed = postJson(STATUS_QUERIES, idBody("63010219"), demo, null);
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals("idNumber", json(malformed).getString("field"));
        HttpResponse<String> missing = postJson(STATUS_QUERIES, "{}", demo, null);
        assertEquals(400, missing.statusCode(), missing.body());
        assertEquals("idNumber.required", json(missing).getString("code"));
        HttpResponse<String> notJson = postJson(STATUS_QUERIES, "{\"idNumber\":", demo, null);
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertEquals("invalid_json", json(notJson).getString("error"));
        HttpResponse<String> anonymous = postJson(STATUS_QUERIES, idBody(h.idNumber()), null, null);
        assertEquals(401, anonymous.statusCode());
        // the ID number in a URL is gone: the old address is refused before anything runs, and the
        // refusal's log line masks the number
        HttpResponse<String> oldAddress = get("api/v1/persons/" + h.idNumber() + "/subsidies", demo);
        assertEquals(403, oldAddress.statusCode(), oldAddress.body());
        String masked = "/api/v1/persons/" + h.idNumber().substring(0, 4) + "**********" + h.idNumber().substring(14);
        String log = "";
        for (int i = 0; i < 40 && !log.contains(masked); i++) {
            Thread.sleep(250); // the server log is written asynchronously
            log = new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get(
                    System.getProperty("com.sun.aas.instanceRoot"), "logs", "server.log")), StandardCharsets.UTF_8);
        }
        assertTrue(log.contains(masked), "the masked path is logged");
        assertFalse(log.contains(h.idNumber()), "no ID number in the server log");

        StaffLogin.as("admin", "admin123");
        assertEquals(1, auditService.count(new AuditQuery("partner:" + STATUS_ONLY, "Person",
                String.valueOf(h.personId()), AuditAction.VIEW, null, null)), "each query is audited");
    }

    private static String idBody(String idNumber) {
        return "{\"idNumber\":\"" + idNumber + "\"}";
    }
}
