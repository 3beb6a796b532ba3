package cn.xndpf.domain.security;

import cn.xndpf.domain.division.DivisionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member of staff: one role, one jurisdiction (辖区) that bounds every record they may see. */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    @Id
    @Column(name = "username")
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_role", nullable = false)
    private StaffRole role;

    @Column(name = "division_code", nullable = false)
    private DivisionCode jurisdiction;

    @Column(name = "active", nullable = false)
    private boolean active;

    /** Set when an administrator chose the password (new account, reset): its owner must replace it. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** The institution an {@link StaffRole#INSTITUTION_STAFF} account works for; null for every other role. */
    @Column(name = "institution_id")
    private Long institutionId;

    @Version
    private int version;

    protected StaffUser() {
    }

    public StaffUser(String username, String displayName, String passwordHash, StaffRole role,
                     DivisionCode jurisdiction) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.jurisdiction = jurisdiction;
        this.active = true;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public StaffRole role() {
        return role;
    }

    public DivisionCode jurisdiction() {
        return jurisdiction;
    }

    /** The institution this account works for, null unless the role is {@link StaffRole#INSTITUTION_STAFF}. */
    public Long institutionId() {
        return institutionId;
    }

    /** Binds an institution's staff account to its institution; set once, when the account is created. */
    public void workFor(long institution) {
        this.institutionId = institution;
    }

    public boolean isActive() {
        return active;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The owner chose a new password. */
    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    /** An administrator set the password (a new account or a reset): the owner must change it at sign-in. */
    public void assignPassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }
}
