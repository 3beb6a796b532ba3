package cn.xndpf.web.security;

import cn.xndpf.application.security.StaffAccountService;
import cn.xndpf.application.security.StaffDirectory;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.Map;

/** 修改密码: every user changes their own password, and must when an administrator chose it. */
@Named("passwordChange")
@RequestScoped
public class PasswordChangeBean {

    private static final Map<String, String> FIELDS = Map.of(
            "currentPassword", "pwd:current",
            "password", "pwd:next");

    @EJB
    private StaffAccountService accounts;

    @EJB
    private StaffDirectory directory;

    @Inject
    private FacesContext faces;

    @Inject
    private FacesMessages messages;

    private String current;
    private String next;
    private String confirmation;

    /** Whether the user is here because the password must be changed (not by choice). */
    public boolean isRequired() {
        String user = faces.getExternalContext().getRemoteUser();
        return directory.mustChangePassword(user);
    }

    public void change() throws IOException {
        if (next == null || !next.equals(confirmation)) {
            faces.addMessage("pwd:confirmation", new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, messages.text("password.mismatch"),
                    messages.text("password.mismatch")));
            faces.validationFailed();
            return;
        }
        try {
            accounts.changeOwnPassword(current, next);
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
            return;
        } finally {
            current = null;
            next = null;
            confirmation = null;
        }
        ExternalContext ext = faces.getExternalContext();
        ext.getFlash().setKeepMessages(true);
        messages.globalInfo("password.changed");
        ext.redirect(ext.getRequestContextPath() + (((HttpServletRequest) ext.getRequest())
                .isUserInRole("INSTITUTION_STAFF") ? LoginBean.INSTITUTION_HOME : LoginBean.HOME));
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
