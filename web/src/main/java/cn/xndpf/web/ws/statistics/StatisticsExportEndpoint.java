package cn.xndpf.web.ws.statistics;

import cn.xndpf.application.statistics.StatisticsService;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.statistics.PeriodType;
import cn.xndpf.domain.statistics.StatisticsPeriod;
import cn.xndpf.web.ws.PartnerSoapCall;
import cn.xndpf.web.ws.SoapFaults;
import cn.xndpf.web.ws.FaultDetail;
import cn.xndpf.web.ws.InvalidValueFault;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;

import java.util.Locale;

/**
 * 统计数据报送 SOAP service, {@code /dpf/ws/StatisticsExportService} (mapped in web.xml; WSDL at {@code ?wsdl}): a
 * period's published figures for an area, for partners with the scope {@code statistics-export}, who
 * authenticate with HTTP Basic ({@link PartnerAuthenticationFilter}).
 */
@HandlerChain(file = SoapFaults.CHAIN)
@WebService(name = "StatisticsExport", serviceName = "StatisticsExportService", portName = "StatisticsPort",
        targetNamespace = StatisticsExportEndpoint.NAMESPACE)
public class StatisticsExportEndpoint {

    public static final String NAMESPACE = "http://xndpf.cn/ws/statistics/v1";

    @EJB
    private StatisticsService statistics;

    @Resource
    private WebServiceContext context;

    @WebMethod
    @WebResult(name = "periodFigures", targetNamespace = NAMESPACE)
    public PeriodFigures periodFigures(
            @WebParam(name = "periodType", targetNamespace = NAMESPACE) String periodType,
            @WebParam(name = "periodStart", targetNamespace = NAMESPACE) String periodStart,
            @WebParam(name = "divisionCode", targetNamespace = NAMESPACE) String divisionCode)
            throws InvalidValueFault, NotPublishedFault {
        PartnerSoapCall call = PartnerSoapCall.of(context, "StatisticsExportService");
        return call.answer(() -> {
            PeriodType type;
            try {
                type = PeriodType.valueOf(periodType == null ? "" : periodType.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("periodType", "statistics.periodTypeRequired");
            }
            StatisticsPeriod period = StatisticsPeriod.parse(type, periodStart);
            return PeriodFigures.of(statistics.exported(period, DivisionCode.of(divisionCode).value(), call.partnerCode()));
        }, (message, e) -> new InvalidValueFault(message, new FaultDetail(e.field(), e.key(), message)),
                (message, e) -> new NotPublishedFault(message, new FaultDetail(e.field(), e.key(), message)),
                null);
    }
}
