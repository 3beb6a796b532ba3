package cn.xndpf.it.education;

import cn.xndpf.application.education.EnrolmentEntry;
import cn.xndpf.application.education.EnrolmentRate;
import cn.xndpf.application.education.EnrolmentReportService;
import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.security.PasswordHasher;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.education.EnrolmentState;
import cn.xndpf.domain.education.SchoolYear;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.security.Partner;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.subsidy.SelfAddress;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The education bureau's enrolment feed over REST (scope education-enrolment, bound to its divisions like a
 * bank) and the compulsory-education enrolment rate it feeds: a report counts a registered child of the age
 * band holding a certificate as enrolled; a child of a division the bureau does not serve is answered like an
 * unregistered number; a partner without the scope is refused; bad input is refused with its field; each
 * refusal changes nothing; each report is audited, a second report of the year replaces the first. The same
 * report over SOAP ({@code /ws/EducationEnrolmentService}) with the same rules, its refusals structured
 * faults naming the field. The enrolment list staff see: the jurisdiction's children the rate counts, each
 * with its reported state, filtered by state, paged, another district's children never in it.
 */
@ExtendWith(ArquillianExtension.class)
class EducationEnrolmentIT {

    private static final String BUREAU = "it-education-chengdong";
    private static final String OTHER = "it-education-noscope";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(EducationEnrolmentIT.class, SelfAddress.class);
    }

    @EJB
    private EnrolmentReportService enrolment;

    @EJB
    private RegistryService registry;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private final SchoolYear year = SchoolYear.containing(PlatformClock.today());

    private void partner(String code, Set<String> scopes) throws Exception {
        tx.begin();
        if (em.find(Partner.class, code) == null) {
            em.persist(new Partner(code, "测试教育局 " + code, PasswordHasher.hash(code + "-secret"), scopes,
                    Set.of(DivisionCode.of("630102"))));
        }
        tx.commit();
    }

    /** A child of {@code age} on the school year's first day, registered in {@code community} with a certificate. */
    private String child(String community, String district, int age) {
        StaffLogin.as(district, "district123");
        LocalDate birth = year.firstDay().minusYears(age).minusDays(1 + RANDOM.nextInt(300));
        String first17 = community.substring(0, 6) + String.format("%04d%02d%02d%03d", birth.getYear(),
                birth.getMonthValue(), birth.getDayOfMonth(), RANDOM.nextInt(999) + 1);
        String id = first17 + IdNumber.checkCharacter(first17);
        long personId = registry.register(new PersonRegistration(id, "入学测试儿童", "汉族", "13900000000", "测试地址4号",
                community, "HS" + id, true));
        registry.issueCertificate(personId, DisabilityCategory.HEARING, DisabilityLevel.TWO, year.firstDay().minusYears(1));
        return id;
    }

    private static HttpResponse<String> post(String code, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(SelfAddress.base().resolve("api/v1/education-enrolments"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((code + ":" + code + "-secret")
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String report(String id, boolean enrolled, String school) {
        return "{\"idNumber\":\"" + id + "\",\"schoolYear\":\"" + year.label() + "\",\"enrolled\":\"" + enrolled + "\""
                + (school == null ? "" : ",\"schoolName\":\"" + school + "\"") + "}";
    }

    private static JsonObject json(HttpResponse<String> r) {
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    @Test
    void reportsCountChildrenOfTheAgeBandHoldingACertificate() throws Exception {
        partner(BUREAU, Set.of(Partner.SCOPE_EDUCATION_ENROLMENT));
        StaffLogin.as("chengdong", "district123");
        EnrolmentRate before = enrolment.rate(year.label());
        assertEquals(6, before.ageFrom());
        assertEquals(15, before.ageTo());

        String enrolledChild = child(Students.DONGGUAN, "chengdong", 8);
        child(Students.DONGGUAN, "chengdong", 14); // counted, never reported enrolled
        String tooYoung = child(Students.DONGGUAN, "chengdong", 4);

        HttpResponse<String> first = post(BUREAU, report(enrolledChild, false, null));
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> again = post(BUREAU, report(enrolledChild, true, "城东区第二小学"));
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(json(again).getBoolean("replaced"));
        assertFalse(json(again).getString("maskedIdNumber").equals(enrolledChild), "masked");
        assertEquals(201, post(BUREAU, report(tooYoung, true, "某幼儿园")).statusCode(),
                "reported, but outside the age band");

        StaffLogin.as("chengdong", "district123");
        EnrolmentRate after = enrolment.rate(year.label());
        assertEquals(before.children() + 2, after.children(), "the 8- and the 14-year-old; not the 4-year-old");
        assertEquals(before.enrolled() + 1, after.enrolled());
        assertEquals(BigDecimal.valueOf(after.enrolled() * 100).divide(BigDecimal.valueOf(after.children()), 2,
                RoundingMode.HALF_UP), after.percent());

        assertEquals(2, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EnrolmentReport' AND actor = '"
                + "partner:" + BUREAU + "' AND entity_id = (SELECT CAST(r.id AS VARCHAR(40)) FROM education_enrolment_report r"
                + " JOIN person p ON p.id = r.person_id WHERE p.id_number = '" + enrolledChild + "')"),
                "the first report and its replacement");
    }

    @Test
    void refusalsChangeNothing() throws Exception {
        partner(BUREAU, Set.of(Partner.SCOPE_EDUCATION_ENROLMENT));
        partner(OTHER, Set.of(Partner.SCOPE_CERTIFICATE_VERIFICATION));
        String here = child(Students.DONGGUAN, "chengdong", 9);
        String elsewhere = child(Students.CHENGZHONG, "chengzhong", 9);

        long rows = count("SELECT COUNT(*) FROM education_enrolment_report");
        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EnrolmentReport'");
        HttpResponse<String> outside = post(BUREAU, report(elsewhere, true, "城中区某小学"));
        assertEquals(400, outside.statusCode(), outside.body());
        assertEquals("idNumber", json(outside).getString("field"));
        assertEquals(403, post(OTHER, report(here, true, "某小学")).statusCode());
        for (String[] bad : new String[][]{
                {"{\"idNumber\":\"" + here + "\",\"schoolYear\":\"2025/26\",\"enrolled\":\"true\",\"schoolName\":\"x\"}", "schoolYear"},
                {"{\"idNumber\":\"" + here + "\",\"schoolYear\":\"" + year.label() + "\",\"enrolled\":\"yes\"}", "enrolled"},
                {"{\"idNumber\":\"" + here + "\",\"schoolYear\":\"" + year.label() + "\",\"enrolled\":\"true\"}", "schoolName"},
                {"{\"idNumber\":\"123\",\"schoolYear\":\"" + year.label() + "\",\"enrolled\":\"true\",\"schoolName\":\"x\"}", "idNumber"}}) {
            HttpResponse<String> r = post(BUREAU, bad[0]);
            assertEquals(400, r.statusCode(), r.body());
            assertEquals(bad[1], json(r).getString("field"), r.body());
        }
        assertEquals(rows, count("SELECT COUNT(*) FROM education_enrolment_report"));
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EnrolmentReport'"));
    }

    @Test
    void theListShowsTheJurisdictionsChildrenOfTheBandWithWhatWasReportedFilteredAndPaged() throws Exception {
        partner(BUREAU, Set.of(Partner.SCOPE_EDUCATION_ENROLMENT));
        String enrolled = child(Students.DONGGUAN, "chengdong", 7);
        String notEnrolled = child(Students.DONGGUAN, "chengdong", 10);
        String unreported = child(Students.DONGGUAN, "chengdong", 12);
        String tooOld = child(Students.DONGGUAN, "chengdong", 17);
        String elsewhere = child(Students.CHENGZHONG, "chengzhong", 9);
        assertEquals(201, post(BUREAU, report(enrolled, true, "城东区第一小学")).statusCode());
        assertEquals(201, post(BUREAU, report(notEnrolled, false, null)).statusCode());

        StaffLogin.as("chengdong", "district123");
        EnrolmentRate rate = enrolment.rate(year.label());
        Map<Long, EnrolmentEntry> all = everyPage(null, rate.children());
        assertEquals(EnrolmentState.ENROLLED, all.get(personId(enrolled)).state());
        assertEquals("城东区第一小学", all.get(personId(enrolled)).schoolName());
        assertEquals(EnrolmentState.NOT_ENROLLED, all.get(personId(notEnrolled)).state());
        assertEquals(EnrolmentState.NO_REPORT, all.get(personId(unreported)).state());
        assertEquals(12, all.get(personId(unreported)).age());
        assertFalse(all.containsKey(personId(tooOld)), "outside the age band");
        assertFalse(all.containsKey(personId(elsewhere)), "another district's child never appears");
        assertTrue(all.values().stream().noneMatch(e -> e.maskedIdNumber().matches("\\d{17}[\\dX]")), "masked");

        assertEquals(rate.enrolled(), enrolment.children(year.label(), EnrolmentState.ENROLLED, 0, 1).total(),
                "the list's reported-enrolled are the rate's numerator");
        Map<Long, EnrolmentEntry> notIn = everyPage(EnrolmentState.NOT_ENROLLED, -1);
        assertTrue(notIn.containsKey(personId(notEnrolled)) && !notIn.containsKey(personId(enrolled))
                && !notIn.containsKey(personId(unreported)));
        Map<Long, EnrolmentEntry> none = everyPage(EnrolmentState.NO_REPORT, -1);
        assertTrue(none.containsKey(personId(unreported)) && !none.containsKey(personId(notEnrolled)));
        assertEquals(rate.children(), all.size(), "every child of the rate once");

        var second = enrolment.children(year.label(), null, 1, 1);
        assertEquals(1, second.rows().size(), "a page of one");
        assertEquals(rate.children(), second.total());

        StaffLogin.as("chengzhong", "district123");
        Map<Long, EnrolmentEntry> theirs = everyPage(null, -1);
        assertTrue(theirs.containsKey(personId(elsewhere)) && !theirs.containsKey(personId(enrolled)));
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertThrows(EJBAccessException.class, () -> enrolment.children(year.label(), null, 0, 20));
    }

    @Test
    void theBureauReportsOverSoapWithTheSameRulesAndStructuredFaults() throws Exception {
        partner(BUREAU, Set.of(Partner.SCOPE_EDUCATION_ENROLMENT));
        partner(OTHER, Set.of(Partner.SCOPE_CERTIFICATE_VERIFICATION));
        String here = child(Students.DONGGUAN, "chengdong", 9);
        String elsewhere = child(Students.CHENGZHONG, "chengzhong", 9);

        HttpResponse<String> first = soap(BUREAU, here, year.label(), "true", "城东区第四小学");
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(element(first.body(), "replaced", "false") && element(first.body(), "enrolled", "true"), first.body());
        assertFalse(first.body().contains(here), "the ID number masked in the answer");
        assertEquals(1, count("SELECT COUNT(*) FROM education_enrolment_report r JOIN person p ON p.id = r.person_id"
                + " WHERE p.id_number = '" + here + "' AND r.enrolled = 1 AND r.school_year = " + year.startYear()));
        HttpResponse<String> again = soap(BUREAU, here, year.label(), "false", null);
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(element(again.body(), "replaced", "true"), again.body());
        assertEquals(2, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EnrolmentReport' AND actor = '"
                + "partner:" + BUREAU + "' AND entity_id = (SELECT CAST(r.id AS VARCHAR(40)) FROM education_enrolment_report r"
                + " JOIN person p ON p.id = r.person_id WHERE p.id_number = '" + here + "')"), "both audited");

        long rows = count("SELECT COUNT(*) FROM education_enrolment_report");
        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EnrolmentReport'");
        for (String[] bad : new String[][]{
                {elsewhere, year.label(), "true", "城中区某小学", "idNumber", "person.notFound"},
                {here, "2025/26", "true", "某小学", "schoolYear", "education.schoolYear"},
                {here, year.label(), "yes", "某小学", "enrolled", "education.enrolledFlag"},
                {here, year.label(), "true", null, "schoolName", "education.schoolName"},
                {"123", year.label(), "true", "某小学", "idNumber", null}}) {
            HttpResponse<String> r = soap(BUREAU, bad[0], bad[1], bad[2], bad[3]);
            assertEquals(500, r.statusCode(), r.body());
            assertTrue(r.body().contains("Client"), "a caller's mistake is a client fault: " + r.body());
            assertTrue(element(r.body(), "field", bad[4]), r.body());
            if (bad[5] != null) {
                assertTrue(element(r.body(), "code", bad[5]), r.body());
            }
        }
        HttpResponse<String> noScope = soap(OTHER, here, year.label(), "true", "某小学");
        assertEquals(403, noScope.statusCode(), noScope.body());
        assertEquals(rows, count("SELECT COUNT(*) FROM education_enrolment_report"), "nothing recorded");
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EnrolmentReport'"),
                "nothing audited");
    }

    /** The list of the signed-in staff member, every page of 50 (the expected size checked when known). */
    private Map<Long, EnrolmentEntry> everyPage(EnrolmentState state, long expected) {
        Map<Long, EnrolmentEntry> out = new HashMap<>();
        var page = enrolment.children(year.label(), state, 0, 50);
        long total = page.total();
        for (int first = 0; first < total; first += 50) {
            page = enrolment.children(year.label(), state, first, 50);
            for (EnrolmentEntry e : page.rows()) {
                assertTrue(out.put(e.personId(), e) == null, "each child once");
            }
        }
        assertEquals(total, out.size());
        if (expected >= 0) {
            assertEquals(expected, total);
        }
        return out;
    }

    private long personId(String idNumber) throws SQLException {
        return count("SELECT id FROM person WHERE id_number = '" + idNumber + "'");
    }

    /** An element of the answer, whatever prefix the runtime gave its namespace. */
    private static boolean element(String body, String name, String value) {
        return body.matches("(?s).*<([A-Za-z0-9]+:)?" + name + ">" + java.util.regex.Pattern.quote(value)
                + "</([A-Za-z0-9]+:)?" + name + ">.*");
    }

    private static HttpResponse<String> soap(String code, String id, String schoolYear, String enrolled, String school)
            throws Exception {
        String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:e=\"http://xndpf.cn/ws/education/v1\"><soap:Body><e:reportEnrolment>"
                + "<e:idNumber>" + id + "</e:idNumber><e:schoolYear>" + schoolYear + "</e:schoolYear>"
                + "<e:enrolled>" + enrolled + "</e:enrolled>"
                + (school == null ? "" : "<e:schoolName>" + school + "</e:schoolName>")
                + "</e:reportEnrolment></soap:Body></soap:Envelope>";
        return HTTP.send(HttpRequest.newBuilder(SelfAddress.base().resolve("ws/EducationEnrolmentService"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((code + ":" + code + "-secret")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
