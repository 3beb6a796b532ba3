package cn.xndpf.web.api.education;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to an enrolment report; the ID number masked. */
@Schema(name = "EnrolmentReport")
@JsonbPropertyOrder({"maskedIdNumber", "schoolYear", "enrolled", "replaced"})
public class EnrolmentReportResponse {

    @Schema(description = "儿童的身份证号（脱敏）", example = "630102********0011", required = true)
    public String maskedIdNumber;

    @Schema(description = "学年", example = "2025-2026", required = true)
    public String schoolYear;

    @Schema(description = "是否已入学", required = true)
    public boolean enrolled;

    @Schema(description = "是否替换了该学年此前的上报", required = true)
    public boolean replaced;
}
