package cn.xndpf.web.api;

import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.web.partner.PartnerLocale;
import cn.xndpf.web.partner.PartnerMessages;
import cn.xndpf.application.shared.Incidents;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;

/** Turns every failure of the partner API into an {@link ApiError}; messages follow Accept-Language. */
public final class ApiExceptionMappers {

    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private ApiExceptionMappers() {
    }

    static Response error(int status, String error, String field, String code, String message) {
        return Response.status(status).type(JSON).entity(new ApiError(status, error, field, code, message)).build();
    }

    static Locale locale(HttpHeaders headers) {
        return headers == null ? Locale.SIMPLIFIED_CHINESE : PartnerLocale.fromLocales(headers.getAcceptableLanguages());
    }

    /** Malformed input: 400 with the field and the message key. */
    @Provider
    public static class InvalidValue implements ExceptionMapper<InvalidValueException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(InvalidValueException e) {
            return error(400, "invalid_value", e.field(), e.key(), e.message(locale(headers)));
        }
    }

    /** Nothing with that number: 404. */
    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(NotFoundException e) {
            return error(404, "not_found", e.field(), e.key(), e.message(locale(headers)));
        }
    }

    /** A service refused the caller: 403. */
    @Provider
    public static class AccessDenied implements ExceptionMapper<AccessDeniedException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(AccessDeniedException e) {
            return error(403, "forbidden", e.field(), e.key(), e.message(locale(headers)));
        }
    }

    /** Unreadable request: 400. */
    @Provider
    public static class Request implements ExceptionMapper<RequestProblem> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(RequestProblem e) {
            return error(400, e.error(), e.field(), e.key(), PartnerMessages.get(e.key(), locale(headers), e.args()));
        }
    }

    /** The framework's own answers (unknown path, wrong method or media type) in the same shape. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response r = e.getResponse();
            String reason = r.getStatusInfo().getReasonPhrase();
            return error(r.getStatus(), reason == null ? "error" : reason.toLowerCase(Locale.ROOT).replace(' ', '_'),
                    null, null, reason == null ? String.valueOf(r.getStatus()) : reason);
        }
    }

    /**
     * A domain exception wrapped by the container, or a failure nobody expected (a bug, a database down):
     * never a stack trace or SQL to a partner, but an incident number that the server log holds with the
     * whole exception chain.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        private HttpHeaders headers;

        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(Throwable e) {
            Throwable cause = e;
            while (cause instanceof EJBException && cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause instanceof NotFoundException nf) {
                return error(404, "not_found", nf.field(), nf.key(), nf.message(locale(headers)));
            }
            if (cause instanceof InvalidValueException iv) {
                return error(400, "invalid_value", iv.field(), iv.key(), iv.message(locale(headers)));
            }
            if (cause instanceof AccessDeniedException ad) {
                return error(403, "forbidden", ad.field(), ad.key(), ad.message(locale(headers)));
            }
            String incident = Incidents.record("REST " + (uri == null ? "?" : uri.getPath()), e);
            ApiError body = new ApiError(500, "internal_error", null, "request.incident",
                    PartnerMessages.get("request.incident", locale(headers), incident));
            body.incident = incident;
            return Response.status(500).type(JSON).entity(body).build();
        }
    }
}
