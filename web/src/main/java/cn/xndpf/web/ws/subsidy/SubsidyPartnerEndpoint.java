package cn.xndpf.web.ws.subsidy;

import cn.xndpf.application.person.AssistanceStatusChange;
import cn.xndpf.application.person.CivilAffairsReports;
import cn.xndpf.application.person.DeathReport;
import cn.xndpf.application.subsidy.SubsidyStatusService;
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
 * 两项补贴合作方服务 (SOAP), {@code /dpf/ws/SubsidyPartnerService} (mapped in web.xml; WSDL at {@code ?wsdl}):
 * the same three operations as the REST API: civil affairs' assistance status changes (item by item),
 * death records, and a person's subsidy status. Partners authenticate with HTTP Basic, checked by
 * {@link PartnerAuthenticationFilter}; each operation's scope is checked again by the service behind it.
 */
@HandlerChain(file = SoapFaults.CHAIN)
@WebService(name = "SubsidyPartner", serviceName = "SubsidyPartnerService", portName = "SubsidyPartnerPort",
        targetNamespace = SubsidyPartnerEndpoint.NAMESPACE)
public class SubsidyPartnerEndpoint {

    public static final String NAMESPACE = "http://xndpf.cn/ws/subsidy/v1";

    private static final String CHANGE = "change";

    @EJB
    private CivilAffairsReports reports;

    @EJB
    private SubsidyStatusService status;

    @Resource
    private WebServiceContext context;

    /**
     * Household assistance status changes (scope civil-affairs): each change applied on its own, all or
     * nothing, with one result per change; a fault only when the request as a whole cannot be taken.
     */
    @WebMethod
    @WebResult(name = "report", targetNamespace = NAMESPACE)
    public AssistanceChangeReport changeAssistanceStatus(
            @WebParam(name = CHANGE, targetNamespace = NAMESPACE) List<AssistanceChangeItem> changes)
            throws InvalidRequestFault, PersonNotFoundFault, PartnerScopeFault {
        String partner = partner().partnerCode();
        List<AssistanceStatusChange> in = changes == null ? List.of() : changes.stream()
                .map(c -> c == null ? new AssistanceStatusChange(null, null, null, null, null)
                        : new AssistanceStatusChange(c.idNumber, c.householdNumber, c.status, c.change, c.effectiveDate))
                .toList();
        return answer(() -> AssistanceChangeReport.of(reports.applyAssistanceChanges(in, partner), partner().locale()));
    }

    /** A death (scope civil-affairs): recorded on the person, the valid certificate cancelled with reason death. */
    @WebMethod
    @WebResult(name = "deathRecord", targetNamespace = NAMESPACE)
    public DeathRecordResult recordDeath(@WebParam(name = "idNumber", targetNamespace = NAMESPACE) String idNumber,
                                         @WebParam(name = "dateOfDeath", targetNamespace = NAMESPACE) String dateOfDeath,
                                         @WebParam(name = "documentNumber", targetNamespace = NAMESPACE) String documentNumber)
            throws InvalidRequestFault, PersonNotFoundFault, PartnerScopeFault {
        String partner = partner().partnerCode();
        return answer(() -> DeathRecordResult.of(
                reports.recordDeath(new DeathReport(idNumber, dateOfDeath, documentNumber), partner)));
    }

    /** A person's subsidy cases (scope subsidy-status). */
    @WebMethod
    @WebResult(name = "subsidyStatus", targetNamespace = NAMESPACE)
    public SubsidyStatusResult getSubsidyStatus(@WebParam(name = "idNumber", targetNamespace = NAMESPACE) String idNumber)
            throws InvalidRequestFault, PersonNotFoundFault, PartnerScopeFault {
        String partner = partner().partnerCode();
        return answer(() -> SubsidyStatusResult.of(status.casesOf(idNumber, partner)));
    }

    private <T> T answer(Supplier<T> call) throws InvalidRequestFault, PersonNotFoundFault, PartnerScopeFault {
        return partner().answer(call,
                // the service names the list "items"; this service's element is "change"
                (message, e) -> new InvalidRequestFault(message,
                        new SubsidyFaultDetail("items".equals(e.field()) ? CHANGE : e.field(), e.key(), message)),
                (message, e) -> new PersonNotFoundFault(message, new SubsidyFaultDetail(e.field(), e.key(), message)),
                (message, e) -> new PartnerScopeFault(message, new SubsidyFaultDetail(e.field(), e.key(), message)));
    }

    private PartnerSoapCall partner() {
        return PartnerSoapCall.of(context, "SubsidyPartnerService");
    }
}
