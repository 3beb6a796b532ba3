package cn.xndpf.web.ws.employment;

import cn.xndpf.application.employment.DeclarationPartnerService;
import cn.xndpf.application.employment.PartnerDeclaration;
import cn.xndpf.application.employment.PartnerInput;
import cn.xndpf.application.employment.TaxOfficeService;
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

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * 就业合作方服务 (SOAP), {@code /dpf/ws/EmploymentPartnerService} (mapped in web.xml; WSDL at {@code ?wsdl}): the REST
 * API's employment operations for partners whose systems speak SOAP. The HR and social-security partner declares
 * (scope employment-declaration); the tax office reads the computed funds and reports what it collected (scope
 * security-fund). The filter lets either scope in; the service behind each operation checks its own.
 */
@HandlerChain(file = SoapFaults.CHAIN)
@WebService(name = "EmploymentPartner", serviceName = "EmploymentPartnerService", portName = "EmploymentPartnerPort",
        targetNamespace = EmploymentPartnerEndpoint.NAMESPACE)
public class EmploymentPartnerEndpoint {

    public static final String NAMESPACE = "http://xndpf.cn/ws/employment/v1";

    @EJB
    private DeclarationPartnerService declarations;

    @EJB
    private TaxOfficeService taxOffice;

    @Resource
    private WebServiceContext context;

    /** An employer's declaration of a year that is over (scope employment-declaration), waiting for verification. */
    @WebMethod
    @WebResult(name = "declaration", targetNamespace = NAMESPACE)
    public DeclarationResult declareEmployment(
            @WebParam(name = "creditCode", targetNamespace = NAMESPACE) String creditCode,
            @WebParam(name = "year", targetNamespace = NAMESPACE) String year,
            @WebParam(name = "staffCount", targetNamespace = NAMESPACE) String staffCount,
            @WebParam(name = "totalWages", targetNamespace = NAMESPACE) String totalWages,
            @WebParam(name = "employee", targetNamespace = NAMESPACE) List<DeclaredEmployeeItem> employees)
            throws InvalidRequestFault, EmployerNotFoundFault, PartnerScopeFault {
        String partner = partner().partnerCode();
        List<PartnerDeclaration.Employee> in = new ArrayList<>();
        for (DeclaredEmployeeItem e : employees == null ? List.<DeclaredEmployeeItem>of() : employees) {
            in.add(e == null ? null : new PartnerDeclaration.Employee(e.idNumber, e.certificateNumber, e.contractFrom,
                    e.contractTo, e.insuranceMonths, e.monthlyWage));
        }
        return answer(() -> DeclarationResult.of(creditCode == null ? null : creditCode.trim(), declarations.declare(
                partner, new PartnerDeclaration(creditCode, year, staffCount, totalWages, in))));
    }

    /** The computed funds of a year for the divisions the tax office serves (scope security-fund). */
    @WebMethod
    @WebResult(name = "fund", targetNamespace = NAMESPACE)
    public List<FundResult> getSecurityFunds(@WebParam(name = "year", targetNamespace = NAMESPACE) String year)
            throws InvalidRequestFault, EmployerNotFoundFault, PartnerScopeFault {
        String partner = partner().partnerCode();
        return answer(() -> taxOffice.verifiedFunds(partner, PartnerInput.year(year)).stream().map(FundResult::of)
                .toList());
    }

    /** What the tax office collected from an employer for a year (scope security-fund); a later report replaces it. */
    @WebMethod
    @WebResult(name = "fund", targetNamespace = NAMESPACE)
    public FundResult reportCollected(@WebParam(name = "creditCode", targetNamespace = NAMESPACE) String creditCode,
                                      @WebParam(name = "year", targetNamespace = NAMESPACE) String year,
                                      @WebParam(name = "amount", targetNamespace = NAMESPACE) String amount,
                                      @WebParam(name = "collectedOn", targetNamespace = NAMESPACE) String collectedOn)
            throws InvalidRequestFault, EmployerNotFoundFault, PartnerScopeFault {
        String partner = partner().partnerCode();
        return answer(() -> FundResult.of(taxOffice.reportCollected(partner, creditCode, PartnerInput.year(year),
                PartnerInput.amount(amount), PartnerInput.day("collectedOn", collectedOn))));
    }

    private <T> T answer(Supplier<T> call) throws InvalidRequestFault, EmployerNotFoundFault, PartnerScopeFault {
        return partner().answer(call,
                (message, e) -> new InvalidRequestFault(message, new EmploymentFaultDetail(e.field(), e.key(), message)),
                (message, e) -> new EmployerNotFoundFault(message, new EmploymentFaultDetail(e.field(), e.key(), message)),
                (message, e) -> new PartnerScopeFault(message, new EmploymentFaultDetail(e.field(), e.key(), message)));
    }

    private PartnerSoapCall partner() {
        return PartnerSoapCall.of(context, "EmploymentPartnerService");
    }
}
