package cn.xndpf.web.ws.education;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** Detail of a fault of the enrolment service: the request field concerned, a stable code and the message. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "FaultDetail", propOrder = {"field", "code", "message"})
public class EnrolmentFaultDetail {

    public String field;
    public String code;
    public String message;

    public EnrolmentFaultDetail() {
    }

    EnrolmentFaultDetail(String field, String code, String message) {
        this.field = field;
        this.code = code;
        this.message = message;
    }
}
