package cn.xndpf.application.security;

import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.security.StaffUserRepository;
import cn.xndpf.domain.shared.AccessDeniedException;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

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

    /**
     * The active caller, who has no password change pending: until a password an administrator chose is
     * replaced, no service works for its owner, whatever screen or API is used.
     */
    public StaffUser require() {
        StaffUser user = requireSignedIn();
        if (user.mustChangePassword()) {
            throw new AccessDeniedException("password", "account.passwordChangeRequired");
        }
        return user;
    }

    /** The active caller, even one who must still change the password (for changing it). */
    public StaffUser requireSignedIn() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        return users.find(name == null ? "" : name).filter(StaffUser::isActive)
                .orElseThrow(() -> new AccessDeniedException("user"));
    }
}
