package cn.xndpf.it.partner;

import cn.xndpf.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static cn.xndpf.it.partner.PartnerClient.PARTNER;
import static cn.xndpf.it.partner.PartnerClient.SECRET;
import static cn.xndpf.it.partner.PartnerClient.basic;
import static cn.xndpf.it.partner.PartnerClient.json;
import static cn.xndpf.it.partner.PartnerClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The partner REST API over HTTP, as a partner system calls it: POST /dpf/api/v1/certificate-verifications. */
@ExtendWith(ArquillianExtension.class)
class CertificateVerificationRestIT {

    private static final String PATH = "api/v1/certificate-verifications";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DemoCertificatesProbe.class, PartnerClient.class);
    }

    private Map<String, String> demo;

    @BeforeEach
    void findDemoRecords() throws Exception {
        demo = PartnerClient.probe();
    }

    private static HttpResponse<String> post(String body, String authorization, String language) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(PartnerClient.app(PATH))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return send(b.build());
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return post(body, basic(PARTNER, SECRET), null);
    }

    private static void assertError(HttpResponse<String> r, int status, String error, String field, String code) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
        assertEquals(String.valueOf(status), json(r.body(), "status"), r.body());
        assertEquals(error, json(r.body(), "error"), r.body());
        if (field != null) {
            assertEquals(field, json(r.body(), "field"), r.body());
        }
        if (code != null) {
            assertEquals(code, json(r.body(), "code"), r.body());
        }
        assertNotNull(json(r.body(), "message"), r.body());
    }

    @Test
    void validCertificateByNumber() throws Exception {
        String number = demo.get("validCertificate");
        HttpResponse<String> r = post("{\"certificateNumber\":\"" + number + "\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("true", json(r.body(), "valid"));
        assertEquals(number, json(r.body(), "certificateNumber"));
        assertEquals("VALID", json(r.body(), "status"));
        assertEquals(String.valueOf(number.charAt(18)), json(r.body(), "code"), "category code first: " + r.body());
        assertEquals(demo.get("validDivision"), json(r.body(), "divisionCode"));
        assertNotNull(json(r.body(), "divisionName"));
        // nothing else about the person
        assertFalse(r.body().contains("idNumber"), r.body());
        assertFalse(r.body().contains("birth") || r.body().contains("phone") || r.body().contains("address"), r.body());
    }

    @Test
    void validCertificateByIdNumber() throws Exception {
        HttpResponse<String> r = post("{\"idNumber\":\"" + demo.get("validIdNumber") + "\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("true", json(r.body(), "valid"));
        assertEquals(demo.get("validCertificate"), json(r.body(), "certificateNumber"));
        assertTrue(r.body().matches("(?s).*\"category\":\\{\"code\":[1-7],\"name\":\"[^\"]+残疾\"}.*"), r.body());
        assertTrue(r.body().matches("(?s).*\"level\":\\{\"code\":[1-4],\"name\":\"[一二三四]级\"}.*"), r.body());
    }

    @Test
    void cancelledCertificateIsFoundButNotValid() throws Exception {
        HttpResponse<String> r = post("{\"certificateNumber\":\"" + demo.get("cancelledCertificate") + "\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("false", json(r.body(), "valid"));
        assertEquals("CANCELLED", json(r.body(), "status"));
    }

    @Test
    void wrongCheckCharacterOfIdNumberIs400WithFieldAndChineseMessage() throws Exception {
        HttpResponse<String> r = post("{\"idNumber\":\"" + wrongCheck(demo.get("validIdNumber")) + "\"}");
        assertError(r, 400, "invalid_value", "idNumber", "idNumber.checkCharacter");
        assertEquals("身份证号校验码不正确", json(r.body(), "message"));
    }

    @Test
    void messageFollowsAcceptLanguage() throws Exception {
        HttpResponse<String> r = post("{\"idNumber\":\"" + wrongCheck(demo.get("validIdNumber")) + "\"}",
                basic(PARTNER, SECRET), "en-US,en;q=0.8");
        assertError(r, 400, "invalid_value", "idNumber", "idNumber.checkCharacter");
        assertEquals("The check character of the ID number is wrong", json(r.body(), "message"));
    }

    @Test
    void wrongCheckCharacterInCertificateNumberIs400() throws Exception {
        String number = demo.get("validCertificate");
        String bad = wrongCheck(number.substring(0, 18)) + number.substring(18);
        assertError(post("{\"certificateNumber\":\"" + bad + "\"}"), 400, "invalid_value", "certificateNumber",
                "certificateNumber.idPart");
    }

    @Test
    void unknownCategoryDigitIs400() throws Exception {
        String number = demo.get("validCertificate");
        String bad = number.substring(0, 18) + "8" + number.charAt(19);
        assertError(post("{\"certificateNumber\":\"" + bad + "\"}"), 400, "invalid_value", "certificateNumber",
                "certificateNumber.category");
    }

    @Test
    void wellFormedNumberWithAnotherCategoryIs404() throws Exception {
        assertError(post("{\"certificateNumber\":\"" + demo.get("mismatchedCertificate") + "\"}"), 404, "not_found",
                "certificateNumber", "certificate.notFound");
    }

    @Test
    void unknownIdNumberIs404() throws Exception {
        assertError(post("{\"idNumber\":\"" + demo.get("unknownIdNumber") + "\"}"), 404, "not_found", "idNumber",
                "certificate.notFound");
    }

    @Test
    void malformedJsonIs400() throws Exception {
        assertError(post("{\"idNumber\": "), 400, "invalid_json", null, "request.invalidJson");
        assertError(post(""), 400, "invalid_json", null, "request.invalidJson");
    }

    @Test
    void neitherOrBothNumbersIs400NamingTheFields() throws Exception {
        assertError(post("{}"), 400, "invalid_value", "idNumber,certificateNumber", "request.identifierRequired");
        assertError(post("{\"idNumber\":\"" + demo.get("validIdNumber") + "\",\"certificateNumber\":\""
                + demo.get("validCertificate") + "\"}"), 400, "invalid_value", "idNumber,certificateNumber",
                "request.identifierAmbiguous");
    }

    @Test
    void noCredentialsIs401WithChallenge() throws Exception {
        HttpResponse<String> r = post("{\"idNumber\":\"" + demo.get("validIdNumber") + "\"}", null, null);
        assertError(r, 401, "unauthorized", null, null);
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=\"dpf-partner\""),
                r.headers().map().toString());
    }

    @Test
    void wrongSecretIs401() throws Exception {
        HttpResponse<String> r = post("{\"idNumber\":\"" + demo.get("validIdNumber") + "\"}",
                basic(PARTNER, "not-the-secret"), null);
        assertError(r, 401, "unauthorized", null, null);
        assertTrue(r.headers().firstValue("WWW-Authenticate").isPresent());
    }

    @Test
    void staffLoginIsNotAPartnerCredential() throws Exception {
        HttpResponse<String> r = post("{\"idNumber\":\"" + demo.get("validIdNumber") + "\"}",
                basic("chengdong", "district123"), null);
        assertError(r, 401, "unauthorized", null, null);
    }

    @Test
    void partnerWithoutTheScopeIs403() throws Exception {
        String[] noScope = demo.get("noScopePartner").split(":", 2);
        HttpResponse<String> r = post("{\"idNumber\":\"" + demo.get("validIdNumber") + "\"}",
                basic(noScope[0], noScope[1]), null);
        assertError(r, 403, "forbidden", null, null);
    }

    @Test
    void openApiDocumentsTheEndpointTheSecuritySchemeAndTheErrorSchema() throws Exception {
        URI openapi = Deployments.baseUri().resolve("/openapi");
        HttpResponse<String> r = send(HttpRequest.newBuilder(openapi).GET().build());
        assertEquals(200, r.statusCode(), r.body());
        String doc = r.body();
        assertTrue(doc.contains("/api/v1/certificate-verifications:"), doc);
        assertTrue(doc.contains("/dpf"), "context root in servers or paths: " + doc);
        assertTrue(doc.contains("partnerBasic:"), doc);
        assertTrue(doc.contains("scheme: basic"), doc);
        assertTrue(doc.contains("ApiError:"), doc);
        assertTrue(doc.contains("CertificateVerificationResult:"), doc);
    }

    /** The same first 17 characters with another (wrong) check character. */
    static String wrongCheck(String id) {
        char right = id.charAt(17);
        return id.substring(0, 17) + (right == '0' ? '1' : '0');
    }
}
