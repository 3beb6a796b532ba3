package cn.xndpf.application.security;

import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.security.StaffUser;

import java.io.Serializable;

/** A staff account as the administration screen shows it (never the password hash). */
public record StaffAccountView(String username, String displayName, StaffRole role, String jurisdiction,
                               boolean active, boolean mustChangePassword, Long institutionId)
        implements Serializable {

    static StaffAccountView of(StaffUser u) {
        return new StaffAccountView(u.username(), u.displayName(), u.role(), u.jurisdiction().value(), u.isActive(),
                u.mustChangePassword(), u.institutionId());
    }
}
