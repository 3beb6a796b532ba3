package cn.xndpf.web.ws.institution;

import jakarta.xml.ws.WebFault;

/** The partner may not report service records (no scope institution-services, or no institution of its own); nothing was recorded. */
@WebFault(name = "PartnerScopeFault", targetNamespace = ServiceRecordEndpoint.NAMESPACE)
public class PartnerScopeFault extends Exception {

    private final ServiceRecordFaultDetail faultInfo;

    public PartnerScopeFault(String message, ServiceRecordFaultDetail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public ServiceRecordFaultDetail getFaultInfo() {
        return faultInfo;
    }
}
