package cn.xndpf.it.security;

import cn.xndpf.application.security.NewStaffAccount;
import cn.xndpf.application.security.PartnerDirectory;
import cn.xndpf.application.security.PasswordHasher;
import cn.xndpf.application.security.SignIn;
import cn.xndpf.application.security.StaffAccountService;
import cn.xndpf.application.security.StaffDirectory;
import cn.xndpf.domain.security.Partner;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.shared.PolicySettingRepository;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import cn.xndpf.it.subsidy.TodaysSetting;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failed sign-ins are throttled per account and per client address, for staff and partners alike; a
 * throttled attempt runs no PBKDF2 check, so guessing cannot exhaust the server; an unknown account
 * costs the same check as a known one with a wrong password, so the answer and its time do not tell
 * whether an account exists. The lock period is a setting, shortened here to seconds.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInThrottleIT {

    private static final String LOCK = "security.signIn.lockSeconds";
    private static final String MAX_PER_ACCOUNT = "security.signIn.maxFailuresPerAccount";
    /** The platform's limit, 20; the test database raises it for everything but this test (SharedDeploymentSettings). */
    private static final String MAX_PER_ADDRESS = SharedDeploymentSettings.MAX_PER_ADDRESS;
    /** The partner of the steps over HTTP (the test database is new for every run). */
    private static final String HTTP_PARTNER = "it-throttle-http";
    private static final String PASSWORD = "Throttle-Test-2026";

    /** Settings changed for the partner steps over HTTP (server side), restored by the last step. */
    private static TodaysSetting partnerLock;
    private static TodaysSetting partnerMax;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SignInThrottleIT.class, TodaysSetting.class);
    }

    @EJB
    private StaffDirectory directory;

    @EJB
    private StaffAccountService accounts;

    @EJB
    private PartnerDirectory partners;

    @Inject
    private PolicySettingRepository settings;

    @Resource
    private UserTransaction tx;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Test
    @Order(0)
    void signInsOfStaffAndPartnersAreAuditedWhetherTheySucceedOrFail() throws SQLException {
        long staffIn = auditCount("SIGN_IN", "worker-dongguan");
        long staffFailed = auditCount("SIGN_IN_FAILED", "worker-dongguan");
        assertEquals(SignIn.Outcome.SUCCESS, directory.signIn("worker-dongguan", "worker123", "192.0.2.201").outcome());
        assertEquals(SignIn.Outcome.REFUSED, directory.signIn("worker-dongguan", "wrong-1", "192.0.2.201").outcome());
        assertEquals(staffIn + 1, auditCount("SIGN_IN", "worker-dongguan"));
        assertEquals(staffFailed + 1, auditCount("SIGN_IN_FAILED", "worker-dongguan"));

        // a partner no other test signs in with: a verified secret is remembered for five minutes, and only
        // the sign-in that verified it is audited
        String partner = "it-audit-" + System.nanoTime();
        newPartner(partner);
        assertTrue(partners.authenticate(partner, "wrong-secret", "192.0.2.202").partner().isEmpty());
        assertTrue(partners.authenticate(partner, partner + "-secret", "192.0.2.202").partner().isPresent());
        assertEquals(1, auditCount("SIGN_IN_FAILED", partner));
        assertEquals(1, auditCount("SIGN_IN", partner));
        assertTrue(partners.authenticate(partner, partner + "-secret", "192.0.2.202").partner().isPresent());
        assertEquals(1, auditCount("SIGN_IN", partner), "a remembered secret is not audited again");
    }

    @Test
    @Order(1)
    void anUnknownAccountAndAWrongPasswordTakeTheSamePath() throws SQLException {
        long checks = PasswordHasher.checks();
        SignIn unknown = directory.signIn("nobody-" + System.nanoTime(), "whatever-1", "192.0.2.101");
        assertEquals(checks + 1, PasswordHasher.checks(), "an unknown account costs one password check");
        SignIn wrong = directory.signIn("chengdong", "wrong-password", "192.0.2.102");
        assertEquals(checks + 2, PasswordHasher.checks(), "a wrong password costs one password check");
        assertEquals(SignIn.Outcome.REFUSED, unknown.outcome());
        assertEquals(unknown, wrong, "the same answer, nothing in it about the account");
        assertTrue(auditCount("SIGN_IN_FAILED", "chengdong") >= 1, "the failure is audited");
    }

    @Test
    @Order(2)
    void failuresLockTheAccountEvenForTheRightPasswordForTheSetPeriod() throws Exception {
        String name = account("it-throttle");
        String address = "192.0.2.111";
        try (TodaysSetting lock = new TodaysSetting(settings, tx, dataSource, LOCK, "3")) {
            for (int i = 1; i <= 5; i++) {
                assertEquals(SignIn.Outcome.REFUSED, directory.signIn(name, "wrong-" + i, address).outcome());
            }
            long checks = PasswordHasher.checks();
            SignIn locked = directory.signIn(name, PASSWORD, "192.0.2.112");
            assertEquals(SignIn.Outcome.THROTTLED, locked.outcome(), "locked even with the right password,"
                    + " from another address too");
            assertNull(locked.identity());
            assertNotNull(locked.retryAfter());
            assertEquals(SignIn.Outcome.THROTTLED, directory.signIn(name, "wrong-6", address).outcome());
            assertEquals(checks, PasswordHasher.checks(), "a throttled attempt runs no PBKDF2");
            assertEquals(1, lockedAudits(name), "the failure that locked is audited as such");

            Thread.sleep(3_500);
            assertEquals(SignIn.Outcome.SUCCESS, directory.signIn(name, PASSWORD, address).outcome(),
                    "after the period the right password works again");
        }
    }

    @Test
    @Order(3)
    void failuresFromOneAddressLockItForEveryAccount() throws Exception {
        String name = account("it-address");
        String address = "192.0.2.121";
        try (TodaysSetting lock = new TodaysSetting(settings, tx, dataSource, LOCK, "3");
             TodaysSetting limit = new TodaysSetting(settings, tx, dataSource, MAX_PER_ADDRESS, "20")) {
            for (int i = 1; i <= 20; i++) {
                directory.signIn("guess-" + i + "-" + System.nanoTime(), "guess", address);
            }
            long checks = PasswordHasher.checks();
            assertEquals(SignIn.Outcome.THROTTLED, directory.signIn(name, PASSWORD, address).outcome(),
                    "the address is locked, whatever account it tries");
            assertEquals(checks, PasswordHasher.checks());
            assertEquals(SignIn.Outcome.SUCCESS, directory.signIn(name, PASSWORD, "192.0.2.122").outcome(),
                    "the account itself is not locked");
            Thread.sleep(3_500);
            assertEquals(SignIn.Outcome.SUCCESS, directory.signIn(name, PASSWORD, address).outcome());
        }
    }

    @Test
    @Order(10)
    void partnerStepsUseAShortLockAndTwoFailures() throws Exception {
        newPartner(HTTP_PARTNER);
        partnerLock = new TodaysSetting(settings, tx, dataSource, LOCK, "3");
        partnerMax = new TodaysSetting(settings, tx, dataSource, MAX_PER_ACCOUNT, "2");
    }

    /**
     * Over HTTP, as a partner system calls: two wrong secrets, then even the right one gets 429 for a while. A
     * partner of its own: the platform's demo partner may have failures counted by other tests of the run.
     */
    @Test
    @Order(11)
    @RunAsClient
    void aPartnerIsThrottledOverHttpToo() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String body = "{\"idNumber\":\"" + TestIds.valid("630102", true) + "\"}";
        assertEquals(401, verify(http, body, "wrong").statusCode());
        assertEquals(401, verify(http, body, "wrong").statusCode());
        HttpResponse<String> locked = verify(http, body, HTTP_PARTNER + "-secret");
        assertEquals(429, locked.statusCode(), locked.body());
        assertTrue(locked.body().contains("\"error\":\"too_many_attempts\""), locked.body());
        assertTrue(locked.headers().firstValue("Retry-After").isPresent());
        Thread.sleep(3_500);
        HttpResponse<String> again = verify(http, body, HTTP_PARTNER + "-secret");
        assertEquals(404, again.statusCode(), again.body());
        assertTrue(again.body().contains("certificate.notFound"), "signed in: the service itself answered " + again.body());
    }

    @Test
    @Order(12)
    void restoreTheSettings() throws Exception {
        if (partnerLock != null) {
            partnerLock.close();
        }
        if (partnerMax != null) {
            partnerMax.close();
        }
    }

    /**
     * Partners are kept in the database by administrators; a server reads a partner again once its last reading is
     * {@link PartnerDirectory#PARTNER_FRESH} old, so a partner disabled there is refused within that time.
     */
    @Test
    @Order(13)
    void aPartnerDisabledInTheDatabaseIsRefusedOnceItsReadingIsNoLongerFresh() throws Exception {
        String code = "it-fresh-" + (System.nanoTime() % 1_000_000);
        newPartner(code);
        assertTrue(partners.authenticate(code, code + "-secret", "10.9.9.13").partner().isPresent());
        partners.requireScope(code, Partner.SCOPE_CERTIFICATE_VERIFICATION);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE partner SET active = 0, scopes = 'none' WHERE code = ?")) {
            s.setString(1, code);
            assertEquals(1, s.executeUpdate());
        }
        Thread.sleep(PartnerDirectory.PARTNER_FRESH.toMillis() + 500);
        assertTrue(partners.authenticate(code, code + "-secret", "10.9.9.13").partner().isEmpty(),
                "a disabled partner must be refused once its reading is older than " + PartnerDirectory.PARTNER_FRESH);
        assertThrows(AccessDeniedException.class,
                () -> partners.requireScope(code, Partner.SCOPE_CERTIFICATE_VERIFICATION));
    }

    private static HttpResponse<String> verify(HttpClient http, String body, String secret) throws Exception {
        URI uri = Deployments.baseUri().resolve("api/v1/certificate-verifications");
        String basic = Base64.getEncoder().encodeToString((HTTP_PARTNER + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                        .header("Accept", "application/json").header("Authorization", "Basic " + basic)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A new partner that may verify certificates, its secret "{code}-secret". */
    private void newPartner(String code) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO partner (code, name, secret_hash, scopes, active) VALUES (?, ?, ?, ?, 1)")) {
            s.setString(1, code);
            s.setString(2, "限流测试合作方");
            s.setString(3, PasswordHasher.hash(code + "-secret"));
            s.setString(4, Partner.SCOPE_CERTIFICATE_VERIFICATION);
            s.executeUpdate();
        }
    }

    /** A fresh account with a known password. */
    private String account(String prefix) {
        String name = prefix + "-" + (System.nanoTime() % 1_000_000);
        StaffLogin.as("admin", "admin123");
        accounts.create(new NewStaffAccount(name, "限流测试", StaffRole.COMMUNITY_WORKER, "630102001001", PASSWORD));
        return name;
    }

    private long auditCount(String action, String entityId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM audit_entry WHERE action = ? AND entity_id = ?")) {
            s.setString(1, action);
            s.setString(2, entityId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private long lockedAudits(String entityId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'SIGN_IN_FAILED' AND entity_id = ?"
                        + " AND summary LIKE '%locked%'")) {
            s.setString(1, entityId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
