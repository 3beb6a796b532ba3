package cn.xndpf.web.api;

import cn.xndpf.application.person.CivilAffairsReports;
import cn.xndpf.application.person.DeathReport;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.web.partner.PartnerRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 死亡信息推送: a partner reports a death; the registry records it on the person and cancels the valid
 * certificate with reason death. The running subsidy cases are found by the annual re-check.
 */
@Path("death-records")
@RequestScoped
@Tag(name = "民政数据推送", description = "Civil-affairs reports: assistance status changes and death records (scope civil-affairs)")
public class DeathRecordResource {

    @EJB
    private CivilAffairsReports reports;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "推送死亡信息", description = "登记死亡日期，并以“死亡”为由注销其有效残疾人证（注销日期为死亡日期）；"
            + "记入审计日志（操作人 partner:合作方编码）。同一日期重复推送返回 ALREADY_RECORDED，不作变动；"
            + "与已登记日期不同则拒绝（400，code death.conflictingDate）。")
    @SecurityRequirement(name = PartnerApiApplication.SECURITY_SCHEME)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeathRecordRequest.class)))
    @APIResponse(responseCode = "200", description = "已登记，或此前已登记",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeathRecordResponse.class)))
    @APIResponse(responseCode = "400", description = "JSON 无效或字段不符合规则（field 指出字段）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "未认证或合作方账号、密钥不正确",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "合作方无 civil-affairs 权限",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "未找到该身份证号的人员",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public DeathRecordResponse record(String body) {
        JsonObject in = PartnerJson.object(body);
        DeathReport report = new DeathReport(PartnerJson.text(in, IdNumber.FIELD),
                PartnerJson.text(in, DeathReport.DATE_OF_DEATH), PartnerJson.text(in, DeathReport.DOCUMENT_NUMBER));
        String partner = PartnerRequest.of(request).partnerCode();
        return DeathRecordResponse.of(reports.recordDeath(report, partner));
    }
}
