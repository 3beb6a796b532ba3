package cn.xndpf.application.security;

import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.security.StaffUserRepository;
import cn.xndpf.domain.shared.AccessDeniedException;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The member of staff on whose behalf a service runs, from the container's caller principal, so a
 * screen can never claim to be someone else.
 */
@Stateless
public class CurrentStaff {

    @Resource
    private SessionContext context;

    @Inject
    private StaffUserRepository users;

    @Inject
    private CallerAccount callerAccount;

    /**
     * The active caller, who has no password change pending: until a password an administrator chose is
     * replaced, no service works for its owner, whatever screen or API is used. The account as read once in
     * this request ({@link CallerAccount}): read-only.
     */
    public StaffUser require() {
        String name = callerName();
        Optional<StaffUser> account;
        try {
            account = callerAccount.of(name);
        } catch (ContextNotActiveException e) {
            account = users.find(name);
        }
        StaffUser user = account.filter(StaffUser::isActive).orElseThrow(() -> new AccessDeniedException("user"));
        if (user.mustChangePassword()) {
            throw new AccessDeniedException("password", "account.passwordChangeRequired");
        }
        return user;
    }

    /**
     * The active caller, even one who must still change the password (for changing it): read afresh, in the
     * caller's transaction, so that the service may change it; the request's earlier read is forgotten.
     */
    public StaffUser requireSignedIn() {
        try {
            callerAccount.forget();
        } catch (ContextNotActiveException e) {
            // no request, nothing remembered
        }
        return users.find(callerName()).filter(StaffUser::isActive)
                .orElseThrow(() -> new AccessDeniedException("user"));
    }

    private String callerName() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        return name == null ? "" : name;
    }
}
