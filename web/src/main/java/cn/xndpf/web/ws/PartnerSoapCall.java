package cn.xndpf.web.ws;

import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.web.partner.PartnerAuthenticationFilter;
import cn.xndpf.web.partner.PartnerRequest;
import jakarta.xml.ws.WebServiceContext;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * One operation of a partner SOAP service (合作方 SOAP 调用), the part every endpoint used to repeat: the partner that
 * {@link PartnerAuthenticationFilter} authenticated (its code is what the services audit as {@code partner:<code>}),
 * the language of its messages, and the turning of the service's refusals into the endpoint's declared faults:
 * <ul>
 *     <li>a {@link NotFoundException} into the endpoint's not-found fault,</li>
 *     <li>an {@link AccessDeniedException} (the partner lacks the scope, or the person is not in its divisions)
 *     into its scope fault,</li>
 *     <li>any other {@link InvalidValueException} into its bad-request fault,</li>
 *     <li>anything else into {@link SoapFaults#unexpected} (an incident number, nothing more).</li>
 * </ul>
 * Each fault's message is the refusal's in the partner's language. An endpoint that declares no not-found or no
 * scope fault passes {@code null} for it, and that refusal is answered with its bad-request fault. The fault
 * classes themselves stay in each service's package: their element names and namespace are part of its WSDL.
 * What a fault's code becomes on the wire ({@code soap:Client}) is {@link SoapFaults}' business.
 */
public final class PartnerSoapCall {

    /** Builds an endpoint's declared fault from the refusal and its message in the partner's language. */
    @FunctionalInterface
    public interface Fault<F extends Exception> {
        F of(String message, InvalidValueException refusal);
    }

    private final PartnerRequest partner;
    private final String service;

    private PartnerSoapCall(PartnerRequest partner, String service) {
        this.partner = partner;
        this.service = service;
    }

    /** The call in progress on an endpoint (its injected context) of the service named, e.g. "PaymentRollService". */
    public static PartnerSoapCall of(WebServiceContext context, String service) {
        return new PartnerSoapCall(PartnerRequest.of(context), service);
    }

    /** The authenticated partner's code. */
    public String partnerCode() {
        return partner.partnerCode();
    }

    /** Chinese unless the partner's Accept-Language prefers English. */
    public Locale locale() {
        return partner.locale();
    }

    /** The call's answer, or the fault its refusal maps to; a refusal the endpoint declares no fault for is invalid. */
    public <T, I extends Exception, N extends Exception, S extends Exception> T answer(
            Supplier<T> call, Fault<I> invalid, Fault<N> notFound, Fault<S> outOfScope) throws I, N, S {
        try {
            return call.get();
        } catch (NotFoundException e) {
            if (notFound != null) {
                throw notFound.of(e.message(locale()), e);
            }
            throw invalid.of(e.message(locale()), e);
        } catch (AccessDeniedException e) {
            if (outOfScope != null) {
                throw outOfScope.of(e.message(locale()), e);
            }
            throw invalid.of(e.message(locale()), e);
        } catch (InvalidValueException e) {
            throw invalid.of(e.message(locale()), e);
        } catch (RuntimeException e) {
            throw SoapFaults.unexpected(e, service, locale());
        }
    }
}
