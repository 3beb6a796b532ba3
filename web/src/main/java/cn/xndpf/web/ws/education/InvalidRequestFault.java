package cn.xndpf.web.ws.education;

import jakarta.xml.ws.WebFault;

/** The report breaks a rule (the ID number, school year, enrolled flag or school name, or a child the bureau does not serve); nothing was recorded. */
@WebFault(name = "InvalidRequestFault", targetNamespace = EnrolmentReportEndpoint.NAMESPACE)
public class InvalidRequestFault extends Exception {

    private final EnrolmentFaultDetail faultInfo;

    public InvalidRequestFault(String message, EnrolmentFaultDetail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public EnrolmentFaultDetail getFaultInfo() {
        return faultInfo;
    }
}
