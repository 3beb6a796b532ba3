package cn.xndpf.web.ws.payment;

import jakarta.xml.ws.WebFault;

/** A request that breaks a rule: a malformed month, division or format, or a return file with wrong rows. */
@WebFault(name = "PaymentRequestFault", targetNamespace = PaymentRollEndpoint.NAMESPACE)
public class PaymentRequestFault extends Exception {

    private final PaymentFaultDetail faultInfo;

    public PaymentRequestFault(String message, PaymentFaultDetail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public PaymentFaultDetail getFaultInfo() {
        return faultInfo;
    }
}
