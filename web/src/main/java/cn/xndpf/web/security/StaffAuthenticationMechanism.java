package cn.xndpf.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Staff sign in through the JSF page {@code /login.xhtml} (the login form hands its credential to
 * {@code SecurityContext.authenticate}); an unauthenticated request for a protected page is redirected there
 * and continued after a successful login ({@link LoginToContinue}); the signed-in caller is kept in the
 * session ({@link AutoApplySession}). This is what the built-in custom-form mechanism does, written out for
 * one reason: the container runs the mechanism before any filter of the application, so its own answers
 * (the redirect to the login page, a refusal) would go out without the security headers;
 * {@link SecurityHeadersFirst} sets them before anything of the mechanism runs.
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
@SecurityHeadersFirst
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
}
