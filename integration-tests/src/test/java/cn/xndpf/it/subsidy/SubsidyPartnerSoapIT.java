package cn.xndpf.it.subsidy;

import cn.xndpf.application.person.PersonRecord;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.subsidy.SubsidyService;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.person.AssistanceStatus;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.xndpf.it.subsidy.PartnerCalls.DEMO;
import static cn.xndpf.it.subsidy.PartnerCalls.DEMO_SECRET;
import static cn.xndpf.it.subsidy.PartnerCalls.STATUS_ONLY;
import static cn.xndpf.it.subsidy.PartnerCalls.STATUS_ONLY_SECRET;
import static cn.xndpf.it.subsidy.PartnerCalls.VERIFICATION_ONLY;
import static cn.xndpf.it.subsidy.PartnerCalls.VERIFICATION_ONLY_SECRET;
import static cn.xndpf.it.subsidy.PartnerCalls.basic;
import static cn.xndpf.it.subsidy.PartnerCalls.soap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SOAP service /dpf/ws/SubsidyPartnerService over real HTTP, with plain SOAP 1.1 envelopes. */
@ExtendWith(ArquillianExtension.class)
class SubsidyPartnerSoapIT {

    private static final String PATH = "ws/SubsidyPartnerService";
    private static final String NS = "http://xndpf.cn/ws/subsidy/v1";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SubsidyPartnerSoapIT.class, SubsidyFixtures.class, SubsidyFixtures.Holder.class,
                SelfAddress.class, PartnerCalls.class);
    }

    @EJB
    private RegistryService registry;

    @EJB
    private SubsidyService subsidies;

    @EJB
    private CaseWorkflowService workflow;

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

    private static String envelope(String operation, String content) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:s=\"" + NS + "\">"
                + "<soapenv:Body><s:" + operation + ">" + content + "</s:" + operation + "></soapenv:Body></soapenv:Envelope>";
    }

    private static String el(String name, String value) {
        return "<s:" + name + ">" + value + "</s:" + name + ">";
    }

    private static String change(String id, String status, String change, String date) {
        return el("change", el("idNumber", id) + el("status", status) + el("change", change) + el("effectiveDate", date));
    }

    /** The texts of every element with this local name, whatever its prefix. */
    private static List<String> all(String xml, String localName) {
        Matcher m = Pattern.compile("<(?:[\\w-]+:)?" + Pattern.quote(localName) + "(?:\\s[^>]*)?>([^<]*)</").matcher(xml);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String first(String xml, String localName) {
        List<String> all = all(xml, localName);
        return all.isEmpty() ? null : all.get(0);
    }

    private PersonRecord open(long personId) {
        StaffLogin.as("chengdong", "district123");
        return registry.open(personId);
    }

    @Test
    void theWsdlDescribesTheThreeOperationsAndTheirFaultsWithoutCredentials() throws Exception {
        HttpResponse<String> r = PartnerHttp.at(SelfAddress.base()).document(PATH + "?wsdl");
        assertEquals(200, r.statusCode());
        for (String s : List.of("changeAssistanceStatus", "recordDeath", "getSubsidyStatus", "InvalidRequestFault",
                "PersonNotFoundFault", "PartnerScopeFault", NS)) {
            assertTrue(r.body().contains(s), s + " missing from the WSDL");
        }
    }

    @Test
    void statusChangesAreAnsweredItemByItem() throws Exception {
        SubsidyFixtures.Holder h = fixtures.holder(SubsidyFixtures.COMMUNITY_PARTNER, DisabilityCategory.SPEECH,
                DisabilityLevel.FOUR, today.minusMonths(8));
        String body = envelope("changeAssistanceStatus",
                change(h.idNumber(), "DIBAO", "REVOKED", today.minusDays(3).toString())
                        + change(TestIds.withWrongCheck(h.idNumber()), "DIBAO", "REVOKED", today.toString())
                        + change(h.idNumber(), "TEKUN", "SOMETIME", "yesterday"));

        HttpResponse<String> r = soap(PATH, body, demo);

        assertEquals(200, r.statusCode(), r.body());
        assertEquals("3", first(r.body(), "received"));
        assertEquals("1", first(r.body(), "applied"));
        assertEquals("2", first(r.body(), "rejected"));
        assertEquals(List.of("APPLIED", "REJECTED", "REJECTED"), all(r.body(), "result"));
        assertEquals(List.of("idNumber", "change", "effectiveDate"), all(r.body(), "field"));
        assertTrue(all(r.body(), "code").contains("idNumber.checkCharacter"), r.body());
        PersonRecord.AssistancePeriod dibao = open(h.personId()).household().assistance().stream()
                .filter(p -> p.status() == AssistanceStatus.DIBAO).findFirst().orElseThrow();
        assertEquals(today.minusDays(4), dibao.to());
    }

    @Test
    void deathRecordsAndTheirFaults() throws Exception {
        SubsidyFixtures.Holder h = fixtures.holder(SubsidyFixtures.COMMUNITY_PARTNER, DisabilityCategory.VISUAL,
                DisabilityLevel.TWO, null);
        String bad = envelope("recordDeath", el("idNumber", h.idNumber()) + el("dateOfDeath", "2026-13-40")
                + el("documentNumber", "QH-SOAP-1"));
        HttpResponse<String> fault = soap(PATH, bad, demo);
        assertEquals(500, fault.statusCode(), fault.body());
        assertTrue(fault.body().contains("InvalidRequestFault"), fault.body());
        assertEquals("dateOfDeath", first(fault.body(), "field"));
        assertEquals("date.format", first(fault.body(), "code"));
        assertTrue(first(fault.body(), "faultcode").endsWith("Client"), "bad input is the caller's fault: " + fault.body());
        assertNull(open(h.personId()).deathDate(), "a fault changes nothing");

        String unknown = envelope("recordDeath", el("idNumber", PartnerCalls.unknownIdNumber(dataSource))
                + el("dateOfDeath", today.toString()) + el("documentNumber", "QH-SOAP-2"));
        HttpResponse<String> notFound = soap(PATH, unknown, demo);
        assertEquals(500, notFound.statusCode(), notFound.body());
        assertTrue(notFound.body().contains("PersonNotFoundFault"), notFound.body());
        assertTrue(first(notFound.body(), "faultcode").endsWith("Client"), notFound.body());

        LocalDate died = today.minusDays(2);
        HttpResponse<String> ok = soap(PATH, envelope("recordDeath", el("idNumber", h.idNumber())
                + el("dateOfDeath", died.toString()) + el("documentNumber", "QH-SOAP-3")), demo);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("RECORDED", first(ok.body(), "result"));
        assertEquals("true", first(ok.body(), "certificateCancelled"));
        PersonRecord record = open(h.personId());
        assertEquals(died, record.deathDate());
        assertEquals(CertificateStatus.CANCELLED, record.certificates().get(0).status());
    }

    @Test
    void subsidyStatusAndScopes() throws Exception {
        SubsidyFixtures.Holder h = fixtures.holder(SubsidyFixtures.COMMUNITY_PARTNER, DisabilityCategory.PHYSICAL,
                DisabilityLevel.TWO, today.minusYears(1));
        long caseId = fixtures.activeCase(h, SubsidyType.LIVING, today.minusMonths(1));
        String query = envelope("getSubsidyStatus", el("idNumber", h.idNumber()));

        HttpResponse<String> r = soap(PATH, query, basic(STATUS_ONLY, STATUS_ONLY_SECRET));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("LS-" + caseId), all(r.body(), "caseNumber"));
        assertEquals("ACTIVE", first(r.body(), "state"));
        assertEquals("LIVING", first(r.body(), "subsidy"));
        assertFalse(r.body().contains(h.idNumber()), "nothing about the person");

        HttpResponse<String> anonymous = soap(PATH, query, null);
        assertEquals(401, anonymous.statusCode(), anonymous.body());

        HttpResponse<String> otherService = soap(PATH, query, basic(VERIFICATION_ONLY, VERIFICATION_ONLY_SECRET));
        assertEquals(403, otherService.statusCode(), otherService.body());

        HttpResponse<String> notThisOperation = soap(PATH, envelope("recordDeath", el("idNumber", h.idNumber())
                + el("dateOfDeath", today.toString()) + el("documentNumber", "QH-SOAP-4")),
                basic(STATUS_ONLY, STATUS_ONLY_SECRET));
        assertEquals(500, notThisOperation.statusCode(), notThisOperation.body());
        assertTrue(notThisOperation.body().contains("PartnerScopeFault"), notThisOperation.body());
        assertEquals("partner.scopeDenied", first(notThisOperation.body(), "code"));
        assertTrue(first(notThisOperation.body(), "faultcode").endsWith("Client"), notThisOperation.body());
        assertNull(open(h.personId()).deathDate(), "refused, nothing recorded");
    }
}
