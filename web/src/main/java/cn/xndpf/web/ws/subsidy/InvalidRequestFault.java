package cn.xndpf.web.ws.subsidy;

import jakarta.xml.ws.WebFault;

/** The request breaks a rule (a malformed ID number, date or document number, no changes at all); nothing was changed. */
@WebFault(name = "InvalidRequestFault", targetNamespace = SubsidyPartnerEndpoint.NAMESPACE)
public class InvalidRequestFault extends Exception {

    private final SubsidyFaultDetail faultInfo;

    public InvalidRequestFault(String message, SubsidyFaultDetail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public SubsidyFaultDetail getFaultInfo() {
        return faultInfo;
    }
}
