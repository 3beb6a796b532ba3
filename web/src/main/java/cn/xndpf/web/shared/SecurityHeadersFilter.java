package cn.xndpf.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Security headers on every response of the application (安全响应头), screens, partner API, SOAP, static
 * resources and error pages alike (mapped first in web.xml, for every dispatch):
 * <ul>
 *     <li>Content-Security-Policy: everything from the platform itself, no framing by any site, no plugins,
 *     forms post only here. PrimeFaces writes inline scripts and style attributes, so those are allowed
 *     inline; scripts from any other origin are not.</li>
 *     <li>X-Content-Type-Options nosniff (a CSV or upload is never run as a script), X-Frame-Options for
 *     browsers without CSP, Referrer-Policy (record addresses never travel to other sites).</li>
 * </ul>
 */
public class SecurityHeadersFilter extends HttpFilter {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Sets the headers; also for a response that was reset (the error redirect of the screens). */
    public static void apply(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(response);
        chain.doFilter(request, response);
    }
}
