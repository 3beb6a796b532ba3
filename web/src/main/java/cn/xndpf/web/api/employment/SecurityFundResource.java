package cn.xndpf.web.api.employment;

import cn.xndpf.application.employment.TaxOfficeService;
import cn.xndpf.application.employment.PartnerInput;
import cn.xndpf.web.api.ApiError;
import cn.xndpf.web.api.PartnerApiApplication;
import cn.xndpf.web.api.PartnerJson;
import cn.xndpf.web.partner.PartnerAuthenticationFilter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 税务部门征收残疾人就业保障金: the tax office reads the verified and computed funds of a year for the divisions it
 * serves, and reports what it collected from an employer.
 */
@Path("security-funds")
@RequestScoped
@Tag(name = "残疾人就业保障金", description = "The employment security fund for the tax office (scope security-fund)")
public class SecurityFundResource {

    @EJB
    private TaxOfficeService taxOffice;

    @Context
    private HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "某年度已审核并计算的保障金", description = "本合作方服务区划内各用人单位的应缴、已征收和未缴金额。")
    @SecurityRequirement(name = PartnerApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "该年度的保障金",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FundsResponse.class)))
    @APIResponse(responseCode = "400", description = "年度无效（field 为 year）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "未认证或合作方账号、密钥不正确",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "合作方无 security-fund 权限",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public FundsResponse funds(@Parameter(description = "年度", example = "2025", required = true,
            schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year) {
        FundsResponse out = new FundsResponse();
        out.funds = taxOffice.verifiedFunds(partner(), PartnerInput.year(year)).stream().map(FundResponse::of).toList();
        return out;
    }

    @POST
    @Path("collections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "报告向用人单位征收的保障金", description = "单位须在本合作方服务的区划（其他区划的单位按未登记答复），"
            + "该年度保障金须已计算；同一单位同一年度再次报告时替换此前的报告。记入审计日志（操作人 partner:合作方编码）。")
    @SecurityRequirement(name = PartnerApiApplication.SECURITY_SCHEME)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CollectionRequest.class)))
    @APIResponse(responseCode = "200", description = "已记录；答复该单位该年度的保障金",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FundResponse.class)))
    @APIResponse(responseCode = "400", description = "JSON 无效或字段不符合规则（field 指出字段，code 指出规则）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "未认证或合作方账号、密钥不正确",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "合作方无 security-fund 权限",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "本合作方服务的区划内没有该统一社会信用代码的单位",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public FundResponse reportCollected(String body) {
        JsonObject in = PartnerJson.object(body);
        String creditCode = PartnerJson.text(in, "creditCode");
        int year = PartnerInput.year(PartnerJson.text(in, "year"));
        BigDecimal amount = PartnerInput.amount(PartnerJson.text(in, "amount"));
        LocalDate on = PartnerInput.day("collectedOn", PartnerJson.text(in, "collectedOn"));
        return FundResponse.of(taxOffice.reportCollected(partner(), creditCode, year, amount, on));
    }

    private String partner() {
        return (String) request.getAttribute(PartnerAuthenticationFilter.PARTNER_CODE);
    }
}
