package cn.xndpf.web.ws.education;

import cn.xndpf.application.education.EnrolmentReportForm;
import cn.xndpf.application.education.EnrolmentReportService;
import cn.xndpf.domain.education.SchoolYear;
import cn.xndpf.domain.person.IdNumber;
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
 * 教育部门入学信息上报 (SOAP), {@code /dpf/ws/EducationEnrolmentService} (mapped in web.xml; WSDL at
 * {@code ?wsdl}): the REST API's enrolment report for an education bureau whose system speaks SOAP. Same
 * service, same scope (education-enrolment), same divisions served; a refusal is a {@code soap:Client} fault
 * naming the field, and nothing is recorded.
 */
@HandlerChain(file = SoapFaults.CHAIN)
@WebService(name = "EducationEnrolment", serviceName = "EducationEnrolmentService",
        portName = "EducationEnrolmentPort", targetNamespace = EnrolmentReportEndpoint.NAMESPACE)
public class EnrolmentReportEndpoint {

    public static final String NAMESPACE = "http://xndpf.cn/ws/education/v1";

    @EJB
    private EnrolmentReportService reports;

    @Resource
    private WebServiceContext context;

    /** Whether a registered child is enrolled in a school year; replaces that year's earlier report. */
    @WebMethod
    @WebResult(name = "enrolmentReport", targetNamespace = NAMESPACE)
    public EnrolmentReportResult reportEnrolment(
            @WebParam(name = "idNumber", targetNamespace = NAMESPACE) String idNumber,
            @WebParam(name = "schoolYear", targetNamespace = NAMESPACE) String schoolYear,
            @WebParam(name = "enrolled", targetNamespace = NAMESPACE) String enrolled,
            @WebParam(name = "schoolName", targetNamespace = NAMESPACE) String schoolName)
            throws InvalidRequestFault, PartnerScopeFault {
        PartnerSoapCall call = PartnerSoapCall.of(context, "EducationEnrolmentService");
        return call.answer(() -> {
            EnrolmentReportForm form = new EnrolmentReportForm(idNumber, schoolYear, enrolled, schoolName);
            boolean replaced = reports.report(form, call.partnerCode());
            EnrolmentReportResult out = new EnrolmentReportResult();
            out.maskedIdNumber = IdNumber.of(idNumber).masked();
            out.schoolYear = SchoolYear.parse(schoolYear).label();
            out.enrolled = Boolean.parseBoolean(enrolled.trim());
            out.replaced = replaced;
            return out;
        }, (message, e) -> new InvalidRequestFault(message, new EnrolmentFaultDetail(e.field(), e.key(), message)),
                null,
                (message, e) -> new PartnerScopeFault(message, new EnrolmentFaultDetail(e.field(), e.key(), message)));
    }
}
