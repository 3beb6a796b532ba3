package cn.xndpf.web.ws.payment;

import jakarta.xml.ws.WebFault;

/** No payment roll was made for that month and division. */
@WebFault(name = "PaymentRollNotFoundFault", targetNamespace = PaymentRollEndpoint.NAMESPACE)
public class PaymentRollNotFoundFault extends Exception {

    private final PaymentFaultDetail faultInfo;

    public PaymentRollNotFoundFault(String message, PaymentFaultDetail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public PaymentFaultDetail getFaultInfo() {
        return faultInfo;
    }
}
