package cn.xndpf.web.ws.subsidy;

import jakarta.xml.ws.WebFault;

/** The partner's purpose does not include this operation. */
@WebFault(name = "PartnerScopeFault", targetNamespace = SubsidyPartnerEndpoint.NAMESPACE)
public class PartnerScopeFault extends Exception {

    private final SubsidyFaultDetail faultInfo;

    public PartnerScopeFault(String message, SubsidyFaultDetail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public SubsidyFaultDetail getFaultInfo() {
        return faultInfo;
    }
}
