package cn.xndpf.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.Serializable;
import java.util.Set;

/**
 * Staff sign in through the JSF page {@code /login.xhtml} (the login form hands its credential to
 * {@code SecurityContext.authenticate}); an unauthenticated request for a protected page is redirected there
 * and continued after a successful login ({@link LoginToContinue}). This is what the built-in custom-form
 * mechanism does, written out for two reasons. The container runs the mechanism before any filter of the
 * application, so its own answers (the redirect to the login page, a refusal) would go out without the
 * security headers; {@link SecurityHeadersFirst} sets them before anything of the mechanism runs. And the
 * signed-in caller, name and groups, is kept as an attribute of the session and handed to the container
 * again on every request, instead of {@code @AutoApplySession}'s principal registered with the container's
 * session: on a cluster a session moves between instances through the data grid, which carries its
 * attributes, and the registered principal arrived without its groups (the next instance answered 403 to
 * a user signed in a moment before on the other); {@link CallerKeptInSessionInterceptor} restores it.
 */
@ApplicationScoped
@CallerKeptInSession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
@SecurityHeadersFirst
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SIGNED_IN = StaffAuthenticationMechanism.class.getName() + ".caller";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();   // a signed-in caller was restored by CallerKeptInSessionInterceptor
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            request.getSession().setAttribute(SIGNED_IN,
                    new SignedInCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** Who signed in in this session, with the groups (roles) the identity store gave them then. */
    record SignedInCaller(String name, Set<String> groups) implements Serializable {
    }
}
