package cn.xndpf.it;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Logs a demo user in for the rest of an in-container test request, through the application's own
 * Jakarta Security mechanism and identity store, so services see a real caller principal. The filter
 * keeps hold of the Arquillian runner's request and response, which authentication needs.
 */
@WebFilter(urlPatterns = "/ArquillianServletRunnerEE9")
public class StaffLogin implements Filter {

    private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();
    private static final ThreadLocal<HttpServletResponse> RESPONSE = new ThreadLocal<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        REQUEST.set((HttpServletRequest) request);
        RESPONSE.set((HttpServletResponse) response);
        try {
            chain.doFilter(request, response);
        } finally {
            REQUEST.remove();
            RESPONSE.remove();
        }
    }

    public static void as(String username, String password) {
        as(REQUEST.get(), RESPONSE.get(), username, password);
    }

    /**
     * A way to sign a user in on another thread of the test (a task on the server's managed executor, which
     * does not carry the caller over), through this test request's objects. The sign-ins are one at a
     * time, as the request is shared; the identity stays with the thread that signed in.
     */
    public static Signer signerForOtherThreads() {
        HttpServletRequest request = REQUEST.get();
        HttpServletResponse response = RESPONSE.get();
        return (username, password) -> {
            synchronized (request) {
                as(request, response, username, password);
            }
        };
    }

    /** Signs a user in on the calling thread. */
    @FunctionalInterface
    public interface Signer {
        void as(String username, String password);
    }

    /** Signs a user in for the rest of the given request (a test servlet's own, outside the Arquillian runner). */
    public static void as(HttpServletRequest request, HttpServletResponse response, String username,
                           String password) {
        // A second authentication in the same request keeps the first caller's security context (and can
        // lose its roles) unless the first caller is logged out first.
        if (request.getUserPrincipal() != null) {
            try {
                request.logout();
            } catch (ServletException e) {
                throw new IllegalStateException("logout before logging in " + username + " failed", e);
            }
        }
        SecurityContext security = CDI.current().select(SecurityContext.class).get();
        AuthenticationStatus status = security.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("login failed for " + username + ": " + status);
        }
    }
}
