package cn.xndpf.application.security;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.security.StaffUserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Staff accounts: checks a sign-in (throttled, audited, the same work whether or not the account
 * exists), and tells who a signed-in user is.
 */
@Stateless
@PermitAll
public class StaffDirectory {

    static final String ENTITY = "StaffUser";

    @Inject
    private StaffUserRepository users;

    @EJB
    private SignInThrottle throttle;

    @EJB
    private AuditTrail audit;

    @Inject
    private SecuritySettings settings;

    @Inject
    private CallerAccount callerAccount;

    /** What a login establishes: name, role (the security group) and jurisdiction. */
    public record StaffIdentity(String username, String displayName, StaffRole role, DivisionCode jurisdiction)
            implements Serializable {
    }

    /**
     * Checks a sign-in from a client address. A locked account or address is refused before the password
     * is looked at; otherwise exactly one password check runs, against a dummy hash for an unknown name,
     * so the time taken does not tell whether the account exists. Successes and failures are audited; the
     * attempts refused by the throttle are not (the failure that caused the lock is).
     */
    public SignIn signIn(String username, String password, String clientAddress) {
        String name = username == null ? "" : username.trim();
        String secret = password == null ? "" : password;
        String key = SignInThrottle.account("staff", name);
        Optional<Instant> locked = throttle.lockedUntil(key, clientAddress);
        if (locked.isPresent()) {
            return SignIn.throttled(locked.get());
        }
        Optional<StaffUser> user = name.isEmpty() ? Optional.empty() : users.find(name);
        boolean passwordRight = user.isPresent()
                ? PasswordHasher.verify(secret, user.get().passwordHash())
                : PasswordHasher.verifyNobody(secret);
        if (passwordRight && user.get().isActive()) {
            throttle.succeeded(key);
            StaffUser u = user.get();
            audit.record(u.username(), AuditAction.SIGN_IN, ENTITY, u.username(), u.jurisdiction().value(),
                    "登录成功 signed in from " + clientAddress, null, null);
            return SignIn.success(identity(u), u.mustChangePassword());
        }
        boolean nowLocked = throttle.failed(key, clientAddress);
        String reason = user.isEmpty() ? "unknown account" : passwordRight ? "account disabled" : "wrong password";
        audit.record(clip(name.isEmpty() ? "-" : name, 50), AuditAction.SIGN_IN_FAILED, ENTITY,
                clip(name.isEmpty() ? "-" : name, 40), user.map(u -> u.jurisdiction().value()).orElse(null),
                "登录失败 " + reason + " from " + clientAddress + (nowLocked ? "; 已锁定 locked" : ""), null,
                Map.of("locked", nowLocked));
        return SignIn.refused();
    }

    public Optional<StaffIdentity> identify(String username) {
        return users.find(username).filter(StaffUser::isActive).map(StaffDirectory::identity);
    }

    /** Whether the user must choose a new password before doing anything else. */
    public boolean mustChangePassword(String username) {
        return standing(username) == Standing.MUST_CHANGE_PASSWORD;
    }

    /** Where a signed-in account stands, for the screens' filter. */
    public enum Standing {
        /** Works. */
        ACTIVE,
        /** Must choose a new password first (a new account, a reset). */
        MUST_CHANGE_PASSWORD,
        /** Disabled or gone: its session is over. */
        INACTIVE
    }

    /**
     * The account's standing as read once in this request ({@link CallerAccount}), the read the page's services
     * then share.
     */
    public Standing standing(String username) {
        if (username == null) {
            return Standing.INACTIVE;
        }
        Optional<StaffUser> user = callerAccount.of(username);
        if (user.isEmpty() || !user.get().isActive()) {
            return Standing.INACTIVE;
        }
        return user.get().mustChangePassword() ? Standing.MUST_CHANGE_PASSWORD : Standing.ACTIVE;
    }

    /** How long a staff session may stay idle before it ends (a setting). */
    public int sessionIdleSeconds() {
        return settings.sessionIdleSeconds();
    }

    static StaffIdentity identity(StaffUser u) {
        return new StaffIdentity(u.username(), u.displayName(), u.role(), u.jurisdiction());
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
