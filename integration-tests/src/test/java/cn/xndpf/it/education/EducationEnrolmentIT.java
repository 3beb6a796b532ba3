package cn.xndpf.it.education;

import cn.xndpf.application.education.EnrolmentRate;
import cn.xndpf.application.education.EnrolmentReportService;
import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.security.PasswordHasher;
import cn.xndpf.domain.division.DivisionCode;
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
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The education bureau's enrolment feed over REST (scope education-enrolment, bound to its divisions like a
 * bank) and the compulsory-education enrolment rate it feeds: a report counts a registered child of the age
 * band holding a certificate as enrolled; a child of a division the bureau does not serve is answered like an
 * unregistered number; a partner without the scope is refused; bad input is refused with its field; each
 * refusal changes nothing; each report is audited, a second report of the year replaces the first.
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

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
