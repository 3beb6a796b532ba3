package cn.xndpf.it.security;

import cn.xndpf.domain.shared.PolicySettingRepository;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.subsidy.TodaysSetting;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff sessions over HTTP: the session id changes at sign-in (a planted or earlier id is worth nothing
 * afterwards), and a session left idle for longer than the setting {@code security.session.idleSeconds}
 * ends (shortened to seconds here: 8, enough for a slow request under load to count as activity).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffSessionIT {

    private static final String PAGE = "app/person/search.xhtml";

    private static TodaysSetting idle;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(StaffSessionIT.class, StaffHttpSession.class, TodaysSetting.class);
    }

    @Inject
    private PolicySettingRepository settings;

    @Resource
    private UserTransaction tx;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Test
    @Order(1)
    @RunAsClient
    void theSessionIdChangesAtSignIn() throws Exception {
        StaffHttpSession browser = new StaffHttpSession();
        assertTrue(StaffHttpSession.toLogin(browser.get(PAGE)), "a protected page asks for the login first");
        String before = browser.sessionId();
        assertNotNull(before, "the server remembered the page asked for in a session");

        HttpResponse<String> signedIn = browser.signIn("chengdong", "district123");
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        String after = browser.sessionId();
        assertNotNull(after);
        assertNotEquals(before, after, "the session id changed at sign-in");
        HttpResponse<String> page = browser.get(PAGE);
        assertEquals(200, page.statusCode());

        HttpResponse<String> planted = StaffHttpSession.withSessionId(before).get(PAGE);
        assertTrue(StaffHttpSession.toLogin(planted), "the id from before the sign-in opens nothing");
    }

    @Test
    @Order(2)
    void shortenTheIdleTimeout() throws Exception {
        idle = new TodaysSetting(settings, tx, dataSource, "security.session.idleSeconds", "8");
    }

    @Test
    @Order(3)
    @RunAsClient
    void anIdleSessionEnds() throws Exception {
        StaffHttpSession browser = new StaffHttpSession();
        browser.get(PAGE);
        assertEquals(302, browser.signIn("chengdong", "district123").statusCode());
        assertEquals(200, browser.get(PAGE).statusCode(), "signed in");
        Thread.sleep(1_000);
        assertEquals(200, browser.get(PAGE).statusCode(), "activity keeps the session");
        Thread.sleep(10_000);
        assertTrue(StaffHttpSession.toLogin(browser.get(PAGE)), "after the idle time the login is asked again");
    }

    /**
     * The answers the container's authentication gives before any filter of the application runs (the redirect
     * to the login page, the sign-in's redirect, a refusal of a page the role may not open) carry the same
     * security headers as every page.
     */
    @Test
    @Order(5)
    @RunAsClient
    void theContainersOwnAnswersCarryTheSecurityHeaders() throws Exception {
        StaffHttpSession browser = new StaffHttpSession();
        HttpResponse<String> toLogin = browser.get(PAGE);
        assertTrue(StaffHttpSession.toLogin(toLogin), "a protected page asks for the login first");
        assertSecurityHeaders("redirect to the login", toLogin);
        HttpResponse<String> signedIn = browser.signIn("chengdong", "district123");
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertSecurityHeaders("sign-in", signedIn);
        HttpResponse<String> refused = browser.get("admin/users.xhtml");
        assertEquals(403, refused.statusCode(), refused.body());
        assertSecurityHeaders("refusal", refused);
        HttpResponse<String> wrong = new StaffHttpSession().signIn("no-such-user", "wrong-password");
        assertSecurityHeaders("failed sign-in", wrong);
        HttpResponse<String> outside = browser.get("/no-such-application");
        assertEquals(404, outside.statusCode());
        assertNamesNoServer("outside the application", outside);
    }

    /** The server is not named, with or without its version (dpf-server.sh turns both headers off). */
    private static void assertNamesNoServer(String what, HttpResponse<String> r) {
        assertEquals("", r.headers().firstValue("Server").orElse(""), what + ": Server header");
        assertEquals("", r.headers().firstValue("X-Powered-By").orElse(""), what + ": X-Powered-By header");
    }

    private static void assertSecurityHeaders(String what, HttpResponse<String> r) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'self'"),
                what + " (" + r.statusCode() + "): CSP " + csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), what);
        assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(null), what);
        assertNamesNoServer(what, r);
    }

    @Test
    @Order(4)
    void restoreTheIdleTimeout() throws Exception {
        if (idle != null) {
            idle.close();
        }
    }
}
