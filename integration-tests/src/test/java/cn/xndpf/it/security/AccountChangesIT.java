package cn.xndpf.it.security;

import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.security.NewStaffAccount;
import cn.xndpf.application.security.StaffAccountService;
import cn.xndpf.domain.person.RegistryQuery;
import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.security.StaffUserRepository;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The caller's account is read once per request (the screens' filter and every service of the page share that
 * read, {@code CallerAccount}): an administrator's change to an account that is signed in still takes effect at
 * its owner's very next request. One browser session (HTTP, cookies kept) stays signed in throughout while the
 * administrator works in between (the in-container steps, each its own request): after a password reset the next
 * page is the password page; once the account is disabled, the next page ends the session and asks for the login.
 * Within one request, a change made through the account service is seen by the rest of that request.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountChangesIT {

    private static final String PAGE = "app/person/search.xhtml";
    private static final String USER = "it-account-changes";
    private static final String FIRST = "Dongguan-2026";
    private static final String OWN = "Xining#Lake-77";
    private static final String RESET = "Reset-Pass-2026";

    /** The owner's browser, kept by the client-side steps (which run in this JVM, one after the other). */
    private static StaffHttpSession browser;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(AccountChangesIT.class, StaffHttpSession.class);
    }

    @EJB
    private StaffAccountService accounts;

    @EJB
    private RegistryService registry;

    @Inject
    private StaffUserRepository users;

    @Test
    @Order(1)
    void anAccountOfItsOwnWithAPasswordOfItsOwn() {
        StaffLogin.as("admin", "admin123");
        if (users.find(USER).isEmpty()) {
            accounts.create(new NewStaffAccount(USER, "账号变更测试", StaffRole.DISTRICT_STAFF, "630102", FIRST));
            StaffLogin.as(USER, FIRST);
            accounts.changeOwnPassword(FIRST, OWN);
        }
        StaffLogin.as(USER, OWN);
        assertDoesNotThrow(this::search);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theOwnerSignsInAndWorks() throws Exception {
        browser = new StaffHttpSession();
        browser.get(PAGE);
        HttpResponse<String> signedIn = browser.signIn(USER, OWN);
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertEquals(200, browser.get(PAGE).statusCode());
        assertEquals(200, browser.get(PAGE).statusCode(), "and the next page too");
    }

    @Test
    @Order(3)
    void theAdministratorResetsThePassword() {
        StaffLogin.as("admin", "admin123");
        accounts.resetPassword(USER, RESET);
        assertTrue(users.find(USER).orElseThrow().mustChangePassword());
    }

    @Test
    @Order(4)
    @RunAsClient
    void theOwnersNextPageIsThePasswordPage() throws Exception {
        HttpResponse<String> next = browser.get(PAGE);
        assertEquals(302, next.statusCode(), next.body());
        assertTrue(next.headers().firstValue("Location").orElse("").contains("/account/password.xhtml"),
                next.headers().map().toString());
        assertEquals(302, browser.get("app/home.xhtml").statusCode(), "every screen, not only the one open");
    }

    @Test
    @Order(5)
    void theAdministratorDisablesTheAccount() {
        StaffLogin.as("admin", "admin123");
        accounts.disable(USER);
        assertFalse(users.find(USER).orElseThrow().isActive());
    }

    @Test
    @Order(6)
    @RunAsClient
    void theOwnersNextPageEndsTheSession() throws Exception {
        HttpResponse<String> next = browser.get(PAGE);
        assertTrue(StaffHttpSession.toLogin(next), next.statusCode() + " " + next.headers().map());
        assertTrue(StaffHttpSession.toLogin(browser.get(PAGE)), "the session is over: the login is asked again");
    }

    @Test
    @Order(7)
    void withinOneRequestAChangeThroughTheAccountServiceIsSeenAtOnce() {
        StaffLogin.as("admin", "admin123");
        accounts.enable(USER);
        StaffLogin.as(USER, RESET);
        accounts.changeOwnPassword(RESET, OWN);
        StaffLogin.as(USER, OWN);
        assertDoesNotThrow(this::search, "the account's state read for this request");

        StaffLogin.as("admin", "admin123");
        accounts.resetPassword(USER, RESET);
        StaffLogin.as(USER, RESET);
        AccessDeniedException pending = assertThrows(AccessDeniedException.class, this::search);
        assertEquals("account.passwordChangeRequired", pending.key());
        accounts.changeOwnPassword(RESET, OWN);
        assertDoesNotThrow(this::search, "the own password change is seen by the rest of the request");
    }

    private void search() {
        registry.search(new RegistryQuery(null, null, null, null, null, null, null, true), 0, 5);
    }
}
