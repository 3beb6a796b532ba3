package cn.xndpf.web.ws;

import jakarta.xml.ws.WebFault;

/** No certificate with that number (or no certificate for that ID number). */
@WebFault(name = "CertificateNotFoundFault", targetNamespace = CertificateVerificationEndpoint.NAMESPACE)
public class CertificateNotFoundFault extends Exception {

    private final FaultDetail faultInfo;

    public CertificateNotFoundFault(String message, FaultDetail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public FaultDetail getFaultInfo() {
        return faultInfo;
    }
}
