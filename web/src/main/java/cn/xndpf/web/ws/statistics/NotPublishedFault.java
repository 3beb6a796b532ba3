package cn.xndpf.web.ws.statistics;

import cn.xndpf.web.ws.FaultDetail;
import jakarta.xml.ws.WebFault;

/** The period asked for has no published statistics for that area. */
@WebFault(name = "NotPublishedFault", targetNamespace = StatisticsExportEndpoint.NAMESPACE)
public class NotPublishedFault extends Exception {

    private final FaultDetail faultInfo;

    public NotPublishedFault(String message, FaultDetail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public FaultDetail getFaultInfo() {
        return faultInfo;
    }
}
