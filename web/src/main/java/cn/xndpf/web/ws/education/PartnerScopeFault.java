package cn.xndpf.web.ws.education;

import jakarta.xml.ws.WebFault;

/** The partner may not report enrolment (no scope education-enrolment); nothing was recorded. */
@WebFault(name = "PartnerScopeFault", targetNamespace = EnrolmentReportEndpoint.NAMESPACE)
public class PartnerScopeFault extends Exception {

    private final EnrolmentFaultDetail faultInfo;

    public PartnerScopeFault(String message, EnrolmentFaultDetail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public EnrolmentFaultDetail getFaultInfo() {
        return faultInfo;
    }
}
