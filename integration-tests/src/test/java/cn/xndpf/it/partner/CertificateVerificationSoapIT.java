package cn.xndpf.it.partner;

import cn.xndpf.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static cn.xndpf.it.partner.PartnerClient.PARTNER;
import static cn.xndpf.it.partner.PartnerClient.SECRET;
import static cn.xndpf.it.partner.PartnerClient.basic;
import static cn.xndpf.it.partner.PartnerClient.send;
import static cn.xndpf.it.partner.PartnerClient.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SOAP service with hand-written envelopes, as a partner without generated stubs would call it. */
@ExtendWith(ArquillianExtension.class)
class CertificateVerificationSoapIT {

    private static final String PATH = "ws/CertificateVerificationService";
    private static final String NS = "http://xndpf.cn/ws/certificate/v1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DemoCertificatesProbe.class, PartnerClient.class);
    }

    private Map<String, String> demo;

    @BeforeEach
    void findDemoRecords() throws Exception {
        demo = PartnerClient.probe();
    }

    private static String envelope(String operation, String parameter, String value) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:c=\"" + NS + "\">"
                + "<soap:Body><c:" + operation + "><c:" + parameter + ">" + value + "</c:" + parameter + "></c:"
                + operation + "></soap:Body></soap:Envelope>";
    }

    private static HttpResponse<String> call(String operation, String parameter, String value, String authorization)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(PartnerClient.app(PATH))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope(operation, parameter, value)));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return send(b.build());
    }

    private static HttpResponse<String> call(String operation, String parameter, String value) throws Exception {
        return call(operation, parameter, value, basic(PARTNER, SECRET));
    }

    @Test
    void wsdlIsPublishedWithoutCredentials() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(PartnerClient.app(PATH + "?wsdl")).GET().build());
        assertEquals(200, r.statusCode(), r.body());
        String wsdl = r.body();
        assertTrue(wsdl.contains("targetNamespace=\"" + NS + "\""), wsdl);
        assertTrue(wsdl.contains("CertificateVerificationService"), wsdl);
        assertTrue(wsdl.contains("CertificateVerificationPort"), wsdl);
        assertTrue(wsdl.contains("verifyByIdNumber") && wsdl.contains("verifyByCertificateNumber"), wsdl);
        assertTrue(wsdl.contains("InvalidValueFault") && wsdl.contains("CertificateNotFoundFault"), wsdl);
        assertTrue(wsdl.contains("/dpf/ws/CertificateVerificationService\""), "soap:address: " + wsdl);
    }

    @Test
    void validCertificateByIdNumber() throws Exception {
        HttpResponse<String> r = call("verifyByIdNumber", "idNumber", demo.get("validIdNumber"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("true", xml(r.body(), "valid"), r.body());
        assertEquals(demo.get("validCertificate"), xml(r.body(), "certificateNumber"), r.body());
        assertEquals("VALID", xml(r.body(), "status"), r.body());
        assertEquals(demo.get("validDivision"), xml(r.body(), "divisionCode"), r.body());
        assertEquals(String.valueOf(demo.get("validCertificate").charAt(18)), xml(r.body(), "code"), r.body());
    }

    @Test
    void validCertificateByNumber() throws Exception {
        HttpResponse<String> r = call("verifyByCertificateNumber", "certificateNumber", demo.get("validCertificate"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("true", xml(r.body(), "valid"), r.body());
    }

    @Test
    void cancelledCertificate() throws Exception {
        HttpResponse<String> r = call("verifyByCertificateNumber", "certificateNumber",
                demo.get("cancelledCertificate"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("false", xml(r.body(), "valid"), r.body());
        assertEquals("CANCELLED", xml(r.body(), "status"), r.body());
    }

    @Test
    void malformedIdNumberIsAnInvalidValueFaultNamingTheField() throws Exception {
        String bad = CertificateVerificationRestIT.wrongCheck(demo.get("validIdNumber"));
        HttpResponse<String> r = call("verifyByIdNumber", "idNumber", bad);
        assertEquals(500, r.statusCode(), r.body());
        assertTrue(r.body().contains("Fault"), r.body());
        assertTrue(r.body().contains("InvalidValueFault"), r.body());
        assertClientFault(r.body());
        assertEquals("idNumber", xml(r.body(), "field"), r.body());
        assertEquals("idNumber.checkCharacter", xml(r.body(), "code"), r.body());
        assertEquals("身份证号校验码不正确", xml(r.body(), "message"), r.body());
    }

    @Test
    void unknownCategoryDigitIsAnInvalidValueFault() throws Exception {
        String number = demo.get("validCertificate");
        HttpResponse<String> r = call("verifyByCertificateNumber", "certificateNumber",
                number.substring(0, 18) + "8" + number.charAt(19));
        assertEquals(500, r.statusCode(), r.body());
        assertEquals("certificateNumber", xml(r.body(), "field"), r.body());
        assertEquals("certificateNumber.category", xml(r.body(), "code"), r.body());
        assertClientFault(r.body());
    }

    @Test
    void unknownIdNumberIsACertificateNotFoundFault() throws Exception {
        HttpResponse<String> r = call("verifyByIdNumber", "idNumber", demo.get("unknownIdNumber"));
        assertEquals(500, r.statusCode(), r.body());
        assertTrue(r.body().contains("CertificateNotFoundFault"), r.body());
        assertEquals("certificate.notFound", xml(r.body(), "code"), r.body());
        assertClientFault(r.body());
    }

    @Test
    void noCredentialsIs401() throws Exception {
        HttpResponse<String> r = call("verifyByIdNumber", "idNumber", demo.get("validIdNumber"), null);
        assertEquals(401, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=\"dpf-partner\""));
    }

    @Test
    void staffLoginIs401() throws Exception {
        HttpResponse<String> r = call("verifyByIdNumber", "idNumber", demo.get("validIdNumber"),
                basic("chengdong", "district123"));
        assertEquals(401, r.statusCode(), r.body());
    }

    /**
     * Bad input is the caller's fault (soap:Client), so a partner's client does not retry it; no runtime
     * exception or stack trace travels in the detail.
     */
    static void assertClientFault(String body) {
        String code = xml(body, "faultcode");
        assertNotNull(code, body);
        assertTrue(code.endsWith(":Client") || code.equals("Client"), "fault code " + code + ": " + body);
        assertFalse(body.contains("stackTrace") || body.contains("jax-ws.dev.java.net"), body);
    }
}
