package cn.xndpf.web.ws.subsidy;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/**
 * One change of a household's assistance status: the household by a member's idNumber or by its
 * householdNumber; status DIBAO, TEKUN, TEKUN_CENTRALISED, LOW_INCOME or MONITORED; change GRANTED or
 * REVOKED; effectiveDate yyyy-MM-dd. Taken as text and validated field by field.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "AssistanceStatusChange",
        propOrder = {"idNumber", "householdNumber", "status", "change", "effectiveDate"})
public class AssistanceChangeItem {

    public String idNumber;
    public String householdNumber;
    public String status;
    public String change;
    public String effectiveDate;
}
