package cn.xndpf.web.ws.institution;

import cn.xndpf.application.institution.NewServiceRecord;
import cn.xndpf.application.institution.ServiceRecordService;
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

/**
 * 机构实名制服务上报 (SOAP), {@code /dpf/ws/ServiceRecordService} (mapped in web.xml; WSDL at {@code ?wsdl}):
 * the REST API's report of one service record, for institutions whose systems speak SOAP. The partner is
 * bound to one institution (scope institution-services), checked again by the service behind it.
 */
@HandlerChain(file = SoapFaults.CHAIN)
@WebService(name = "ServiceRecord", serviceName = "ServiceRecordService", portName = "ServiceRecordPort",
        targetNamespace = ServiceRecordEndpoint.NAMESPACE)
public class ServiceRecordEndpoint {

    public static final String NAMESPACE = "http://xndpf.cn/ws/institution/v1";

    @EJB
    private ServiceRecordService records;

    @Resource
    private WebServiceContext context;

    /** One service delivered by the partner's institution to a person enrolled with it. */
    @WebMethod
    @WebResult(name = "serviceRecord", targetNamespace = NAMESPACE)
    public ServiceRecordResult recordService(
            @WebParam(name = "idNumber", targetNamespace = NAMESPACE) String idNumber,
            @WebParam(name = "service", targetNamespace = NAMESPACE) String service,
            @WebParam(name = "day", targetNamespace = NAMESPACE) String day,
            @WebParam(name = "quantity", targetNamespace = NAMESPACE) String quantity,
            @WebParam(name = "amount", targetNamespace = NAMESPACE) String amount)
            throws InvalidRequestFault, PartnerScopeFault {
        PartnerSoapCall call = PartnerSoapCall.of(context, "ServiceRecordService");
        return call.answer(() -> ServiceRecordResult.of(records.recordForPartner(
                        NewServiceRecord.parse(idNumber, null, service, day, quantity, amount), call.partnerCode())),
                (message, e) -> new InvalidRequestFault(message, new ServiceRecordFaultDetail(e.field(), e.key(), message)),
                null,
                (message, e) -> new PartnerScopeFault(message, new ServiceRecordFaultDetail(e.field(), e.key(), message)));
    }
}
