package cn.xndpf.web.api;

import cn.xndpf.application.person.CertificateVerification;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer: the certificate's validity, category, level, status and division, nothing else about the person. */
@Schema(name = "CertificateVerificationResult")
@JsonbPropertyOrder({"valid", "certificateNumber", "category", "level", "status", "divisionCode", "divisionName"})
public class VerificationResponse {

    @Schema(description = "证件当前是否有效", required = true)
    public boolean valid;

    @Schema(description = "残疾人证号", example = "63010219800101001142", required = true)
    public String certificateNumber;

    @Schema(description = "残疾类别 (GB/T 26341)", required = true)
    public CodeName category;

    @Schema(description = "残疾等级", required = true)
    public CodeName level;

    @Schema(description = "证件状态", enumeration = {"VALID", "CANCELLED"}, required = true)
    public String status;

    @Schema(description = "发证所属行政区划代码", example = "630102")
    public String divisionCode;

    @Schema(description = "行政区划名称", example = "城东区")
    public String divisionName;

    /** A code with its Chinese name. */
    @Schema(name = "CodeName")
    @JsonbPropertyOrder({"code", "name"})
    public static class CodeName {
        @Schema(example = "4", required = true)
        public int code;
        @Schema(example = "肢体残疾", required = true)
        public String name;

        public CodeName() {
        }

        public CodeName(int code, String name) {
            this.code = code;
            this.name = name;
        }
    }

    public static VerificationResponse of(CertificateVerification v) {
        VerificationResponse r = new VerificationResponse();
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
