package cn.xndpf.web.ws.socialsecurity;

import jakarta.xml.ws.WebFault;

/** The partner may not use this service (no scope social-security); nothing was stored. */
@WebFault(name = "PartnerScopeFault", targetNamespace = SocialSecurityPartnerEndpoint.NAMESPACE)
public class PartnerScopeFault extends Exception {

    private final SocialSecurityFaultDetail faultInfo;

    public PartnerScopeFault(String message, SocialSecurityFaultDetail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public SocialSecurityFaultDetail getFaultInfo() {
        return faultInfo;
    }
}
