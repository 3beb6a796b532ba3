package cn.xndpf.it.employment;

import cn.xndpf.application.employment.DeclarationForm;
import cn.xndpf.application.employment.DeclarationView;
import cn.xndpf.application.employment.EmployerForm;
import cn.xndpf.application.employment.EmployerView;
import cn.xndpf.application.employment.QuotaService;
import cn.xndpf.application.employment.SecurityFundService;
import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.security.PasswordHasher;
import cn.xndpf.domain.employment.CreditCode;
import cn.xndpf.domain.employment.EmployerKind;
import cn.xndpf.domain.employment.VerificationOutcome;
import cn.xndpf.domain.person.CertificateNumber;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.PartnerHttp;
import cn.xndpf.it.StaffLogin;
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
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Employment's partners over real HTTP, REST and SOAP, as their systems call: the human-resources and social-security
 * partner (scope employment-declaration) declares an employer's year, which staff then verify; the tax office (scope
 * security-fund) reads the computed fund and reports what it collected. Bad input names its field, a partner without
 * the scope is refused, an employer of a division the partner does not serve looks unknown; each refusal changes
 * and audits nothing.
 */
@ExtendWith(ArquillianExtension.class)
class EmploymentPartnerIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NS = "http://xndpf.cn/ws/employment/v1";
    private static final String DONGGUAN = "630102001001";
    private static final int YEAR = PlatformClock.today().getYear() - 1;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(EmploymentPartnerIT.class, SelfAddress.class);
    }

    @EJB
    private QuotaService quota;

    @EJB
    private SecurityFundService funds;

    @EJB
    private RegistryService registry;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Test
    void theHrPartnerDeclaresOverRestAndSoapAndTheTaxOfficeReadsAndReportsTheFund() throws Exception {
        String hr = partner("employment-declaration");
        String tax = partner("security-fund");
        String employee = person();
        StaffLogin.as("city", "city123");
        EmployerView east = employer("630102");
        EmployerView eastSoap = employer("630102");

        HttpResponse<String> taken = as(hr).postJson("api/v1/employment-declarations", declaration(east.creditCode(),
                String.valueOf(YEAR), "100", "5000000.00", employeeJson(employee, "2023-03-01", "12", "3000.00")));
        assertEquals(201, taken.statusCode(), taken.body());
        JsonObject body = PartnerHttp.json(taken.body());
        assertEquals(east.creditCode(), body.getString("creditCode"));
        assertEquals(YEAR, body.getInt("year"));
        assertFalse(body.getBoolean("verified"), "waits for the federation's verification");
        assertFalse(body.getJsonArray("employees").getString(0).equals(employee), "ID numbers leave masked");
        long id = body.getJsonNumber("id").longValue();
        assertEquals(1, count("SELECT COUNT(*) FROM employment_declaration WHERE id = " + id
                + " AND channel = 'PARTNER' AND declared_by = 'partner:" + hr + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EmploymentDeclaration' AND entity_id = '"
                + id + "' AND actor = 'partner:" + hr + "' AND action = 'CREATE' AND after_state NOT LIKE '%" + employee + "%'"));

        // staff verify what the partner sent like any declaration: one level 4 employee of 100 staff, exactly 1%
        StaffLogin.as("chengdong", "district123");
        DeclarationView verified = quota.verify(east.id(), YEAR);
        assertEquals(VerificationOutcome.RECOGNISED, verified.employees().get(0).outcome(), verified.toString());
        assertEquals(1, verified.recognisedCount());
        // (100 x 1.5% - 1) x 50000.00 x 50%
        assertEquals(new BigDecimal("12500.00"), funds.compute(east.id(), YEAR).due());

        HttpResponse<String> seen = as(tax).get("api/v1/security-funds?year=" + YEAR);
        assertEquals(200, seen.statusCode(), seen.body());
        JsonObject fund = PartnerHttp.json(seen.body()).getJsonArray("funds").stream().map(v -> v.asJsonObject())
                .filter(f -> f.getString("creditCode").equals(east.creditCode())).findFirst().orElseThrow();
        assertEquals("12500.00", fund.getString("due"));
        assertEquals("12500.00", fund.getString("outstanding"));
        assertTrue(PartnerHttp.json(seen.body()).getJsonArray("funds").stream()
                .allMatch(f -> f.asJsonObject().getString("divisionCode").startsWith("630102")), "only its divisions");

        HttpResponse<String> collected = as(tax).postJson("api/v1/security-funds/collections", "{\"creditCode\":\""
                + east.creditCode() + "\",\"year\":\"" + YEAR + "\",\"amount\":\"10000.00\",\"collectedOn\":\""
                + PlatformClock.today().minusDays(1) + "\"}");
        assertEquals(200, collected.statusCode(), collected.body());
        assertEquals("2500.00", PartnerHttp.json(collected.body()).getString("outstanding"));
        assertEquals(1, count("SELECT COUNT(*) FROM security_fund WHERE employer_id = " + east.id()
                + " AND collected = 10000.00"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'SecurityFund' AND actor = 'partner:"
                + tax + "' AND summary LIKE '%" + east.creditCode() + "%'"));

        // the same over SOAP: a declaration of another employer, the funds, a later collection replacing the first
        HttpResponse<String> soapTaken = soap(hr, "<e:declareEmployment><e:creditCode>" + eastSoap.creditCode()
                + "</e:creditCode><e:year>" + YEAR + "</e:year><e:staffCount>40</e:staffCount><e:totalWages>2400000.00"
                + "</e:totalWages>" + employeeXml(employee, "2023-03-01", "12") + "</e:declareEmployment>");
        assertEquals(200, soapTaken.statusCode(), soapTaken.body());
        assertTrue(soapTaken.body().contains(eastSoap.creditCode()), soapTaken.body());
        assertEquals(1, count("SELECT COUNT(*) FROM employment_declaration d JOIN employer e ON e.id = d.employer_id"
                + " WHERE e.credit_code = '" + eastSoap.creditCode() + "' AND d.channel = 'PARTNER'"));
        HttpResponse<String> soapFunds = soap(tax, "<e:getSecurityFunds><e:year>" + YEAR + "</e:year></e:getSecurityFunds>");
        assertEquals(200, soapFunds.statusCode(), soapFunds.body());
        assertTrue(soapFunds.body().contains(east.creditCode()), soapFunds.body());
        HttpResponse<String> soapCollected = soap(tax, "<e:reportCollected><e:creditCode>" + east.creditCode()
                + "</e:creditCode><e:year>" + YEAR + "</e:year><e:amount>12500.00</e:amount><e:collectedOn>"
                + PlatformClock.today() + "</e:collectedOn></e:reportCollected>");
        assertEquals(200, soapCollected.statusCode(), soapCollected.body());
        assertTrue(soapCollected.body().contains("outstanding>0.00<"), soapCollected.body());
        assertEquals(1, count("SELECT COUNT(*) FROM security_fund WHERE employer_id = " + east.id()
                + " AND collected = 12500.00"));
    }

    @Test
    void badInputWrongScopeAndAnotherDivisionsEmployerAreRefusedAndChangeNothing() throws Exception {
        String hr = partner("employment-declaration");
        String tax = partner("security-fund");
        String employee = person();
        StaffLogin.as("city", "city123");
        EmployerView east = employer("630102");
        EmployerView centre = employer("630103");
        String good = employeeJson(employee, "2023-03-01", "12", "3000.00");

        long declarations = count("SELECT COUNT(*) FROM employment_declaration");
        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EmploymentDeclaration'");
        String badCode = east.creditCode().substring(0, 17) + (east.creditCode().endsWith("0") ? "1" : "0");
        String[][] bad = {
                {declaration(badCode, String.valueOf(YEAR), "100", "1.00", good), "creditCode"},
                {declaration(east.creditCode(), String.valueOf(YEAR + 1), "100", "1.00", good), "year"},
                {declaration(east.creditCode(), String.valueOf(YEAR), "一百", "1.00", good), "staffCount"},
                {declaration(east.creditCode(), String.valueOf(YEAR), "100", "-1", good), "totalWages"},
                {declaration(east.creditCode(), String.valueOf(YEAR), "100", "1.00",
                        employeeJson(employee, "2023/03/01", "12", "3000.00")), "contractFrom"},
                {declaration(east.creditCode(), String.valueOf(YEAR), "100", "1.00",
                        employeeJson(employee, "2023-03-01", "13", "3000.00")), "insuranceMonths"},
                {declaration(east.creditCode(), String.valueOf(YEAR), "100", "1.00", good + "," + good), "idNumber"}};
        for (String[] b : bad) {
            HttpResponse<String> r = as(hr).postJson("api/v1/employment-declarations", b[0]);
            assertEquals(400, r.statusCode(), r.body());
            assertEquals(b[1], PartnerHttp.json(r.body()).getString("field"), r.body());
            assertFalse(PartnerHttp.json(r.body()).getString("message").isBlank(), r.body());
        }
        assertEquals(400, as(hr).postJson("api/v1/employment-declarations", "{\"creditCode\":").statusCode(), "malformed JSON");

        HttpResponse<String> wrongScope = as(tax).postJson("api/v1/employment-declarations",
                declaration(east.creditCode(), String.valueOf(YEAR), "100", "1.00", good));
        assertEquals(403, wrongScope.statusCode(), wrongScope.body());
        HttpResponse<String> elsewhere = as(hr).postJson("api/v1/employment-declarations",
                declaration(centre.creditCode(), String.valueOf(YEAR), "100", "1.00", good));
        assertEquals(404, elsewhere.statusCode(), elsewhere.body());
        assertEquals("creditCode", PartnerHttp.json(elsewhere.body()).getString("field"));
        assertEquals("employment.employerNotFound", PartnerHttp.json(elsewhere.body()).getString("code"),
                "another division's employer looks unknown");

        HttpResponse<String> soapBad = soap(hr, "<e:declareEmployment><e:creditCode>" + east.creditCode()
                + "</e:creditCode><e:year>" + YEAR + "</e:year><e:staffCount>100</e:staffCount><e:totalWages>1.00"
                + "</e:totalWages>" + employeeXml(employee, "2023-03-01", "x") + "</e:declareEmployment>");
        assertEquals(500, soapBad.statusCode(), soapBad.body());
        assertTrue(soapBad.body().contains("Client") && soapBad.body().contains("insuranceMonths"), soapBad.body());
        HttpResponse<String> soapScope = soap(tax, "<e:declareEmployment><e:creditCode>" + east.creditCode()
                + "</e:creditCode><e:year>" + YEAR + "</e:year><e:staffCount>100</e:staffCount><e:totalWages>1.00"
                + "</e:totalWages></e:declareEmployment>");
        assertEquals(500, soapScope.statusCode(), soapScope.body());
        assertTrue(soapScope.body().contains("PartnerScopeFault"), soapScope.body());
        HttpResponse<String> soapElsewhere = soap(hr, "<e:declareEmployment><e:creditCode>" + centre.creditCode()
                + "</e:creditCode><e:year>" + YEAR + "</e:year><e:staffCount>100</e:staffCount><e:totalWages>1.00"
                + "</e:totalWages></e:declareEmployment>");
        assertTrue(soapElsewhere.body().contains("EmployerNotFoundFault"), soapElsewhere.body());
        assertEquals(declarations, count("SELECT COUNT(*) FROM employment_declaration"), "refusals declare nothing");
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EmploymentDeclaration'"),
                "refusals audit nothing");

        // the tax office: a computed fund of 城东 and of 城中
        for (EmployerView e : List.of(east, centre)) {
            quota.declare(new DeclarationForm(e.id(), YEAR, 100, new BigDecimal("5000000.00"), List.of()));
            quota.verify(e.id(), YEAR);
            funds.compute(e.id(), YEAR);
        }
        long fundAudits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'SecurityFund'");
        String collection = "{\"creditCode\":\"%s\",\"year\":\"%s\",\"amount\":\"%s\",\"collectedOn\":\"%s\"}";
        String yesterday = PlatformClock.today().minusDays(1).toString();
        for (String[] b : new String[][]{
                {String.format(collection, east.creditCode(), YEAR, "十元", yesterday), "amount"},
                {String.format(collection, east.creditCode(), YEAR, "-1", yesterday), "amount"},
                {String.format(collection, east.creditCode(), YEAR, "10", "昨天"), "collectedOn"},
                {String.format(collection, east.creditCode(), "20x5", "10", yesterday), "year"}}) {
            HttpResponse<String> r = as(tax).postJson("api/v1/security-funds/collections", b[0]);
            assertEquals(400, r.statusCode(), r.body());
            assertEquals(b[1], PartnerHttp.json(r.body()).getString("field"), r.body());
        }
        assertEquals(400, as(tax).get("api/v1/security-funds?year=last").statusCode());
        assertEquals(403, as(hr).postJson("api/v1/security-funds/collections",
                String.format(collection, east.creditCode(), YEAR, "10", yesterday)).statusCode());
        assertEquals(403, as(hr).get("api/v1/security-funds?year=" + YEAR).statusCode());
        HttpResponse<String> otherDivision = as(tax).postJson("api/v1/security-funds/collections",
                String.format(collection, centre.creditCode(), YEAR, "10", yesterday));
        assertEquals(404, otherDivision.statusCode(), otherDivision.body());
        assertEquals("creditCode", PartnerHttp.json(otherDivision.body()).getString("field"));
        HttpResponse<String> soapTaxScope = soap(hr, "<e:reportCollected><e:creditCode>" + east.creditCode()
                + "</e:creditCode><e:year>" + YEAR + "</e:year><e:amount>10</e:amount><e:collectedOn>" + yesterday
                + "</e:collectedOn></e:reportCollected>");
        assertTrue(soapTaxScope.body().contains("PartnerScopeFault"), soapTaxScope.body());
        HttpResponse<String> soapTaxElsewhere = soap(tax, "<e:reportCollected><e:creditCode>" + centre.creditCode()
                + "</e:creditCode><e:year>" + YEAR + "</e:year><e:amount>10</e:amount><e:collectedOn>" + yesterday
                + "</e:collectedOn></e:reportCollected>");
        assertTrue(soapTaxElsewhere.body().contains("EmployerNotFoundFault"), soapTaxElsewhere.body());
        assertFalse(PartnerHttp.json(as(tax).get("api/v1/security-funds?year=" + YEAR).body()).getJsonArray("funds").stream()
                .anyMatch(f -> f.asJsonObject().getString("creditCode").equals(centre.creditCode())),
                "another division's fund is not listed");
        assertEquals(0, count("SELECT COUNT(*) FROM security_fund WHERE employer_id IN (" + east.id() + ", "
                + centre.id() + ") AND collected IS NOT NULL"), "refusals collect nothing");
        assertEquals(fundAudits, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'SecurityFund'"),
                "refusals audit nothing");
    }

    private static String declaration(String creditCode, String year, String staff, String wages, String employees) {
        return "{\"creditCode\":\"" + creditCode + "\",\"year\":\"" + year + "\",\"staffCount\":\"" + staff
                + "\",\"totalWages\":\"" + wages + "\",\"employees\":[" + employees + "]}";
    }

    private static String employeeJson(String id, String from, String months, String wage) {
        return "{\"idNumber\":\"" + id + "\",\"certificateNumber\":\"" + certificate(id) + "\",\"contractFrom\":\""
                + from + "\",\"insuranceMonths\":\"" + months + "\",\"monthlyWage\":\"" + wage + "\"}";
    }

    private static String employeeXml(String id, String from, String months) {
        return "<e:employee><e:idNumber>" + id + "</e:idNumber><e:certificateNumber>" + certificate(id)
                + "</e:certificateNumber><e:contractFrom>" + from + "</e:contractFrom><e:insuranceMonths>" + months
                + "</e:insuranceMonths><e:monthlyWage>3000.00</e:monthlyWage></e:employee>";
    }

    private static String certificate(String id) {
        return CertificateNumber.of(IdNumber.of(id), DisabilityCategory.PHYSICAL, DisabilityLevel.FOUR).value();
    }

    /** A new partner of {@code scope} serving 城东区, its secret "{code}-secret". */
    private String partner(String scope) throws SQLException {
        String code = "it-emp-" + RANDOM.nextInt(1_000_000_000);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO partner (code, name, secret_hash, scopes, active) VALUES (?, ?, ?, ?, 1)")) {
                s.setString(1, code);
                s.setString(2, "就业测试合作方");
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

    /** A registered person of working age with a level 4 certificate since before the year; the ID number. */
    private String person() {
        StaffLogin.as("chengdong", "district123");
        LocalDate birth = PlatformClock.today().minusYears(30 + RANDOM.nextInt(20)).minusDays(1 + RANDOM.nextInt(360));
        String first17 = "630102" + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), 1 + RANDOM.nextInt(998));
        String id = first17 + IdNumber.checkCharacter(first17);
        long personId = registry.register(new PersonRegistration(id, "合作方测试职工", "汉族", "13900000003",
                "测试地址6号", DONGGUAN, "HP" + id, true));
        registry.issueCertificate(personId, DisabilityCategory.PHYSICAL, DisabilityLevel.FOUR, LocalDate.of(YEAR - 1, 6, 1));
        return id;
    }

    private EmployerView employer(String district) {
        // A code of 18 digits, or of 17 digits and an X (check characters a digit or X, about one time in three),
        // reads like an ID number, and the audit trail masks it in its summaries: the test finds the audit entry by
        // the code, so it takes a code whose check character is another letter (an X failed it on 2026-12-02).
        // (IdNumber.maskWithin masking such codes: see README.)
        String code;
        do {
            StringBuilder s = new StringBuilder("91").append(district);
            for (int i = 0; i < 9; i++) {
                s.append((char) ('0' + RANDOM.nextInt(10)));
            }
            code = s + String.valueOf(CreditCode.checkCharacter(s.toString()));
        } while (Character.isDigit(code.charAt(17)) || code.charAt(17) == 'X');
        return quota.register(new EmployerForm(code, "合作方测试企业" + RANDOM.nextInt(100000), district,
                EmployerKind.ENTERPRISE, "国家税务总局西宁市税务局"));
    }

    /** The test's partners sign in with the secret {@code <code>-secret}. */
    private static PartnerHttp as(String partner) {
        return PartnerHttp.at(SelfAddress.base()).as(partner, partner + "-secret");
    }

    private static HttpResponse<String> soap(String partner, String operation) throws Exception {
        return as(partner).soap("ws/EmploymentPartnerService", "e", NS, operation);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
