package cn.xndpf.web.partner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;

import java.util.Locale;

/**
 * A partner system's request as REST resources and SOAP endpoints see it: the partner that
 * {@link PartnerAuthenticationFilter} authenticated, and the language its messages are wanted in.
 * One reading for both protocols, so a partner gets the same identity and language whichever it speaks.
 */
public final class PartnerRequest {

    private final HttpServletRequest request;

    private PartnerRequest(HttpServletRequest request) {
        this.request = request;
    }

    public static PartnerRequest of(HttpServletRequest request) {
        return new PartnerRequest(request);
    }

    /** A SOAP endpoint's request (its injected context; null outside a request). */
    public static PartnerRequest of(WebServiceContext context) {
        return new PartnerRequest(context == null ? null
                : (HttpServletRequest) context.getMessageContext().get(MessageContext.SERVLET_REQUEST));
    }

    /** The authenticated partner's code; never null, since the filter guards every partner address. */
    public String partnerCode() {
        Object code = request == null ? null : request.getAttribute(PartnerAuthenticationFilter.PARTNER_CODE);
        if (code == null) {
            // reaching a partner operation without a partner means the filter's mapping changed
            throw new IllegalStateException("No authenticated partner on this request");
        }
        return code.toString();
    }

    /** Chinese unless the partner's Accept-Language prefers English. */
    public Locale locale() {
        return PartnerLocale.fromHeader(request == null ? null : request.getHeader("Accept-Language"));
    }
}
