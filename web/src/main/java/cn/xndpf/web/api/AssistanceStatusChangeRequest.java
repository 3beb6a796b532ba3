package cn.xndpf.web.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** For the OpenAPI document: the body of POST /assistance-status-changes (read member by member). */
@Schema(name = "AssistanceStatusChangeRequest", description = "民政救助状态变动，一次最多 500 条")
public class AssistanceStatusChangeRequest {

    @Schema(type = SchemaType.ARRAY, implementation = Item.class, description = "变动列表，按顺序逐条处理", required = true)
    public List<Item> items;

    /** One change. */
    @Schema(name = "AssistanceStatusChange",
            description = "以 idNumber（户内成员身份证号）或 householdNumber（户编号）之一指定家庭")
    public static class Item {

        @Schema(description = "户内成员的居民身份证号", example = "630102198001010011")
        public String idNumber;

        @Schema(description = "户编号", example = "H630102000123")
        public String householdNumber;

        @Schema(description = "救助状态：DIBAO 低保、TEKUN 特困、TEKUN_CENTRALISED 特困集中供养、LOW_INCOME 低收入、MONITORED 脱贫监测",
                enumeration = {"DIBAO", "TEKUN", "TEKUN_CENTRALISED", "LOW_INCOME", "MONITORED"}, required = true)
        public String status;

        @Schema(description = "GRANTED 认定（自生效日起享有）或 REVOKED 取消（享有至生效日前一天）",
                enumeration = {"GRANTED", "REVOKED"}, required = true)
        public String change;

        @Schema(description = "生效日期 yyyy-MM-dd，不能晚于今天", example = "2026-10-01", required = true)
        public String effectiveDate;
    }
}
