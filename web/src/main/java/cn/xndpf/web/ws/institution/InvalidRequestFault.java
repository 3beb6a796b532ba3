package cn.xndpf.web.ws.institution;

import jakarta.xml.ws.WebFault;

/** The record breaks a rule (the ID number, service, day, quantity or amount, or the person is not enrolled); nothing was recorded. */
@WebFault(name = "InvalidRequestFault", targetNamespace = ServiceRecordEndpoint.NAMESPACE)
public class InvalidRequestFault extends Exception {

    private final ServiceRecordFaultDetail faultInfo;

    public InvalidRequestFault(String message, ServiceRecordFaultDetail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public ServiceRecordFaultDetail getFaultInfo() {
        return faultInfo;
    }
}
