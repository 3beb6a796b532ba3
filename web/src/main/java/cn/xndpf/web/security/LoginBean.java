package cn.xndpf.web.security;

import cn.xndpf.application.security.StaffDirectory;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.ejb.EJB;
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
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/** The login form and the logout action. */
@Named
@RequestScoped
public class LoginBean {

    static final String HOME = "/app/home.xhtml";
    /** The session attribute Soteria's login-to-continue sets for a sign-in the application asked for. */
    static final String CALLER_INITIATED_MARK = "org.glassfish.soteria.caller_initiated_authentication";
    /** The home of an institution's staff, who have no registry search. */
    static final String INSTITUTION_HOME = "/app/institution/records.xhtml";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private FacesMessages messages;

    @EJB
    private StaffDirectory directory;

    private String username;
    private String password;

    public void login() throws IOException, ServletException {
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        if (request.getUserPrincipal() != null) {
            // Someone is still signed in in this browser (a session left open at a shared desk). The session
            // keeps its caller whatever these credentials say (it was Jakarta Security's auto-applied session,
            // which answered any credentials with success; now CallerKeptInSessionInterceptor's attribute): a
            // wrong password, or another person's name, went on as the previous user. Sign that user out
            // first, so these credentials decide.
            request.logout();
            HttpSession previous = request.getSession(false);
            if (previous != null) {
                previous.invalidate();
            }
        }
        // Session fixation: whatever session id the browser came with (perhaps one planted by someone
        // else) is replaced before the session can hold a signed-in user. Payara's Jakarta Security
        // renews it on sign-in as well (StaffSessionIT passes without this line); this keeps the promise
        // whatever the server does.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(
                request, (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.trim(),
                                new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            // Idle sessions end after the configured time (等保: 登录超时), whatever web.xml allows at most.
            request.getSession().setMaxInactiveInterval(directory.sessionIdleSeconds());
        }
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete(); // the mechanism redirects to the page first asked for
            case SUCCESS -> ext.redirect(ext.getRequestContextPath()
                    + (directory.mustChangePassword(username.trim()) ? PasswordChangeFilter.PASSWORD_PAGE
                    : request.isUserInRole("INSTITUTION_STAFF") ? INSTITUTION_HOME : HOME));
            default -> {
                forgetRefusedSignIn(request);
                if (request.getAttribute(StaffIdentityStore.THROTTLED) instanceof Instant until) {
                    long minutes = Math.max(1, (Duration.between(Instant.now(), until).toSeconds() + 59) / 60);
                    messages.globalError("login.throttled", minutes);
                } else {
                    messages.globalError("login.failed");
                }
            }
        }
    }

    /**
     * Jakarta Security (Soteria's login-to-continue) marks the session when the form asks for a sign-in and
     * clears the mark only when it succeeds. Left after a refusal, the mark made the next request for a
     * protected page skip the redirect to the login page: the browser got an empty page (a blank page
     * after a wrong password). A refused sign-in leaves no mark.
     */
    private static void forgetRefusedSignIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER_INITIATED_MARK);
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
