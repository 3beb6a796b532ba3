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

    @Test
    @Order(4)
    void restoreTheIdleTimeout() throws Exception {
        if (idle != null) {
            idle.close();
        }
    }
}
