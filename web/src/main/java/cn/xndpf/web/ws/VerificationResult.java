package cn.xndpf.web.ws;

import cn.xndpf.application.person.CertificateVerification;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** The SOAP answer: the same fields as the REST API, nothing else about the person. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CertificateVerificationResult",
        propOrder = {"valid", "certificateNumber", "category", "level", "status", "divisionCode", "divisionName"})
public class VerificationResult {

    @XmlElement(required = true)
    public boolean valid;
    @XmlElement(required = true)
    public String certificateNumber;
    @XmlElement(required = true)
    public CodeName category;
    @XmlElement(required = true)
    public CodeName level;
    /** VALID or CANCELLED. */
    @XmlElement(required = true)
    public String status;
    public String divisionCode;
    public String divisionName;

    /** A code with its Chinese name. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "CodeName", propOrder = {"code", "name"})
    public static class CodeName {
        public int code;
        @XmlElement(required = true)
        public String name;

        public CodeName() {
        }

        CodeName(int code, String name) {
            this.code = code;
            this.name = name;
        }
    }

    static VerificationResult of(CertificateVerification v) {
        VerificationResult r = new VerificationResult();
        r.valid = v.valid();
        r.certificateNumber = v.certificateNumber();
        r.category = new CodeName(v.category().code(), v.category().chineseName());
        r.level = new CodeName(v.level().code(), v.level().chineseName());
        r.status = v.status().name();
        r.divisionCode = v.divisionCode();
        r.divisionName = v.divisionName();
        return r;
    }
}
