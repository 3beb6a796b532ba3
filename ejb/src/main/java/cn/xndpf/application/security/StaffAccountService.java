package cn.xndpf.application.security;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionRepository;
import cn.xndpf.domain.institution.Institution;
import cn.xndpf.domain.institution.InstitutionRepository;
import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.security.StaffUserRepository;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Staff account administration (用户管理): an administrator creates accounts with a role and a
 * jurisdiction inside their own, resets passwords and disables or enables accounts of their
 * jurisdiction; every user changes their own password, and must when an administrator chose it. Every
 * change is audited, without the password hash.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class StaffAccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,49}");

    @Inject
    private StaffUserRepository users;

    @Inject
    private DivisionRepository divisions;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private SecuritySettings settings;

    @EJB
    private CurrentStaff currentStaff;

    @Inject
    private CallerAccount callerAccount;

    @EJB
    private AuditTrail audit;

    /** The accounts within the administrator's jurisdiction. */
    public List<StaffAccountView> accounts() {
        StaffUser admin = currentStaff.require();
        return users.all().stream().filter(u -> admin.jurisdiction().contains(u.jurisdiction()))
                .map(StaffAccountView::of).toList();
    }

    public StaffAccountView create(NewStaffAccount a) {
        StaffUser admin = currentStaff.require();
        String username = a.username() == null ? "" : a.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidValueException("username", "account.usernameFormat");
        }
        String displayName = a.displayName() == null ? "" : a.displayName().trim();
        if (displayName.isEmpty() || displayName.length() > 50) {
            throw new InvalidValueException("displayName", "account.displayNameRequired");
        }
        if (a.role() == null) {
            throw new InvalidValueException("role", "account.roleRequired");
        }
        DivisionCode division = DivisionCode.of(a.divisionCode());
        if (divisions.find(division).isEmpty()) {
            throw new InvalidValueException(DivisionCode.FIELD, "account.divisionUnknown", division.value());
        }
        if (!admin.jurisdiction().contains(division)) {
            throw new AccessDeniedException(DivisionCode.FIELD);
        }
        if (users.find(username).isPresent()) {
            throw new InvalidValueException("username", "account.usernameTaken", username);
        }
        Institution institution = institution(admin, a, division);
        policy().check(username, a.initialPassword());
        StaffUser user = new StaffUser(username, displayName, PasswordHasher.hash(a.initialPassword()), a.role(),
                division);
        if (institution != null) {
            user.workFor(institution.id());
        }
        user.assignPassword(user.passwordHash());
        users.store(user);
        audit.record(admin.username(), AuditAction.CREATE, StaffDirectory.ENTITY, username, division.value(),
                "新建账号 account created", null, state(user));
        return StaffAccountView.of(user);
    }

    /** Sets a password the owner must change at the next sign-in. */
    public void resetPassword(String username, String newPassword) {
        StaffUser admin = currentStaff.require();
        StaffUser user = manageable(admin, username);
        policy().check(user.username(), newPassword);
        Map<String, Object> before = state(user);
        user.assignPassword(PasswordHasher.hash(newPassword));
        audit.record(admin.username(), AuditAction.UPDATE, StaffDirectory.ENTITY, user.username(),
                user.jurisdiction().value(), "重置密码 password reset", before, state(user));
        callerAccount.forget();
    }

    public void disable(String username) {
        StaffUser admin = currentStaff.require();
        StaffUser user = manageable(admin, username);
        if (user.username().equals(admin.username())) {
            throw new InvalidValueException("username", "account.cannotDisableSelf");
        }
        Map<String, Object> before = state(user);
        user.deactivate();
        audit.record(admin.username(), AuditAction.UPDATE, StaffDirectory.ENTITY, user.username(),
                user.jurisdiction().value(), "停用账号 account disabled", before, state(user));
        callerAccount.forget();
    }

    public void enable(String username) {
        StaffUser admin = currentStaff.require();
        StaffUser user = manageable(admin, username);
        Map<String, Object> before = state(user);
        user.activate();
        audit.record(admin.username(), AuditAction.UPDATE, StaffDirectory.ENTITY, user.username(),
                user.jurisdiction().value(), "启用账号 account enabled", before, state(user));
        callerAccount.forget();
    }

    /** The caller replaces their own password, proving they know the current one. */
    @RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
            Roles.CITY_STAFF, Roles.ADMIN, Roles.INSTITUTION_STAFF})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        StaffUser me = currentStaff.requireSignedIn();
        if (!PasswordHasher.verify(currentPassword == null ? "" : currentPassword, me.passwordHash())) {
            throw new InvalidValueException("currentPassword", "password.currentWrong");
        }
        policy().check(me.username(), newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new InvalidValueException(PasswordPolicy.FIELD, "password.sameAsCurrent");
        }
        Map<String, Object> before = state(me);
        me.changePassword(PasswordHasher.hash(newPassword));
        audit.record(me.username(), AuditAction.UPDATE, StaffDirectory.ENTITY, me.username(),
                me.jurisdiction().value(), "修改本人密码 own password changed", before, state(me));
    }

    /**
     * The institution an institution's staff account works for: one in the administrator's jurisdiction,
     * in the account's own division. Other roles name none.
     */
    private Institution institution(StaffUser admin, NewStaffAccount a, DivisionCode division) {
        if (a.role() != StaffRole.INSTITUTION_STAFF) {
            if (a.institutionId() != null) {
                throw new InvalidValueException("institutionId", "account.institutionOnlyForItsStaff");
            }
            return null;
        }
        if (a.institutionId() == null) {
            throw new InvalidValueException("institutionId", "account.institutionRequired");
        }
        Institution institution = institutions.find(a.institutionId())
                .filter(i -> admin.jurisdiction().contains(i.division()))
                .orElseThrow(() -> new InvalidValueException("institutionId", "institution.notFound"));
        if (!institution.division().equals(division)) {
            throw new InvalidValueException(DivisionCode.FIELD, "account.institutionDivision",
                    institution.division().value());
        }
        return institution;
    }

    /** An account the administrator may manage; an unknown one and one outside the jurisdiction look alike. */
    private StaffUser manageable(StaffUser admin, String username) {
        return users.find(username == null ? "" : username.trim())
                .filter(u -> admin.jurisdiction().contains(u.jurisdiction()))
                .orElseThrow(() -> new InvalidValueException("username", "account.notFound"));
    }

    private PasswordPolicy policy() {
        return new PasswordPolicy(settings.passwordMinLength(), settings.passwordMinCharacterClasses());
    }

    /** What the audit keeps of an account: everything but the password hash. */
    private static Map<String, Object> state(StaffUser u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("displayName", u.displayName());
        m.put("role", u.role().name());
        m.put("jurisdiction", u.jurisdiction().value());
        if (u.institutionId() != null) {
            m.put("institutionId", u.institutionId());
        }
        m.put("active", u.isActive());
        m.put("mustChangePassword", u.mustChangePassword());
        return m;
    }
}
