package cn.xndpf.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** For the OpenAPI document: the body of POST /death-records (read member by member). */
@Schema(name = "DeathRecordRequest")
public class DeathRecordRequest {

    @Schema(description = "死者的居民身份证号", example = "630102193001010011", required = true)
    public String idNumber;

    @Schema(description = "死亡日期 yyyy-MM-dd，不能晚于今天，不能早于出生日期", example = "2026-10-03", required = true)
    public String dateOfDeath;

    @Schema(description = "死亡证明或注销户口证明的文书编号，最长 50 个字符", example = "QH-2026-000123", required = true)
    public String documentNumber;
}
