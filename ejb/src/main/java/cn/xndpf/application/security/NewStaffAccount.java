package cn.xndpf.application.security;

import cn.xndpf.domain.security.StaffRole;

/**
 * What an administrator fills in to create a staff account; the password is the initial one. An
 * institution's staff account names its institution; every other account leaves it null.
 */
public record NewStaffAccount(String username, String displayName, StaffRole role, String divisionCode,
                              String initialPassword, Long institutionId) {

    /** An account of a role that works for no institution. */
    public NewStaffAccount(String username, String displayName, StaffRole role, String divisionCode,
                           String initialPassword) {
        this(username, displayName, role, divisionCode, initialPassword, null);
    }
}
