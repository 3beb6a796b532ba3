package cn.xndpf.web.ws.education;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** The report taken, the ID number masked (the same members as the REST API's EnrolmentReport). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "EnrolmentReport", propOrder = {"maskedIdNumber", "schoolYear", "enrolled", "replaced"})
public class EnrolmentReportResult {

    @XmlElement(required = true)
    public String maskedIdNumber;
    @XmlElement(required = true)
    public String schoolYear;
    public boolean enrolled;
    public boolean replaced;
}
