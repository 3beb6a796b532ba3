package cn.xndpf.application.security;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.security.StaffUserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.Optional;

/** Staff accounts: checks a login, and tells who a logged-in user is. */
@Stateless
@PermitAll
public class StaffDirectory {

    @Inject
    private StaffUserRepository users;

    /** What a login establishes: name, role (the security group) and jurisdiction. */
    public record StaffIdentity(String username, String displayName, StaffRole role, DivisionCode jurisdiction)
            implements Serializable {
    }

    public Optional<StaffIdentity> authenticate(String username, String password) {
        return users.find(username == null ? "" : username.trim())
                .filter(StaffUser::isActive)
                .filter(u -> PasswordHasher.verify(password, u.passwordHash()))
                .map(StaffDirectory::identity);
    }

    public Optional<StaffIdentity> identify(String username) {
        return users.find(username).filter(StaffUser::isActive).map(StaffDirectory::identity);
    }

    private static StaffIdentity identity(StaffUser u) {
        return new StaffIdentity(u.username(), u.displayName(), u.role(), u.jurisdiction());
    }
}
