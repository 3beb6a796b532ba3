package cn.xndpf.web.ws;

import cn.xndpf.application.person.CertificateVerification;
import cn.xndpf.application.person.CertificateVerificationService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;

import java.util.function.Supplier;

/**
 * 残疾人证核验 SOAP service, {@code /dpf/ws/CertificateVerificationService} (mapped in web.xml; WSDL at
 * {@code ?wsdl}). Partners authenticate with HTTP Basic, checked by
 * {@link PartnerAuthenticationFilter} before a message reaches this class.
 */
@HandlerChain(file = SoapFaults.CHAIN)
@WebService(name = "CertificateVerification", serviceName = "CertificateVerificationService",
        portName = "CertificateVerificationPort", targetNamespace = CertificateVerificationEndpoint.NAMESPACE)
public class CertificateVerificationEndpoint {

    public static final String NAMESPACE = "http://xndpf.cn/ws/certificate/v1";

    @EJB
    private CertificateVerificationService verification;

    @Resource
    private WebServiceContext context;

    @WebMethod
    @WebResult(name = "verification", targetNamespace = NAMESPACE)
    public VerificationResult verifyByIdNumber(@WebParam(name = "idNumber", targetNamespace = NAMESPACE) String idNumber)
            throws InvalidValueFault, CertificateNotFoundFault {
        PartnerSoapCall call = call();
        return answer(call, () -> verification.byIdNumber(idNumber, call.partnerCode()));
    }

    @WebMethod
    @WebResult(name = "verification", targetNamespace = NAMESPACE)
    public VerificationResult verifyByCertificateNumber(@WebParam(name = "certificateNumber", targetNamespace = NAMESPACE) String certificateNumber)
            throws InvalidValueFault, CertificateNotFoundFault {
        PartnerSoapCall call = call();
        return answer(call, () -> verification.byCertificateNumber(certificateNumber, call.partnerCode()));
    }

    private static VerificationResult answer(PartnerSoapCall call, Supplier<CertificateVerification> verification)
            throws InvalidValueFault, CertificateNotFoundFault {
        return call.answer(() -> VerificationResult.of(verification.get()),
                (message, e) -> new InvalidValueFault(message, new FaultDetail(e.field(), e.key(), message)),
                (message, e) -> new CertificateNotFoundFault(message, new FaultDetail(e.field(), e.key(), message)),
                null);
    }

    private PartnerSoapCall call() {
        return PartnerSoapCall.of(context, "CertificateVerificationService");
    }
}
