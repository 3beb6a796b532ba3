package cn.xndpf.web.ws.institution;

import cn.xndpf.application.institution.ServiceRecordView;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** The record taken, with the ID number masked (the same members as the REST API's ServiceRecord). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ServiceRecord", propOrder = {"id", "maskedIdNumber", "name", "service", "day", "quantity", "amount"})
public class ServiceRecordResult {

    public long id;
    @XmlElement(required = true)
    public String maskedIdNumber;
    @XmlElement(required = true)
    public String name;
    @XmlElement(required = true)
    public String service;
    @XmlElement(required = true)
    public String day;
    public int quantity;
    @XmlElement(required = true)
    public String amount;

    static ServiceRecordResult of(ServiceRecordView v) {
        ServiceRecordResult r = new ServiceRecordResult();
        r.id = v.id();
        r.maskedIdNumber = v.maskedIdNumber();
        r.name = v.personName();
        r.service = v.service().name();
        r.day = v.day().toString();
        r.quantity = v.quantity();
        r.amount = v.amount().toPlainString();
        return r;
    }
}
