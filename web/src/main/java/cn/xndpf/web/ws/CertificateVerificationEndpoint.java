package cn.xndpf.web.ws;

import cn.xndpf.application.person.CertificateVerification;
import cn.xndpf.application.person.CertificateVerificationService;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.web.partner.PartnerRequest;
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
        String partner = partner().partnerCode();
        return answer(() -> verification.byIdNumber(idNumber, partner));
    }

    @WebMethod
    @WebResult(name = "verification", targetNamespace = NAMESPACE)
    public VerificationResult verifyByCertificateNumber(@WebParam(name = "certificateNumber", targetNamespace = NAMESPACE) String certificateNumber)
            throws InvalidValueFault, CertificateNotFoundFault {
        String partner = partner().partnerCode();
        return answer(() -> verification.byCertificateNumber(certificateNumber, partner));
    }

    private VerificationResult answer(Supplier<CertificateVerification> call)
            throws InvalidValueFault, CertificateNotFoundFault {
        try {
            return VerificationResult.of(call.get());
        } catch (NotFoundException e) {
            String message = e.message(partner().locale());
            throw new CertificateNotFoundFault(message, new FaultDetail(e.field(), e.key(), message));
        } catch (InvalidValueException e) {
            String message = e.message(partner().locale());
            throw new InvalidValueFault(message, new FaultDetail(e.field(), e.key(), message));
        } catch (RuntimeException e) {
            throw SoapFaults.unexpected(e, "CertificateVerificationService", partner().locale());
        }
    }

    private PartnerRequest partner() {
        return PartnerRequest.of(context);
    }
}
