package cn.xndpf.web.ws.payment;

import cn.xndpf.application.subsidy.BankPaymentService;
import cn.xndpf.application.subsidy.BankReturnRejected;
import cn.xndpf.application.subsidy.BankReturnReport;
import cn.xndpf.application.subsidy.ExportedFile;
import cn.xndpf.web.ws.PartnerSoapCall;
import cn.xndpf.web.ws.SoapFaults;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * 补贴代发 SOAP service, {@code /dpf/ws/PaymentRollService} (mapped in web.xml; WSDL at {@code ?wsdl}): the
 * same two operations as the REST interface, files carried as base64. Banks authenticate with HTTP Basic
 * and need scope {@code bank-payment}, checked by {@link PartnerAuthenticationFilter}.
 */
@HandlerChain(file = SoapFaults.CHAIN)
@WebService(name = "PaymentRoll", serviceName = "PaymentRollService", portName = "PaymentRollPort",
        targetNamespace = PaymentRollEndpoint.NAMESPACE)
public class PaymentRollEndpoint {

    public static final String NAMESPACE = "http://xndpf.cn/ws/payment/v1";

    @EJB
    private BankPaymentService bank;

    @Resource
    private WebServiceContext context;

    /** The payment file of a month's roll (month yyyy-MM, division 630100 or a county code, format csv or xlsx). */
    @WebMethod
    @WebResult(name = "bankFile", targetNamespace = NAMESPACE)
    public BankFile getBankFile(@WebParam(name = "month", targetNamespace = NAMESPACE) String month,
                                @WebParam(name = "division", targetNamespace = NAMESPACE) String division,
                                @WebParam(name = "format", targetNamespace = NAMESPACE) String format)
            throws PaymentRequestFault, PaymentRollNotFoundFault {
        String partner = partner().partnerCode();
        ExportedFile f = answer(() -> bank.bankFile(month, division, format == null || format.isBlank() ? "csv" : format,
                partner));
        // A SOAP answer carries the file inside its message, so this path holds it in memory (REST streams it).
        return new BankFile(f.fileName(), f.contentType(), f.readAll());
    }

    /** The bank's return file (CSV, base64): applied whole, or refused with every row in error. */
    @WebMethod
    @WebResult(name = "bankReturnResult", targetNamespace = NAMESPACE)
    public BankReturnSummary submitBankReturns(@WebParam(name = "month", targetNamespace = NAMESPACE) String month,
                                               @WebParam(name = "division", targetNamespace = NAMESPACE) String division,
                                               @WebParam(name = "content", targetNamespace = NAMESPACE) byte[] content)
            throws PaymentRequestFault, PaymentRollNotFoundFault {
        String partner = partner().partnerCode();
        BankReturnReport r = answer(() -> bank.bankReturns(month, division, content, partner));
        return new BankReturnSummary(r.rows(), r.paid(), r.failed(), r.unchanged());
    }

    private <T> T answer(Supplier<T> call) throws PaymentRequestFault, PaymentRollNotFoundFault {
        PartnerSoapCall partner = partner();
        Locale locale = partner.locale();
        return partner.answer(call,
                (message, e) -> new PaymentRequestFault(message, new PaymentFaultDetail(e.field(), e.key(), message,
                        e instanceof BankReturnRejected r ? r.errors().stream().map(row -> new PaymentFaultDetail.RowError(
                                row.row(), row.field(), row.key(), row.message(locale))).toList() : List.of())),
                (message, e) -> new PaymentRollNotFoundFault(message,
                        new PaymentFaultDetail(e.field(), e.key(), message, List.of())),
                null);
    }

    private PartnerSoapCall partner() {
        return PartnerSoapCall.of(context, "PaymentRollService");
    }
}
