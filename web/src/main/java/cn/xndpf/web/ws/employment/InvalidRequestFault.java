package cn.xndpf.web.ws.employment;

import jakarta.xml.ws.WebFault;

/** The request breaks a rule (a value unreadable or against the declaration's or the collection's rules); nothing was recorded. */
@WebFault(name = "InvalidRequestFault", targetNamespace = EmploymentPartnerEndpoint.NAMESPACE)
public class InvalidRequestFault extends Exception {

    private final EmploymentFaultDetail faultInfo;

    public InvalidRequestFault(String message, EmploymentFaultDetail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public EmploymentFaultDetail getFaultInfo() {
        return faultInfo;
    }
}
