package cn.xndpf.it.partner;

import cn.xndpf.it.Deployments;
import cn.xndpf.it.client.ApiClient;
import cn.xndpf.it.client.ApiException;
import cn.xndpf.it.client.api.DefaultApi;
import cn.xndpf.it.client.model.CertificateVerificationRequest;
import cn.xndpf.it.client.model.SubsidyStatusQuery;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner's client generated from the OpenAPI document (openapi-generator, Java's own HTTP client, at build
 * time from {@code src/test/openapi/partner-api.yaml}, which {@link OpenApiDocumentIT} keeps equal to the
 * published document) works against the real server: certificate verification and subsidy status, their
 * answers read into the generated types, and a refusal arrives as the documented error.
 */
@ExtendWith(ArquillianExtension.class)
class GeneratedClientIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DemoCertificatesProbe.class, SubsidyHolderProbe.class);
    }

    private DefaultApi api;

    @BeforeEach
    void client() {
        ApiClient client = new ApiClient();
        String base = Deployments.baseUri().toString();
        client.updateBaseUri(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        client.setRequestInterceptor((HttpRequest.Builder b) ->
                b.header("Authorization", PartnerClient.basic(PartnerClient.PARTNER, PartnerClient.SECRET)));
        api = new DefaultApi(client);
    }

    @Test
    void verifiesACertificateThroughTheGeneratedClient() throws Exception {
        Map<String, String> demo = PartnerClient.probe();
        var byId = api.verify(new CertificateVerificationRequest().idNumber(demo.get("validIdNumber")));
        assertEquals(Boolean.TRUE, byId.getValid());
        assertEquals(demo.get("validCertificate"), byId.getCertificateNumber());
        assertEquals("VALID", byId.getStatus().getValue());
        assertEquals(demo.get("validDivision"), byId.getDivisionCode());
        assertEquals(Integer.valueOf(demo.get("validCertificate").substring(18, 19)), byId.getCategory().getCode());

        var cancelled = api.verify(new CertificateVerificationRequest().certificateNumber(demo.get("cancelledCertificate")));
        assertEquals(Boolean.FALSE, cancelled.getValid());
        assertEquals("CANCELLED", cancelled.getStatus().getValue());

        ApiException bad = assertThrows(ApiException.class,
                () -> api.verify(new CertificateVerificationRequest().idNumber("123")));
        assertEquals(400, bad.getCode());
        assertTrue(bad.getResponseBody().contains("\"field\":\"idNumber\""), bad.getResponseBody());
    }

    @Test
    void asksForSubsidyStatusThroughTheGeneratedClient() throws Exception {
        Map<String, String> holder = probe();
        var status = api.subsidies(new SubsidyStatusQuery().idNumber(holder.get("idNumber")));
        assertEquals(Long.parseLong(holder.get("cases")), status.getCases().size(), status.toString());
        status.getCases().forEach(c -> {
            assertFalse(c.getCaseNumber().isBlank(), c.toString());
            assertTrue(c.getSubsidy().getCode() != null && c.getState().getCode() != null, c.toString());
        });

        ApiException unknown = assertThrows(ApiException.class,
                () -> api.subsidies(new SubsidyStatusQuery().idNumber(PartnerClient.probe().get("unknownIdNumber"))));
        assertEquals(404, unknown.getCode(), unknown.getResponseBody());
    }

    private static Map<String, String> probe() throws Exception {
        var r = PartnerClient.send(HttpRequest.newBuilder(PartnerClient.app("it/subsidy-holder-probe")).GET().build());
        assertEquals(200, r.statusCode(), r.body());
        Map<String, String> values = new HashMap<>();
        for (String line : r.body().split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return values;
    }
}
