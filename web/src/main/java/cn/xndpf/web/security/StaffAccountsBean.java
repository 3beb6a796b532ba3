package cn.xndpf.web.security;

import cn.xndpf.application.security.NewStaffAccount;
import cn.xndpf.application.security.StaffAccountService;
import cn.xndpf.application.security.StaffAccountView;
import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * 用户管理: administrators create staff accounts, reset passwords and disable or enable accounts. The
 * service decides what is allowed (the administrator's jurisdiction, the password policy).
 */
@Named("staffAccounts")
@ViewScoped
public class StaffAccountsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> CREATE_FIELDS = Map.of(
            "username", "accounts:username",
            "displayName", "accounts:displayName",
            "role", "accounts:role",
            "divisionCode", "accounts:division",
            "institutionId", "accounts:institution",
            "password", "accounts:initialPassword");
    private static final Map<String, String> RESET_FIELDS = Map.of(
            "username", "accounts:resetUsername",
            "password", "accounts:resetPassword");

    @EJB
    private StaffAccountService service;

    @Inject
    private FacesMessages messages;

    private List<StaffAccountView> accounts;

    private String username;
    private String displayName;
    private StaffRole role;
    private String division;
    private String initialPassword;
    private String institution;

    private String resetUsername;
    private String resetPassword;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        accounts = service.accounts();
    }

    public void create() {
        try {
            StaffAccountView created = service.create(new NewStaffAccount(username, displayName, role, division,
                    initialPassword, institutionNumber()));
            messages.globalInfo("accounts.created", created.username());
            username = null;
            displayName = null;
            role = null;
            division = null;
            institution = null;
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, CREATE_FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        } finally {
            initialPassword = null;
        }
    }

    public void reset() {
        try {
            service.resetPassword(resetUsername, resetPassword);
            messages.globalInfo("accounts.passwordReset", resetUsername);
            resetUsername = null;
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, RESET_FIELDS);
        } finally {
            resetPassword = null;
        }
    }

    public void disable(String account) {
        try {
            service.disable(account);
            messages.globalInfo("accounts.disabled", account);
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, Map.of());
        }
    }

    public void enable(String account) {
        try {
            service.enable(account);
            messages.globalInfo("accounts.enabled", account);
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, Map.of());
        }
    }

    /** The institution number typed; anything but a number goes on as one no institution has. */
    private Long institutionNumber() {
        if (institution == null || institution.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(institution.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public List<StaffAccountView> getAccounts() {
        return accounts;
    }

    public StaffRole[] getRoles() {
        return StaffRole.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public StaffRole getRole() {
        return role;
    }

    public void setRole(StaffRole role) {
        this.role = role;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }

    public String getResetUsername() {
        return resetUsername;
    }

    public void setResetUsername(String resetUsername) {
        this.resetUsername = resetUsername;
    }

    public String getResetPassword() {
        return resetPassword;
    }

    public void setResetPassword(String resetPassword) {
        this.resetPassword = resetPassword;
    }
}
