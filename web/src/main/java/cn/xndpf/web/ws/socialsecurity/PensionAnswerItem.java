package cn.xndpf.web.ws.socialsecurity;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** One person's answer, as sent: flags "true" or "false"; medical insurance and assistance may be left out. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PensionAnswerRow", propOrder = {"idNumber", "pensionInsured", "medicalInsured", "medicalAssistance"})
public class PensionAnswerItem {
    public String idNumber;
    public String pensionInsured;
    public String medicalInsured;
    public String medicalAssistance;
}
