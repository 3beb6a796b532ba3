package cn.xndpf.web.ws.socialsecurity;

import jakarta.xml.ws.WebFault;

/** The request breaks a rule (the year, or a row of the answer: its ID number, a person not served, not registered or not on the year's list, a flag); nothing was stored. */
@WebFault(name = "InvalidRequestFault", targetNamespace = SocialSecurityPartnerEndpoint.NAMESPACE)
public class InvalidRequestFault extends Exception {

    private final SocialSecurityFaultDetail faultInfo;

    public InvalidRequestFault(String message, SocialSecurityFaultDetail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public SocialSecurityFaultDetail getFaultInfo() {
        return faultInfo;
    }
}
