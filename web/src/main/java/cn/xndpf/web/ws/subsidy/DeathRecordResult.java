package cn.xndpf.web.ws.subsidy;

import cn.xndpf.application.person.DeathRecordOutcome;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** RECORDED or ALREADY_RECORDED, the date recorded, and whether a valid certificate was cancelled. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "DeathRecordResult", propOrder = {"result", "dateOfDeath", "certificateCancelled"})
public class DeathRecordResult {

    @XmlElement(required = true)
    public String result;
    @XmlElement(required = true)
    public String dateOfDeath;
    public boolean certificateCancelled;

    static DeathRecordResult of(DeathRecordOutcome o) {
        DeathRecordResult r = new DeathRecordResult();
        r.result = o.result().name();
        r.dateOfDeath = o.dateOfDeath().toString();
        r.certificateCancelled = o.certificateCancelled();
        return r;
    }
}
