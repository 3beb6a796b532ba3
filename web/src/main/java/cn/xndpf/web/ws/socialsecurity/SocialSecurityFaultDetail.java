package cn.xndpf.web.ws.socialsecurity;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** Detail of a fault of the social-security service: the request field concerned, a stable code and the message. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "FaultDetail", propOrder = {"field", "code", "message"})
public class SocialSecurityFaultDetail {

    public String field;
    public String code;
    public String message;

    public SocialSecurityFaultDetail() {
    }

    SocialSecurityFaultDetail(String field, String code, String message) {
        this.field = field;
        this.code = code;
        this.message = message;
    }
}
