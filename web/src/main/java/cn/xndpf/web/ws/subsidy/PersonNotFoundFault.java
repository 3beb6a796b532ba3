package cn.xndpf.web.ws.subsidy;

import jakarta.xml.ws.WebFault;

/** No person with that ID number on the registry. */
@WebFault(name = "PersonNotFoundFault", targetNamespace = SubsidyPartnerEndpoint.NAMESPACE)
public class PersonNotFoundFault extends Exception {

    private final SubsidyFaultDetail faultInfo;

    public PersonNotFoundFault(String message, SubsidyFaultDetail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public SubsidyFaultDetail getFaultInfo() {
        return faultInfo;
    }
}
