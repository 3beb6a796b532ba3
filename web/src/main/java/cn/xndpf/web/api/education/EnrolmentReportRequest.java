package cn.xndpf.web.api.education;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** For the OpenAPI document: the body of POST /education-enrolments (read member by member). */
@Schema(name = "EnrolmentReportRequest")
public class EnrolmentReportRequest {

    @Schema(description = "儿童的居民身份证号；须已在本合作方服务的区划登记", example = "630102201501010011", required = true)
    public String idNumber;

    @Schema(description = "学年，如 2025-2026", example = "2025-2026", required = true)
    public String schoolYear;

    @Schema(description = "是否已入学：true 或 false", example = "true", required = true)
    public String enrolled;

    @Schema(description = "就读学校名称，入学时必填，至多 100 个字符", example = "西宁市特殊教育学校")
    public String schoolName;
}
