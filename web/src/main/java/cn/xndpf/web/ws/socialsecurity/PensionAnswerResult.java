package cn.xndpf.web.ws.socialsecurity;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** The answer taken: its year, how many rows it had and how many people's answers it changed. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PensionAnswerResult", propOrder = {"year", "rows", "changed"})
public class PensionAnswerResult {
    public int year;
    public int rows;
    public int changed;
}
