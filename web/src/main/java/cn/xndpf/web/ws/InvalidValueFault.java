package cn.xndpf.web.ws;

import jakarta.xml.ws.WebFault;

/** Malformed input (an ID or certificate number that breaks its rules). */
@WebFault(name = "InvalidValueFault", targetNamespace = CertificateVerificationEndpoint.NAMESPACE)
public class InvalidValueFault extends Exception {

    private final FaultDetail faultInfo;

    public InvalidValueFault(String message, FaultDetail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public FaultDetail getFaultInfo() {
        return faultInfo;
    }
}
