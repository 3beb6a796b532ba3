package cn.xndpf.application.security;

import cn.xndpf.domain.security.StaffRole;

/** What an administrator fills in to create a staff account; the password is the initial one. */
public record NewStaffAccount(String username, String displayName, StaffRole role, String divisionCode,
                              String initialPassword) {
}
