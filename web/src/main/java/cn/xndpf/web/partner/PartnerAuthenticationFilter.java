package cn.xndpf.web.partner;

import cn.xndpf.application.security.PartnerDirectory;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.security.Partner;
import cn.xndpf.web.ws.SoapRequestGuard;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * HTTP Basic authentication of integration partners (合作方) on the REST API ({@code /api/*}) and the SOAP
 * services ({@code /ws/*}). The credentials are checked against the partner table only, so a staff
 * login never opens these interfaces. Each path needs a scope; a path without one is refused, so a new
 * service is closed until someone decides which partners may use it.
 * <p>
 * A service's WSDL and its schemas ({@code GET ...?wsdl}, {@code ?xsd=n}) are served without
 * credentials: they describe the interface and contain no data.
 */
@WebFilter(filterName = "PartnerAuthenticationFilter", urlPatterns = {"/api/*", "/ws/*"})
public class PartnerAuthenticationFilter extends HttpFilter {

    /** Request attribute holding the authenticated partner's code, for the endpoints and the audit. */
    public static final String PARTNER_CODE = "cn.xndpf.partner.code";

    static final String REALM = "dpf-partner";

    private static final Logger LOG = Logger.getLogger(PartnerAuthenticationFilter.class.getName());

    /**
     * Path (below the context root) → the scopes that open it (any one of them). Longest prefix wins. A SOAP
     * service whose operations need different scopes lists them all; its services check each operation.
     */
    private static final Map<String, Set<String>> SCOPES = new LinkedHashMap<>();

    static {
        SCOPES.put("/api/v1/certificate-verifications", Set.of(Partner.SCOPE_CERTIFICATE_VERIFICATION));
        SCOPES.put("/ws/CertificateVerificationService", Set.of(Partner.SCOPE_CERTIFICATE_VERIFICATION));
        SCOPES.put("/api/v1/assistance-status-changes", Set.of(Partner.SCOPE_CIVIL_AFFAIRS));
        SCOPES.put("/api/v1/death-records", Set.of(Partner.SCOPE_CIVIL_AFFAIRS));
        SCOPES.put("/api/v1/subsidy-status-queries", Set.of(Partner.SCOPE_SUBSIDY_STATUS));
        SCOPES.put("/ws/SubsidyPartnerService", Set.of(Partner.SCOPE_CIVIL_AFFAIRS, Partner.SCOPE_SUBSIDY_STATUS));
        SCOPES.put("/api/v1/payment-rolls", Set.of(Partner.SCOPE_BANK_PAYMENT));
        SCOPES.put("/ws/PaymentRollService", Set.of(Partner.SCOPE_BANK_PAYMENT));
        SCOPES.put("/api/v1/statistics", Set.of(Partner.SCOPE_STATISTICS));
        SCOPES.put("/ws/StatisticsExportService", Set.of(Partner.SCOPE_STATISTICS));
        SCOPES.put("/api/v1/service-records", Set.of(Partner.SCOPE_INSTITUTION_SERVICES));
        SCOPES.put("/ws/ServiceRecordService", Set.of(Partner.SCOPE_INSTITUTION_SERVICES));
        SCOPES.put("/api/v1/education-enrolments", Set.of(Partner.SCOPE_EDUCATION_ENROLMENT));
        SCOPES.put("/api/v1/employment-declarations", Set.of(Partner.SCOPE_EMPLOYMENT_DECLARATION));
        SCOPES.put("/api/v1/security-funds", Set.of(Partner.SCOPE_SECURITY_FUND));
        SCOPES.put("/ws/EmploymentPartnerService",
                Set.of(Partner.SCOPE_EMPLOYMENT_DECLARATION, Partner.SCOPE_SECURITY_FUND));
        SCOPES.put("/ws/EducationEnrolmentService", Set.of(Partner.SCOPE_EDUCATION_ENROLMENT));
        SCOPES.put("/api/v1/social-security", Set.of(Partner.SCOPE_SOCIAL_SECURITY));
        SCOPES.put("/ws/SocialSecurityPartnerService", Set.of(Partner.SCOPE_SOCIAL_SECURITY));
    }

    @EJB
    private PartnerDirectory partners;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isServiceDescription(request, path)) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = PartnerLocale.fromHeader(request.getHeader("Accept-Language"));
        boolean api = path.startsWith("/api/");
        Optional<String[]> credentials = basicCredentials(request.getHeader("Authorization"));
        Optional<PartnerDirectory.PartnerSignIn> signIn =
                credentials.map(c -> partners.authenticate(c[0], c[1], request.getRemoteAddr()));
        if (signIn.isPresent() && signIn.get().throttled()) {
            // Too many failures for this partner or address: refused before any secret is checked.
            long seconds = Math.max(1, Duration.between(Instant.now(), signIn.get().retryAfter()).toSeconds() + 1);
            response.setHeader("Retry-After", Long.toString(seconds));
            refuse(response, api, 429, "too_many_attempts", PartnerMessages.get("partner.throttled", locale));
            return;
        }
        Optional<Partner> partner = signIn.flatMap(PartnerDirectory.PartnerSignIn::partner);
        if (partner.isEmpty()) {
            if (credentials.isPresent()) {
                LOG.warning(() -> "Partner authentication failed for '" + IdNumber.maskWithin(credentials.get()[0])
                        + "' from " + request.getRemoteAddr() + " on " + IdNumber.maskWithin(path));
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            refuse(response, api, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                    PartnerMessages.get(credentials.isPresent() ? "partner.badCredentials" : "partner.credentialsRequired", locale));
            return;
        }
        Set<String> scopes = scopesOf(path);
        if (scopes.stream().noneMatch(partner.get()::mayUse)) {
            LOG.warning(() -> "Partner '" + partner.get().code() + "' lacks scope " + scopes + " for "
                    + IdNumber.maskWithin(path));
            refuse(response, api, HttpServletResponse.SC_FORBIDDEN, "forbidden",
                    PartnerMessages.get("partner.scopeMissing", locale));
            return;
        }
        request.setAttribute(PARTNER_CODE, partner.get().code());
        if (!api) {
            // the JAX-WS runtime would read any body whole and parse it as it likes: checked here first
            Optional<HttpServletRequest> checked = SoapRequestGuard.check(request, response, locale);
            if (checked.isEmpty()) {
                LOG.warning(() -> "SOAP request of partner '" + partner.get().code() + "' refused before parsing on "
                        + IdNumber.maskWithin(path));
                return;
            }
            chain.doFilter(checked.get(), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isServiceDescription(HttpServletRequest request, String path) {
        if (!path.startsWith("/ws/") || !"GET".equals(request.getMethod()) || request.getQueryString() == null) {
            return false;
        }
        String q = request.getQueryString().toLowerCase(Locale.ROOT);
        return q.equals("wsdl") || q.startsWith("wsdl=") || q.startsWith("xsd=");
    }

    static Set<String> scopesOf(String path) {
        String best = null;
        Set<String> scope = Set.of();
        for (Map.Entry<String, Set<String>> e : SCOPES.entrySet()) {
            String p = e.getKey();
            if ((path.equals(p) || path.startsWith(p + "/")) && (best == null || p.length() > best.length())) {
                best = p;
                scope = e.getValue();
            }
        }
        return scope;
    }

    /** {code, secret} from a Basic Authorization header, if it is one and is well formed. */
    static Optional<String[]> basicCredentials(String header) {
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new String[]{decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static void refuse(HttpServletResponse response, boolean json, int status, String error, String message)
            throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (json) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\""
                    + jsonEscape(message) + "\"}");
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(message);
        }
    }

    static String jsonEscape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
