package cn.xndpf.web.api;

import cn.xndpf.application.person.AssistanceStatusChange;
import cn.xndpf.application.person.CivilAffairsReports;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.web.partner.PartnerRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/**
 * 民政救助状态变动推送: civil affairs reports households gaining or losing 低保, 特困, 特困集中供养, 低收入 or
 * 脱贫监测 status. Each item is validated and applied on its own, all or nothing, and answered with its
 * own result; one bad item never holds up the others.
 */
@Path("assistance-status-changes")
@RequestScoped
@Tag(name = "民政数据推送", description = "Civil-affairs reports: assistance status changes and death records (scope civil-affairs)")
public class AssistanceStatusChangeResource {

    private static final String ITEMS = "items";

    @EJB
    private CivilAffairsReports reports;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "推送家庭救助状态变动", description = "逐条处理：每条变动单独校验、单独生效（全部或全不），"
            + "结果按收到的顺序逐条返回（APPLIED 已处理、UNCHANGED 记录已一致、REJECTED 已拒绝并列出每个出错字段）。"
            + " 只要请求本身可读即返回 200，逐条结果见 items。每项变动记入审计日志（操作人 partner:合作方编码）。"
            + " 两项补贴不会因此自动停发：由年度核查发现并由工作人员处理。")
    @SecurityRequirement(name = PartnerApiApplication.SECURITY_SCHEME)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssistanceStatusChangeRequest.class)))
    @APIResponse(responseCode = "200", description = "逐条处理结果",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssistanceStatusChangeReport.class)))
    @APIResponse(responseCode = "400", description = "JSON 无效、缺少 items 数组、条数为 0 或超过 500",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "未认证或合作方账号、密钥不正确",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "合作方无 civil-affairs 权限",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public AssistanceStatusChangeReport report(String body) {
        JsonObject in = PartnerJson.object(body);
        JsonValue items = in.get(ITEMS);
        if (items == null || items.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidValueException(ITEMS, "assistance.noItems");
        }
        List<AssistanceStatusChange> changes = new ArrayList<>();
        for (JsonValue v : (JsonArray) items) {
            JsonObject o = v.getValueType() == JsonValue.ValueType.OBJECT ? v.asJsonObject() : null;
            changes.add(new AssistanceStatusChange(
                    PartnerJson.text(o, AssistanceStatusChange.ID_NUMBER),
                    PartnerJson.text(o, AssistanceStatusChange.HOUSEHOLD_NUMBER),
                    PartnerJson.text(o, AssistanceStatusChange.STATUS),
                    PartnerJson.text(o, AssistanceStatusChange.CHANGE),
                    PartnerJson.text(o, AssistanceStatusChange.EFFECTIVE_DATE)));
        }
        String partner = PartnerRequest.of(request).partnerCode();
        return AssistanceStatusChangeReport.of(reports.applyAssistanceChanges(changes, partner),
                ApiExceptionMappers.locale(headers));
    }
}
