package cn.xndpf.web.ws.employment;

import jakarta.xml.ws.WebFault;

/** The partner may not use this operation (no scope employment-declaration, or security-fund); nothing was recorded. */
@WebFault(name = "PartnerScopeFault", targetNamespace = EmploymentPartnerEndpoint.NAMESPACE)
public class PartnerScopeFault extends Exception {

    private final EmploymentFaultDetail faultInfo;

    public PartnerScopeFault(String message, EmploymentFaultDetail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public EmploymentFaultDetail getFaultInfo() {
        return faultInfo;
    }
}
