package cn.xndpf.web.api;

import cn.xndpf.application.person.DeathRecordOutcome;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the death report did; nothing else about the person. */
@Schema(name = "DeathRecordResult")
@JsonbPropertyOrder({"result", "dateOfDeath", "certificateCancelled"})
public class DeathRecordResponse {

    @Schema(description = "RECORDED 已登记；ALREADY_RECORDED 此前已登记同一死亡日期（重复推送不作变动）",
            enumeration = {"RECORDED", "ALREADY_RECORDED"}, required = true)
    public String result;

    @Schema(description = "登记的死亡日期", example = "2026-10-03", required = true)
    public String dateOfDeath;

    @Schema(description = "是否因此注销了有效的残疾人证（注销原因：死亡）", required = true)
    public boolean certificateCancelled;

    static DeathRecordResponse of(DeathRecordOutcome o) {
        DeathRecordResponse r = new DeathRecordResponse();
        r.result = o.result().name();
        r.dateOfDeath = o.dateOfDeath().toString();
        r.certificateCancelled = o.certificateCancelled();
        return r;
    }
}
