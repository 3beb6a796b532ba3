package cn.xndpf.web.api.payment;

import cn.xndpf.application.subsidy.BankReturnRejected;
import cn.xndpf.web.partner.PartnerLocale;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;

/** A refused bank return file: 400 with every row in error, in the partner's language. */
@Provider
public class BankReturnRejectedMapper implements ExceptionMapper<BankReturnRejected> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(BankReturnRejected e) {
        Locale locale = headers == null ? Locale.SIMPLIFIED_CHINESE
                : PartnerLocale.fromLocales(headers.getAcceptableLanguages());
        BankReturnError body = new BankReturnError(e.message(locale), e.errors().stream()
                .map(r -> new BankReturnError.RowProblem(r.row(), r.field(), r.key(), r.message(locale))).toList());
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}
