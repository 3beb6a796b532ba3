package cn.xndpf.web.api.socialsecurity;

import cn.xndpf.application.socialsecurity.PensionAnswerRow;
import cn.xndpf.application.socialsecurity.PensionAnswerService;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.web.api.ApiError;
import cn.xndpf.web.api.PartnerApiApplication;
import cn.xndpf.web.api.PartnerJson;
import cn.xndpf.web.partner.PartnerAuthenticationFilter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/**
 * 人社部门养老保险代缴名单与参保反馈: the HR and social-security partner reads the year's pension contribution list of
 * the divisions it serves and answers, per person, pension insurance, medical insurance (医保) and medical assistance
 * (医疗救助). The answer is taken whole or not at all ({@link PensionAnswerService}).
 */
@Path("social-security")
@RequestScoped
@Tag(name = "社会保障", description = "The yearly pension contribution list and the HR and social-security partner's answer (scope social-security)")
public class PensionPartnerResource {

    @EJB
    private PensionAnswerService answers;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("pension-lists")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "某年度的养老保险代缴名单", description = "本合作方服务区划内名单上的人员，含政府代缴或补贴的缴费额和本合作方此前的反馈。")
    @SecurityRequirement(name = PartnerApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "该年度的名单",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PensionListResponse.class)))
    @APIResponse(responseCode = "400", description = "年度无效（field 为 year）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "未认证或合作方账号、密钥不正确",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "合作方无 social-security 权限",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public PensionListResponse list(@Parameter(description = "年度", example = "2026", required = true,
            schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year) {
        int y = PensionAnswerService.year(year);
        return PensionListResponse.of(y, answers.listFor(partner(), y));
    }

    @POST
    @Path("pension-answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "反馈名单上人员的参保情况", description = "每人：养老保险（必填）、医保和医疗救助（可不填）。整份反馈先逐行检查，"
            + "有一行不符即拒绝整份（field 指出行和字段，如 answers[1].idNumber），什么都不保存；其他区划的人员按未登记答复。"
            + "与此前相同的反馈不改变任何内容；不同的反馈替换此前的反馈，记入审计日志（操作人 partner:合作方编码）。")
    @SecurityRequirement(name = PartnerApiApplication.SECURITY_SCHEME)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PensionAnswerRequest.class)))
    @APIResponse(responseCode = "200", description = "已接收；答复行数和有变化的人数",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PensionAnswerResponse.class)))
    @APIResponse(responseCode = "400", description = "JSON 无效或字段不符合规则（field 指出行和字段，code 指出规则）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "未认证或合作方账号、密钥不正确",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "合作方无 social-security 权限",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public PensionAnswerResponse answer(String body) {
        JsonObject in = PartnerJson.object(body);
        int year = PensionAnswerService.year(PartnerJson.text(in, "year"));
        JsonValue listed = in.get("answers");
        if (listed == null || listed.getValueType() != JsonValue.ValueType.ARRAY
                || listed.asJsonArray().size() > PensionAnswerService.MAX_ROWS) {
            throw new InvalidValueException("answers", "pension.answerRows", PensionAnswerService.MAX_ROWS);
        }
        List<PensionAnswerRow> rows = new ArrayList<>();
        for (JsonValue v : listed.asJsonArray()) {
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                // the service names the row: a row that is no object has no ID number
                rows.add(new PensionAnswerRow(null, null, null, null));
                continue;
            }
            JsonObject r = v.asJsonObject();
            rows.add(new PensionAnswerRow(PartnerJson.text(r, "idNumber"), PartnerJson.text(r, "pensionInsured"),
                    PartnerJson.text(r, "medicalInsured"), PartnerJson.text(r, "medicalAssistance")));
        }
        PensionAnswerResponse out = new PensionAnswerResponse();
        out.year = year;
        out.rows = rows.size();
        out.changed = answers.answer(partner(), year, rows);
        return out;
    }

    private String partner() {
        return (String) request.getAttribute(PartnerAuthenticationFilter.PARTNER_CODE);
    }
}
