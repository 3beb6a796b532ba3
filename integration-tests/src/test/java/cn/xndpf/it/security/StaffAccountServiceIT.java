package cn.xndpf.it.security;

import cn.xndpf.application.institution.InstitutionForm;
import cn.xndpf.application.institution.InstitutionService;
import cn.xndpf.application.institution.InstitutionView;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.security.NewStaffAccount;
import cn.xndpf.application.security.SignIn;
import cn.xndpf.application.security.StaffAccountService;
import cn.xndpf.application.security.StaffAccountView;
import cn.xndpf.application.security.StaffDirectory;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.person.RegistryQuery;
import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.security.StaffUserRepository;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff account administration through the EJB service, as any screen or API would call it: an
 * administrator creates accounts only inside their own jurisdiction, resets passwords and disables
 * accounts; passwords follow the policy; a password chosen by an administrator must be changed before
 * its owner can work; every change is audited without the hash, and every refusal changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class StaffAccountServiceIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 10_000));
    private static final String GOOD = "Dongguan-2026";
    private static final String OTHER_GOOD = "Xining#Lake-77";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(StaffAccountServiceIT.class);
    }

    @EJB
    private StaffAccountService accounts;

    @EJB
    private StaffDirectory directory;

    @EJB
    private RegistryService registry;

    @EJB
    private InstitutionService institutions;

    @Inject
    private StaffUserRepository users;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private static String newName(String prefix) {
        return prefix + "-" + SERIAL.incrementAndGet() + "-" + (System.currentTimeMillis() % 100_000);
    }

    private static String address() {
        return "192.0.2." + (1 + SERIAL.incrementAndGet() % 250);
    }

    @Test
    void anAdministratorCreatesAnAccountWhichIsAuditedWithoutItsPassword() throws SQLException {
        StaffLogin.as("admin", "admin123");
        String name = newName("it-clerk");
        StaffAccountView created = accounts.create(new NewStaffAccount(name, "测试经办员", StaffRole.TOWNSHIP_CLERK,
                "630102001", GOOD));
        assertEquals(StaffRole.TOWNSHIP_CLERK, created.role());
        assertEquals("630102001", created.jurisdiction());
        assertTrue(created.active());
        assertTrue(created.mustChangePassword(), "a password an administrator chose must be changed");
        assertTrue(accounts.accounts().stream().anyMatch(a -> a.username().equals(name)));

        List<String[]> audit = audit(name);
        assertEquals(1, audit.size());
        assertEquals("admin", audit.get(0)[0]);
        assertEquals("CREATE", audit.get(0)[1]);
        assertTrue(audit.get(0)[3].contains("\"mustChangePassword\":true"), audit.get(0)[3]);
        assertFalse(audit.get(0)[3].contains("pbkdf2"), "no password hash in the audit");
        assertFalse(audit.get(0)[3].contains(GOOD), "no password in the audit");
    }

    @Test
    void anInstitutionsStaffAccountWorksForOneInstitutionOfItsDivision() throws SQLException {
        StaffLogin.as("city", "city123");
        InstitutionView home = institutions.register(new InstitutionForm("阳光家园测试" + SERIAL.incrementAndGet(),
                InstitutionKind.CARE, "青残托字〔2020〕1号", EnumSet.of(ServiceKind.DAY_CARE), 20, "630102",
                LocalDate.of(2020, 1, 1), null));

        StaffLogin.as("admin", "admin123");
        long auditBefore = auditCount();
        String name = newName("it-carer");
        refusedWith("institutionId", "account.institutionRequired", () -> accounts.create(new NewStaffAccount(name,
                "机构人员", StaffRole.INSTITUTION_STAFF, "630102", GOOD)));
        refusedWith("institutionId", "institution.notFound", () -> accounts.create(new NewStaffAccount(name,
                "机构人员", StaffRole.INSTITUTION_STAFF, "630102", GOOD, -1L)));
        refusedWith("divisionCode", "account.institutionDivision", () -> accounts.create(new NewStaffAccount(name,
                "机构人员", StaffRole.INSTITUTION_STAFF, "630103", GOOD, home.id())));
        refusedWith("institutionId", "account.institutionOnlyForItsStaff", () -> accounts.create(
                new NewStaffAccount(name, "机构人员", StaffRole.COMMUNITY_WORKER, "630102", GOOD, home.id())));
        assertTrue(users.find(name).isEmpty(), "refusals create nothing");
        assertEquals(auditBefore, auditCount(), "refusals audit nothing");

        StaffAccountView created = accounts.create(new NewStaffAccount(name, "机构人员", StaffRole.INSTITUTION_STAFF,
                "630102", GOOD, home.id()));
        assertEquals(home.id(), created.institutionId());
        assertEquals(home.id(), users.find(name).orElseThrow().institutionId());
        assertTrue(audit(name).get(0)[3].contains("\"institutionId\":" + home.id()), audit(name).get(0)[3]);

        StaffLogin.as(name, GOOD);
        accounts.changeOwnPassword(GOOD, OTHER_GOOD);
        assertFalse(users.find(name).orElseThrow().mustChangePassword(), "institution staff change their password");
        assertThrows(EJBAccessException.class, this::searchRegistry, "institution staff do not search the registry");
    }

    private static void refusedWith(String field, String key, Executable call) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call, key);
        assertEquals(key, e.key());
        assertEquals(field, e.field(), key);
    }

    @Test
    void aNewUserMustChangeThePasswordBeforeWorking() throws SQLException {
        StaffLogin.as("admin", "admin123");
        String name = newName("it-worker");
        accounts.create(new NewStaffAccount(name, "测试专干", StaffRole.TOWNSHIP_CLERK, "630102001", GOOD));

        StaffLogin.as(name, GOOD);
        AccessDeniedException pending = assertThrows(AccessDeniedException.class, this::searchRegistry);
        assertEquals("account.passwordChangeRequired", pending.key());

        String hash = users.find(name).orElseThrow().passwordHash();
        InvalidValueException wrong = assertThrows(InvalidValueException.class,
                () -> accounts.changeOwnPassword("not-the-password", OTHER_GOOD));
        assertEquals("password.currentWrong", wrong.key());
        InvalidValueException weak = assertThrows(InvalidValueException.class,
                () -> accounts.changeOwnPassword(GOOD, "short"));
        assertEquals("password.tooShort", weak.key());
        InvalidValueException same = assertThrows(InvalidValueException.class,
                () -> accounts.changeOwnPassword(GOOD, GOOD));
        assertEquals("password.sameAsCurrent", same.key());
        assertEquals(hash, users.find(name).orElseThrow().passwordHash(), "refusals change nothing");
        assertTrue(users.find(name).orElseThrow().mustChangePassword());

        accounts.changeOwnPassword(GOOD, OTHER_GOOD);
        assertFalse(users.find(name).orElseThrow().mustChangePassword());
        assertDoesNotThrow(this::searchRegistry, "with a password of their own, the user works");
        assertEquals(SignIn.Outcome.REFUSED, directory.signIn(name, GOOD, address()).outcome());
        assertEquals(SignIn.Outcome.SUCCESS, directory.signIn(name, OTHER_GOOD, address()).outcome());
        List<String[]> audit = audit(name);
        assertEquals("UPDATE", audit.get(audit.size() - 1)[1]);
        assertEquals(name, audit.get(audit.size() - 1)[0], "the owner changed it");
    }

    @Test
    void passwordsFollowThePolicyAndARefusalCreatesNothing() throws SQLException {
        StaffLogin.as("admin", "admin123");
        long auditBefore = auditCount();
        String name = newName("it-weak");
        refused("password.tooShort", () -> accounts.create(
                new NewStaffAccount(name, "弱密码", StaffRole.TOWNSHIP_CLERK, "630102001", "Ab1-")));
        refused("password.tooFewClasses", () -> accounts.create(
                new NewStaffAccount(name, "弱密码", StaffRole.TOWNSHIP_CLERK, "630102001", "qinghailake2026")));
        refused("password.containsUsername", () -> accounts.create(
                new NewStaffAccount(name, "弱密码", StaffRole.TOWNSHIP_CLERK, "630102001", "X-" + name + "-9")));
        refused("account.usernameFormat", () -> accounts.create(
                new NewStaffAccount("Bad Name", "坏名", StaffRole.TOWNSHIP_CLERK, "630102001", GOOD)));
        refused("account.usernameTaken", () -> accounts.create(
                new NewStaffAccount("chengdong", "重名", StaffRole.TOWNSHIP_CLERK, "630102001", GOOD)));
        refused("account.roleRequired", () -> accounts.create(
                new NewStaffAccount(name, "无角色", null, "630102001", GOOD)));
        refused("account.divisionUnknown", () -> accounts.create(
                new NewStaffAccount(name, "无区划", StaffRole.TOWNSHIP_CLERK, "630102999", GOOD)));
        assertTrue(users.find(name).isEmpty(), "nothing created");
        assertEquals(auditBefore, auditCount(), "nothing audited");
    }

    @Test
    void anAdministratorActsOnlyWithinTheirOwnJurisdiction() throws SQLException {
        StaffLogin.as("admin", "admin123");
        String districtAdmin = newName("it-admin");
        accounts.create(new NewStaffAccount(districtAdmin, "城东区管理员", StaffRole.ADMIN, "630102", GOOD));
        StaffLogin.as(districtAdmin, GOOD);
        accounts.changeOwnPassword(GOOD, OTHER_GOOD);
        StaffLogin.as(districtAdmin, OTHER_GOOD);

        long auditBefore = auditCount();
        String outside = newName("it-outside");
        AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> accounts.create(
                new NewStaffAccount(outside, "城中区经办员", StaffRole.TOWNSHIP_CLERK, "630103001", GOOD)));
        assertEquals(DivisionCode.FIELD, denied.field());
        assertThrows(AccessDeniedException.class, () -> accounts.create(
                new NewStaffAccount(outside, "全市", StaffRole.CITY_STAFF, "630100", GOOD)));
        String hash = users.find("chengzhong").orElseThrow().passwordHash();
        refused("account.notFound", () -> accounts.resetPassword("chengzhong", OTHER_GOOD));
        refused("account.notFound", () -> accounts.disable("chengzhong"));
        refused("account.notFound", () -> accounts.resetPassword("no-such-account", OTHER_GOOD));
        refused("account.cannotDisableSelf", () -> accounts.disable(districtAdmin));
        assertTrue(users.find(outside).isEmpty());
        assertEquals(hash, users.find("chengzhong").orElseThrow().passwordHash());
        assertTrue(users.find("chengzhong").orElseThrow().isActive());
        assertEquals(auditBefore, auditCount(), "refusals audit nothing");
        assertTrue(accounts.accounts().stream().allMatch(a -> a.jurisdiction().startsWith("630102")),
                "the list shows only the administrator's jurisdiction");

        String inside = newName("it-inside");
        accounts.create(new NewStaffAccount(inside, "城东区经办员", StaffRole.TOWNSHIP_CLERK, "630102001", GOOD));
        assertTrue(users.find(inside).isPresent(), "inside the jurisdiction it works");
    }

    @Test
    void onlyAdministratorsAdministerAccounts() {
        StaffLogin.as("chengdong", "district123");
        assertThrows(EJBAccessException.class, () -> accounts.create(
                new NewStaffAccount(newName("it-x"), "某人", StaffRole.TOWNSHIP_CLERK, "630102001", GOOD)));
        assertThrows(EJBAccessException.class, () -> accounts.resetPassword("clerk-dongguan", GOOD));
        assertThrows(EJBAccessException.class, () -> accounts.disable("clerk-dongguan"));
        assertThrows(EJBAccessException.class, () -> accounts.accounts());
    }

    @Test
    void aResetPasswordMustBeChangedAndADisabledAccountCannotSignIn() throws SQLException {
        StaffLogin.as("admin", "admin123");
        String name = newName("it-reset");
        accounts.create(new NewStaffAccount(name, "重置测试", StaffRole.COMMUNITY_WORKER, "630102001001", GOOD));
        StaffLogin.as(name, GOOD);
        accounts.changeOwnPassword(GOOD, OTHER_GOOD);

        StaffLogin.as("admin", "admin123");
        accounts.resetPassword(name, "Reset-Pass-2026");
        assertTrue(users.find(name).orElseThrow().mustChangePassword());
        SignIn afterReset = directory.signIn(name, "Reset-Pass-2026", address());
        assertEquals(SignIn.Outcome.SUCCESS, afterReset.outcome());
        assertTrue(afterReset.mustChangePassword());

        accounts.disable(name);
        assertFalse(users.find(name).orElseThrow().isActive());
        assertEquals(SignIn.Outcome.REFUSED, directory.signIn(name, "Reset-Pass-2026", address()).outcome(),
                "a disabled account is refused like a wrong password");
        accounts.enable(name);
        assertEquals(SignIn.Outcome.SUCCESS, directory.signIn(name, "Reset-Pass-2026", address()).outcome());

        List<String[]> audit = audit(name);
        List<String> summaries = audit.stream().map(a -> a[1] + " " + a[2]).toList();
        assertTrue(summaries.stream().anyMatch(s -> s.startsWith("UPDATE 重置密码")), summaries.toString());
        assertTrue(summaries.stream().anyMatch(s -> s.startsWith("UPDATE 停用账号")), summaries.toString());
        assertTrue(summaries.stream().anyMatch(s -> s.startsWith("UPDATE 启用账号")), summaries.toString());
        assertTrue(audit.stream().noneMatch(a -> a[3].contains("pbkdf2")), "no password hash in the audit");
    }

    private void searchRegistry() {
        registry.search(new RegistryQuery(null, null, null, null, null, null, null, true), 0, 5);
    }

    private static void refused(String key, Executable call) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call);
        assertEquals(key, e.key());
    }

    /** The account's audit entries (other than sign-ins), oldest first: actor, action, summary, after. */
    private List<String[]> audit(String username) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT actor, action, summary, after_state FROM audit_entry WHERE entity_type = 'StaffUser'"
                        + " AND entity_id = ? AND action IN ('CREATE', 'UPDATE') ORDER BY id")) {
            s.setString(1, username);
            List<String[]> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new String[]{r.getString(1), r.getString(2), r.getString(3),
                            r.getString(4) == null ? "" : r.getString(4)});
                }
            }
            return rows;
        }
    }

    private long auditCount() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM audit_entry WHERE action IN ('CREATE', 'UPDATE')");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
