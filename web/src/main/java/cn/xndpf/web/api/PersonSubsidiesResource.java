package cn.xndpf.web.api;

import cn.xndpf.application.subsidy.SubsidyStatusService;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.web.partner.PartnerRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
 * 两项补贴享受情况查询: a person's subsidy cases, for partners checking overlaps or eligibility. A POST with
 * the ID number in the body: an ID number in a URL would end up in access logs, proxies and browser
 * histories (PIPL: sensitive personal information).
 */
@Path("subsidy-status-queries")
@RequestScoped
@Tag(name = "两项补贴享受情况", description = "Subsidy status of a person (scope subsidy-status)")
public class PersonSubsidiesResource {

    @EJB
    private SubsidyStatusService status;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "查询两项补贴享受情况", description = "返回该人员每个两项补贴办件的补贴类别、状态、享受起止，"
            + "不返回人员的其他信息；每次查询记入审计日志。")
    @SecurityRequirement(name = PartnerApiApplication.SECURITY_SCHEME)
    // by reference: with implementation = ... Payara describes this body as an object without members
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "SubsidyStatusQuery")))
    @APIResponse(responseCode = "200", description = "办件列表（可能为空）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonSubsidiesResponse.class)))
    @APIResponse(responseCode = "400", description = "身份证号格式错误或 JSON 无效",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "未认证或合作方账号、密钥不正确",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "合作方无 subsidy-status 权限",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "未找到该身份证号的人员",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public PersonSubsidiesResponse subsidies(String body) {
        String idNumber = PartnerJson.text(PartnerJson.object(body), IdNumber.FIELD);
        String partner = PartnerRequest.of(request).partnerCode();
        return PersonSubsidiesResponse.of(status.casesOf(idNumber, partner));
    }
}
