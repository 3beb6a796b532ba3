package cn.xndpf.web.ws.employment;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** Detail of a fault of the employment partner service: the request field concerned, a stable code and the message. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "FaultDetail", propOrder = {"field", "code", "message"})
public class EmploymentFaultDetail {

    public String field;
    public String code;
    public String message;

    public EmploymentFaultDetail() {
    }

    EmploymentFaultDetail(String field, String code, String message) {
        this.field = field;
        this.code = code;
        this.message = message;
    }
}
