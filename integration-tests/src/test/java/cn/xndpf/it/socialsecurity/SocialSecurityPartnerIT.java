package cn.xndpf.it.socialsecurity;

import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.security.PasswordHasher;
import cn.xndpf.application.socialsecurity.PensionLineView;
import cn.xndpf.application.socialsecurity.PensionListService;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.PartnerHttp;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import cn.xndpf.it.subsidy.SelfAddress;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HR and social-security partner over real HTTP, REST and SOAP, as its system calls: it reads the year's pension
 * contribution list of the divisions it serves and answers who is insured, with 医保 and 医疗救助 (scope
 * social-security). The answer is taken whole or not at all and audited as the partner; a bad row is named with
 * its field, a person of another division is answered like an unregistered number, a partner without the scope
 * is refused; each refusal stores and audits nothing.
 */
@ExtendWith(ArquillianExtension.class)
class SocialSecurityPartnerIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NS = "http://xndpf.cn/ws/socialsecurity/v1";
    private static final String DONGGUAN = "630102001001";
    private static final String AUDITS = "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'PensionAnswer'";
    private static final int YEAR = PlatformClock.today().getYear();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SocialSecurityPartnerIT.class, SelfAddress.class);
    }

    @EJB
    private RegistryService registry;

    @EJB
    private PensionListService pensions;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Test
    void thePartnerReadsTheListAndAnswersOverRestAndSoapAuditedAsItself() throws Exception {
        String hr = partner("social-security");
        long personId = listed(DONGGUAN, "chengdong");
        String id = idOf(personId);
        StaffLogin.as("chengdong", "district123");
        PensionLineView line = pensions.list(YEAR).stream().filter(l -> l.personId() == personId).findFirst().orElseThrow();

        HttpResponse<String> list = as(hr).get("api/v1/social-security/pension-lists?year=" + YEAR);
        assertEquals(200, list.statusCode(), list.body());
        JsonObject mine = PartnerHttp.json(list.body()).getJsonArray("lines").stream().map(v -> v.asJsonObject())
                .filter(l -> l.getString("idNumber").equals(id)).findFirst().orElseThrow();
        assertEquals(line.governmentShare().toPlainString(), mine.getString("governmentShare"));
        assertEquals(1, mine.getInt("level"));
        assertFalse(mine.containsKey("pensionInsured"), "not answered yet");
        assertTrue(PartnerHttp.json(list.body()).getJsonArray("lines").stream()
                .allMatch(l -> l.asJsonObject().getString("divisionCode").startsWith("630102")), "only its divisions");

        long audits = count(AUDITS);
        String answer = answers(YEAR, row(id, "true", "true", "false"));
        HttpResponse<String> taken = as(hr).postJson("api/v1/social-security/pension-answers", answer);
        assertEquals(200, taken.statusCode(), taken.body());
        assertEquals(1, PartnerHttp.json(taken.body()).getInt("changed"));
        assertEquals(1, count(stored(personId, 1, 1, 0)));
        assertEquals(audits + 1, count(AUDITS));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'PensionAnswer' AND entity_id = '"
                + YEAR + "/" + personId + "' AND actor = 'partner:" + hr + "'"), "audited as the partner");
        HttpResponse<String> again = as(hr).postJson("api/v1/social-security/pension-answers", answer);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(0, PartnerHttp.json(again.body()).getInt("changed"), "the same answer again changes nothing");
        assertEquals(audits + 1, count(AUDITS), "and audits nothing");
        StaffLogin.as("chengdong", "district123");
        PensionLineView answered = pensions.list(YEAR).stream().filter(l -> l.personId() == personId).findFirst()
                .orElseThrow();
        assertEquals(Boolean.TRUE, answered.pensionInsured());
        assertEquals(Boolean.TRUE, answered.medicalInsured());
        assertEquals(Boolean.FALSE, answered.medicalAssistance());

        // the same over SOAP: the list with the answer, then a new answer replacing it
        HttpResponse<String> soapList = soap(hr, "<s:getPensionList><s:year>" + YEAR + "</s:year></s:getPensionList>");
        assertEquals(200, soapList.statusCode(), soapList.body());
        assertTrue(soapList.body().contains(id), soapList.body());
        HttpResponse<String> soapAnswer = soap(hr, "<s:answerPensionList><s:year>" + YEAR + "</s:year>"
                + item(id, "false", "true", "true") + "</s:answerPensionList>");
        assertEquals(200, soapAnswer.statusCode(), soapAnswer.body());
        assertTrue(soapAnswer.body().contains("changed>1<"), soapAnswer.body());
        assertEquals(1, count(stored(personId, 0, 1, 1)), "replaced");
        assertEquals(audits + 2, count(AUDITS));
    }

    @Test
    void aBadRowAnotherDivisionAndTheWrongScopeAreRefusedAndChangeNothing() throws Exception {
        String hr = partner("social-security");
        String other = partner("employment-declaration");
        long personId = listed(DONGGUAN, "chengdong");
        String id = idOf(personId);
        long elsewhere = listed("630103001001", "chengzhong");
        String elsewhereId = idOf(elsewhere);
        assertEquals(200, as(hr).postJson("api/v1/social-security/pension-answers",
                answers(YEAR, row(id, "true", null, null))).statusCode());
        String before = stored(personId, 1, null, null);
        assertEquals(1, count(before));
        long audits = count(AUDITS);
        long rows = count("SELECT COUNT(*) FROM pension_answer");

        String[][] bad = {
                {answers(YEAR, row(id, "false", null, null), row(id.substring(0, 17) + (id.endsWith("1") ? "2" : "1"),
                        "true", null, null)), "answers[1].idNumber"},
                {answers(YEAR, row(id, "false", null, null), row(id, "true", null, null)), "answers[1].idNumber"},
                {answers(YEAR, row(id, "yes", null, null)), "answers[0].pensionInsured"},
                {answers(YEAR, row(id, "false", "是", null)), "answers[0].medicalInsured"},
                {answers(YEAR, row(id, "false", null, "1")), "answers[0].medicalAssistance"},
                {answers(YEAR, row(id, null, null, null)), "answers[0].pensionInsured"},
                {"{\"year\":\"20x6\",\"answers\":[" + row(id, "false", null, null) + "]}", "year"},
                {"{\"year\":\"" + YEAR + "\",\"answers\":[]}", "answers"},
                {"{\"year\":\"" + YEAR + "\",\"answers\":{}}", "answers"}};
        for (String[] b : bad) {
            HttpResponse<String> r = as(hr).postJson("api/v1/social-security/pension-answers", b[0]);
            assertEquals(400, r.statusCode(), b[0] + " -> " + r.body());
            assertEquals(b[1], PartnerHttp.json(r.body()).getString("field"), r.body());
            assertFalse(PartnerHttp.json(r.body()).getString("message").isBlank(), r.body());
        }
        assertEquals(400, as(hr).postJson("api/v1/social-security/pension-answers", "{\"year\":").statusCode(), "malformed JSON");
        assertEquals(400, as(hr).get("api/v1/social-security/pension-lists?year=last").statusCode());

        // another division's person is answered like a number nobody registered
        HttpResponse<String> foreign = as(hr).postJson("api/v1/social-security/pension-answers",
                answers(YEAR, row(elsewhereId, "true", null, null)));
        HttpResponse<String> unknown = as(hr).postJson("api/v1/social-security/pension-answers",
                answers(YEAR, row(TestIds.valid("630102", true), "true", null, null)));
        assertEquals(400, foreign.statusCode(), foreign.body());
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals("answers[0].idNumber", PartnerHttp.json(foreign.body()).getString("field"));
        assertEquals(PartnerHttp.json(unknown.body()).getString("code"), PartnerHttp.json(foreign.body()).getString("code"));
        assertEquals(PartnerHttp.json(unknown.body()).getString("message"), PartnerHttp.json(foreign.body()).getString("message"));
        assertFalse(PartnerHttp.json(as(hr).get("api/v1/social-security/pension-lists?year=" + YEAR).body()).getJsonArray("lines")
                .stream().anyMatch(l -> l.asJsonObject().getString("idNumber").equals(elsewhereId)), "nor listed");

        HttpResponse<String> wrongScope = as(other).postJson("api/v1/social-security/pension-answers",
                answers(YEAR, row(id, "false", null, null)));
        assertEquals(403, wrongScope.statusCode(), wrongScope.body());
        assertEquals(403, as(other).get("api/v1/social-security/pension-lists?year=" + YEAR).statusCode());

        HttpResponse<String> soapBad = soap(hr, "<s:answerPensionList><s:year>" + YEAR + "</s:year>"
                + item(id, "maybe", null, null) + "</s:answerPensionList>");
        assertEquals(500, soapBad.statusCode(), soapBad.body());
        assertTrue(soapBad.body().contains("Client") && soapBad.body().contains("InvalidRequestFault")
                && soapBad.body().contains("answers[0].pensionInsured"), soapBad.body());
        HttpResponse<String> soapForeign = soap(hr, "<s:answerPensionList><s:year>" + YEAR + "</s:year>"
                + item(elsewhereId, "true", null, null) + "</s:answerPensionList>");
        assertTrue(soapForeign.body().contains("InvalidRequestFault")
                && soapForeign.body().contains(PartnerHttp.json(unknown.body()).getString("code")), soapForeign.body());
        HttpResponse<String> soapScope = soap(other, "<s:answerPensionList><s:year>" + YEAR + "</s:year>"
                + item(id, "false", null, null) + "</s:answerPensionList>");
        assertEquals(403, soapScope.statusCode(), soapScope.body());

        assertEquals(1, count(before), "every refusal left the answer as it was");
        assertEquals(rows, count("SELECT COUNT(*) FROM pension_answer"), "and stored nothing");
        assertEquals(0, count("SELECT COUNT(*) FROM pension_answer WHERE person_id = " + elsewhere));
        assertEquals(audits, count(AUDITS), "and audited nothing");
    }

    private static String row(String id, String pension, String medical, String assistance) {
        StringBuilder s = new StringBuilder("{\"idNumber\":\"").append(id).append('"');
        if (pension != null) {
            s.append(",\"pensionInsured\":\"").append(pension).append('"');
        }
        if (medical != null) {
            s.append(",\"medicalInsured\":\"").append(medical).append('"');
        }
        if (assistance != null) {
            s.append(",\"medicalAssistance\":\"").append(assistance).append('"');
        }
        return s.append('}').toString();
    }

    private static String answers(int year, String... rows) {
        return "{\"year\":\"" + year + "\",\"answers\":[" + String.join(",", rows) + "]}";
    }

    private static String item(String id, String pension, String medical, String assistance) {
        return "<s:answer><s:idNumber>" + id + "</s:idNumber>"
                + (pension == null ? "" : "<s:pensionInsured>" + pension + "</s:pensionInsured>")
                + (medical == null ? "" : "<s:medicalInsured>" + medical + "</s:medicalInsured>")
                + (assistance == null ? "" : "<s:medicalAssistance>" + assistance + "</s:medicalAssistance>")
                + "</s:answer>";
    }

    private static String stored(long personId, int pension, Integer medical, Integer assistance) {
        return "SELECT COUNT(*) FROM pension_answer WHERE person_id = " + personId + " AND list_year = " + YEAR
                + " AND pension_insured = " + pension
                + " AND medical_insured " + (medical == null ? "IS NULL" : "= " + medical)
                + " AND medical_assistance " + (assistance == null ? "IS NULL" : "= " + assistance);
    }

    /** A person of {@code community} aged about 35 with a level 1 certificate, on this year's list; the person's id. */
    private long listed(String community, String district) {
        StaffLogin.as(district, "district123");
        LocalDate birth = LocalDate.of(YEAR - 35, 1, 1).plusDays(RANDOM.nextInt(360));
        String first17 = community.substring(0, 6) + String.format("%04d%02d%02d%03d", birth.getYear(),
                birth.getMonthValue(), birth.getDayOfMonth(), RANDOM.nextInt(999) + 1);
        String id = first17 + IdNumber.checkCharacter(first17);
        long personId = registry.register(new PersonRegistration(id, "社保接口测试", "汉族", "13900000000", "测试地址9号",
                community, "SP" + id, true));
        registry.issueCertificate(personId, DisabilityCategory.PHYSICAL, DisabilityLevel.ONE,
                PlatformClock.today().minusYears(1));
        pensions.compile(YEAR);
        return personId;
    }

    /** A new partner of {@code scope} serving 城东区, its secret "{code}-secret". */
    private String partner(String scope) throws SQLException {
        String code = "it-ss-" + RANDOM.nextInt(1_000_000_000);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO partner (code, name, secret_hash, scopes, active) VALUES (?, ?, ?, ?, 1)")) {
                s.setString(1, code);
                s.setString(2, "社保测试合作方");
                s.setString(3, PasswordHasher.hash(code + "-secret"));
                s.setString(4, scope);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO partner_division (partner_code, division_code) VALUES (?, '630102')")) {
                s.setString(1, code);
                s.executeUpdate();
            }
        }
        return code;
    }

    private String idOf(long personId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id_number FROM person WHERE id = " + personId);
             ResultSet r = s.executeQuery()) {
            assertTrue(r.next());
            return r.getString(1);
        }
    }

    /** The test's partners sign in with the secret {@code <code>-secret}. */
    private static PartnerHttp as(String partner) {
        return PartnerHttp.at(SelfAddress.base()).as(partner, partner + "-secret");
    }

    private static HttpResponse<String> soap(String partner, String operation) throws Exception {
        return as(partner).soap("ws/SocialSecurityPartnerService", "s", NS, operation);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
