package cn.xndpf.web.ws.employment;

import jakarta.xml.ws.WebFault;

/** No employer with that credit code in the divisions the partner serves (another division's looks the same); nothing was recorded. */
@WebFault(name = "EmployerNotFoundFault", targetNamespace = EmploymentPartnerEndpoint.NAMESPACE)
public class EmployerNotFoundFault extends Exception {

    private final EmploymentFaultDetail faultInfo;

    public EmployerNotFoundFault(String message, EmploymentFaultDetail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public EmploymentFaultDetail getFaultInfo() {
        return faultInfo;
    }
}
