package cn.xndpf.it.web;

import cn.xndpf.it.Deployments;
import cn.xndpf.it.TestIds;
import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web tier's hardening over real HTTP: security headers on every kind of response, and an unexpected
 * server error as a user, a partner's program and a SOAP client meet it. For the latter a real query
 * fails (the registry's table is renamed away for the duration, then put back) behind a staff screen,
 * the REST API and the SOAP service. Each answers with the platform's own page, JSON error or fault
 * carrying an incident number, and nothing of the exception, its SQL or the table; the server log holds
 * the number with the details.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebHardeningIT {

    private static final Pattern INCIDENT = Pattern.compile("\\d{8}-[0-9A-HJ-NP-Z]{6}");
    /** What a user or partner must never see: exception names, stack frames, SQL, the schema. */
    private static final List<String> LEAKS = List.of("Exception", "exception", "at cn.xndpf", "SELECT", "select ",
            "PERSON_OFFLINE", "person_offline", "EclipseLink", "Payara Server", "jdbc");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String PARTNER = "Basic " + Base64.getEncoder()
            .encodeToString("partner-demo:partner-demo-secret".getBytes(StandardCharsets.UTF_8));

    private static boolean browserUsed;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(WebHardeningIT.class);
    }

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Test
    @Order(1)
    void theRegistryTableGoesAway() throws Exception {
        sql("ALTER TABLE person RENAME TO person_offline");
    }

    @Test
    @Order(2)
    @RunAsClient
    void restAnswersWithAnIncidentNumberAndNoDetails() throws Exception {
        String idNumber = TestIds.valid("630102", true);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(Deployments.baseUri().resolve("api/v1/certificate-verifications"))
                .header("Authorization", PARTNER).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"idNumber\":\"" + idNumber + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(500, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
        assertTrue(r.body().contains("\"error\":\"internal_error\""), r.body());
        String incident = incident(r.body());
        assertTrue(r.body().contains("\"incident\":\"" + incident + "\""), r.body());
        assertTrue(r.body().contains("事件编号 " + incident), r.body());
        assertNoLeak(r.body());
        assertLogged(incident);
        assertFalse(serverLog().contains(idNumber), "the failing query's ID number is not in the server log");
    }

    @Test
    @Order(3)
    @RunAsClient
    void soapAnswersWithAServerFaultCarryingTheIncidentNumber() throws Exception {
        String envelope = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope"
                + " xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:c=\"http://xndpf.cn/ws/certificate/v1\">"
                + "<soap:Body><c:verifyByIdNumber><c:idNumber>" + TestIds.valid("630102", false)
                + "</c:idNumber></c:verifyByIdNumber></soap:Body></soap:Envelope>";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(Deployments.baseUri().resolve("ws/CertificateVerificationService"))
                .header("Authorization", PARTNER).header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(500, r.statusCode(), r.body());
        Matcher code = Pattern.compile("<faultcode>([^<]*)</faultcode>").matcher(r.body());
        assertTrue(code.find() && code.group(1).endsWith("Server"), "the server's fault, not the caller's: " + r.body());
        String incident = incident(r.body());
        assertTrue(r.body().contains("incident number " + incident), "English on request: " + r.body());
        assertFalse(r.body().contains("stackTrace"), r.body());
        assertNoLeak(r.body());
        assertLogged(incident);
    }

    @Test
    @Order(4)
    @RunAsClient
    void aScreenShowsThePlatformsErrorPageWithTheIncidentNumber() throws Exception {
        browserUsed = true;
        String page = openAfterLogin("app/person/search.xhtml");
        String incident = incident(page);
        assertTrue(page.contains("系统出现意外错误") && page.contains("An unexpected error occurred"), page);
        assertNoLeak(page);
        assertLogged(incident);
    }

    @Test
    @Order(5)
    void theRegistryTableComesBack() throws Exception {
        sql("ALTER TABLE person_offline RENAME TO person");
    }

    @Test
    @Order(6)
    @RunAsClient
    void theIncidentPageAloneShowsNoNumberItWasNotGiven() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(Deployments.baseUri()
                .resolve("error/incident?incident=%3Cscript%3E")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertFalse(r.body().contains("<script>"), r.body());
        assertFalse(INCIDENT.matcher(r.body()).find(), r.body());
    }

    @Test
    @Order(7)
    @RunAsClient
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        // (the answers of the container's authentication, which runs before any filter: StaffSessionIT)
        for (String path : List.of("login.xhtml", "jakarta.faces.resource/css/dpf.css.xhtml",
                "api/v1/certificate-verifications", "ws/CertificateVerificationService?wsdl", "error/incident",
                "no-such-page.xhtml", "no-such-file.txt")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(Deployments.baseUri().resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'"), path + " (" + r.statusCode() + "): CSP " + csp);
            assertTrue(csp.contains("default-src 'self'") && csp.contains("object-src 'none'"), path + ": " + csp);
            assertFalse(csp.contains("*"), "no wildcard source: " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(null), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), path);
            assertFalse(r.body().contains("Payara Server"), path + ": the server's own error report: " + r.body());
        }
        HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(Deployments.baseUri().resolve("no-such-page.xhtml"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("页面不存在") && missing.body().contains("Page not found"), missing.body());
    }

    @Test
    @Order(8)
    @RunAsClient
    void readinessChecksTheDatabaseAndMetricsAreNotOpenToTheWorld() throws Exception {
        HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(Deployments.baseUri().resolve("/health/ready"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        String body = ready.body().replace(" ", "");
        assertTrue(body.contains("\"name\":\"database\"") && body.contains("\"status\":\"UP\""), ready.body());
        assertFalse(body.contains("jdbc") || body.contains("dpf-pool"), "nothing about the database: " + body);

        HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(Deployments.baseUri().resolve("/metrics"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        // Payara answers an unauthenticated request for secured metrics with 401, or first sends it to HTTPS
        assertTrue(List.of(301, 302, 401, 403).contains(metrics.statusCode()),
                "metrics need a login: " + metrics.statusCode() + " " + metrics.body());
        assertFalse(metrics.body().contains("# TYPE") || metrics.body().contains("base_"), metrics.body());
    }

    /**
     * Outside {@code /dpf} the server answers by itself (no application's error page applies): its 404 is
     * the platform's page that {@code dpf-server.sh} puts there, never Payara's report naming the server and
     * its version; the server's start page sends visitors to the platform.
     */
    @Test
    @Order(9)
    @RunAsClient
    void theServersOwnNotFoundPageNamesNeitherTheServerNorItsVersion() throws Exception {
        for (String path : List.of("/no-such-page", "/no-such-dir/x.html", "/dpfx")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(Deployments.baseUri().resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("页面不存在") && r.body().contains("Page not found"), path + ": " + r.body());
            assertFalse(r.body().matches("(?s).*(Payara|GlassFish|Glassfish|Grizzly|badassfish|6\\.20\\d\\d).*"),
                    path + ": names the server: " + r.body());
            assertTrue(r.headers().firstValue("Server").isEmpty(), path + ": Server header");
        }
        HttpResponse<String> root = HTTP.send(HttpRequest.newBuilder(Deployments.baseUri().resolve("/")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertFalse(root.body().contains("Payara"), "the start page: " + root.body());
        assertTrue(root.body().contains("/dpf/"), "the start page sends visitors to the platform: " + root.body());
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browserUsed) {
            StaffBrowser.closeShared();
        }
    }

    private static String openAfterLogin(String path) {
        StaffBrowser b = StaffBrowser.shared();
        b.login("chengdong", "district123");
        b.open(path);
        return b.driver.getPageSource();
    }

    private void sql(String statement) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static String incident(String body) {
        Matcher m = INCIDENT.matcher(body);
        assertTrue(m.find(), "an incident number: " + body);
        return m.group();
    }

    private static void assertNoLeak(String body) {
        for (String leak : LEAKS) {
            assertFalse(body.contains(leak), "'" + leak + "' shown: " + body);
        }
    }

    /** The server log (the test domain's, found under target/) names the incident with its exception. */
    private static void assertLogged(String incident) throws Exception {
        for (int i = 0; i < 40; i++) {
            String text = serverLog();
            int at = text.indexOf("Incident " + incident);
            if (at >= 0) {
                String entry = text.substring(at, Math.min(text.length(), at + 20_000));
                assertTrue(entry.contains("Exception"), "the log holds the details: " + entry);
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("incident " + incident + " is not in the server log");
    }

    /** The server logs of the test server (its domains under target/), concatenated. */
    private static String serverLog() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> logs = Files.walk(Paths.get("target", "payara6", "glassfish", "domains"), 3)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().equals("server.log")).toList()) {
                all.append(new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
