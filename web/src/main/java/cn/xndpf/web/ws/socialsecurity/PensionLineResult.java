package cn.xndpf.web.ws.socialsecurity;

import cn.xndpf.application.socialsecurity.PartnerPensionLine;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** One person on the year's list with the partner's answer so far (the same members as the REST API's PensionListLine). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PensionListLine", propOrder = {"year", "idNumber", "name", "divisionCode", "level", "governmentShare",
        "pensionInsured", "medicalInsured", "medicalAssistance"})
public class PensionLineResult {
    public int year;
    public String idNumber;
    public String name;
    public String divisionCode;
    public int level;
    public String governmentShare;
    public Boolean pensionInsured;
    public Boolean medicalInsured;
    public Boolean medicalAssistance;

    static PensionLineResult of(PartnerPensionLine l) {
        PensionLineResult r = new PensionLineResult();
        r.year = l.year();
        r.idNumber = l.idNumber();
        r.name = l.name();
        r.divisionCode = l.divisionCode();
        r.level = l.level();
        r.governmentShare = l.governmentShare() == null ? null : l.governmentShare().toPlainString();
        r.pensionInsured = l.pensionInsured();
        r.medicalInsured = l.medicalInsured();
        r.medicalAssistance = l.medicalAssistance();
        return r;
    }
}
