package cn.xndpf.web.ws.socialsecurity;

import cn.xndpf.application.socialsecurity.PensionAnswerRow;
import cn.xndpf.application.socialsecurity.PensionAnswerService;
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
import java.util.function.Supplier;

/**
 * 人社部门养老保险代缴名单与参保反馈 (SOAP), {@code /dpf/ws/SocialSecurityPartnerService} (mapped in web.xml; WSDL at
 * {@code ?wsdl}): the REST API's pension list and answer for an HR and social-security bureau whose system speaks
 * SOAP. Same service, same scope (social-security), same divisions served; a refusal is a {@code soap:Client}
 * fault naming the field (a row's as {@code answers[1].idNumber}, counted from 0), and nothing is stored.
 */
@HandlerChain(file = SoapFaults.CHAIN)
@WebService(name = "SocialSecurityPartner", serviceName = "SocialSecurityPartnerService",
        portName = "SocialSecurityPartnerPort", targetNamespace = SocialSecurityPartnerEndpoint.NAMESPACE)
public class SocialSecurityPartnerEndpoint {

    public static final String NAMESPACE = "http://xndpf.cn/ws/socialsecurity/v1";

    @EJB
    private PensionAnswerService answers;

    @Resource
    private WebServiceContext context;

    /** The year's pension contribution list of the divisions the partner serves, with its answers so far. */
    @WebMethod
    @WebResult(name = "line", targetNamespace = NAMESPACE)
    public List<PensionLineResult> getPensionList(@WebParam(name = "year", targetNamespace = NAMESPACE) String year)
            throws InvalidRequestFault, PartnerScopeFault {
        PartnerSoapCall call = call();
        return answer(call, () -> answers.listFor(call.partnerCode(), PensionAnswerService.year(year)).stream()
                .map(PensionLineResult::of).toList());
    }

    /** Who on the year's list is insured: taken whole or not at all; the same answer again changes nothing. */
    @WebMethod
    @WebResult(name = "answerResult", targetNamespace = NAMESPACE)
    public PensionAnswerResult answerPensionList(
            @WebParam(name = "year", targetNamespace = NAMESPACE) String year,
            @WebParam(name = "answer", targetNamespace = NAMESPACE) List<PensionAnswerItem> rows)
            throws InvalidRequestFault, PartnerScopeFault {
        PartnerSoapCall call = call();
        return answer(call, () -> {
            int y = PensionAnswerService.year(year);
            List<PensionAnswerRow> in = (rows == null ? List.<PensionAnswerItem>of() : rows).stream()
                    .map(r -> r == null ? new PensionAnswerRow(null, null, null, null)
                            : new PensionAnswerRow(r.idNumber, r.pensionInsured, r.medicalInsured, r.medicalAssistance))
                    .toList();
            PensionAnswerResult out = new PensionAnswerResult();
            out.year = y;
            out.rows = in.size();
            out.changed = answers.answer(call.partnerCode(), y, in);
            return out;
        });
    }

    private static <T> T answer(PartnerSoapCall call, Supplier<T> operation) throws InvalidRequestFault, PartnerScopeFault {
        return call.answer(operation,
                (message, e) -> new InvalidRequestFault(message, new SocialSecurityFaultDetail(e.field(), e.key(), message)),
                null,
                (message, e) -> new PartnerScopeFault(message, new SocialSecurityFaultDetail(e.field(), e.key(), message)));
    }

    private PartnerSoapCall call() {
        return PartnerSoapCall.of(context, "SocialSecurityPartnerService");
    }
}
