package cn.xndpf.web.security;

import cn.xndpf.web.shared.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The login form and the logout action. */
@Named
@RequestScoped
public class LoginBean {

    static final String HOME = "/app/person/search.xhtml";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private FacesMessages messages;

    private String username;
    private String password;

    public void login() throws IOException {
        ExternalContext ext = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) ext.getRequest(), (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.trim(),
                                new Password(password == null ? "" : password))));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete(); // the mechanism redirects to the page first asked for
            case SUCCESS -> ext.redirect(ext.getRequestContextPath() + HOME);
            default -> messages.globalError("login.failed");
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext ext = faces.getExternalContext();
        ((HttpServletRequest) ext.getRequest()).logout();
        ext.invalidateSession();
        ext.redirect(ext.getRequestContextPath() + "/login.xhtml");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
