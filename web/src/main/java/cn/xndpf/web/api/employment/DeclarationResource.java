package cn.xndpf.web.api.employment;

import cn.xndpf.application.employment.DeclarationPartnerService;
import cn.xndpf.application.employment.DeclarationView;
import cn.xndpf.application.employment.PartnerDeclaration;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
 * 人社部门报送按比例就业年审申报: the human-resources and social-security partner sends an employer's declaration of a
 * year that is over, for the divisions it serves; the federation verifies it afterwards.
 */
@Path("employment-declarations")
@RequestScoped
@Tag(name = "按比例就业年审申报", description = "Employers' annual quota declarations sent by the HR and social-security partner (scope employment-declaration)")
public class DeclarationResource {

    @EJB
    private DeclarationPartnerService declarations;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "报送用人单位某年度的按比例就业年审申报", description = "单位须已登记在本合作方服务的区划（其他区划的单位按未登记答复）；"
            + "每个单位每年度申报一次。申报待残联审核。记入审计日志（操作人 partner:合作方编码），身份证号脱敏。")
    @SecurityRequirement(name = PartnerApiApplication.SECURITY_SCHEME)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeclarationRequest.class)))
    @APIResponse(responseCode = "201", description = "已接收，待审核",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationResponse.class)))
    @APIResponse(responseCode = "400", description = "JSON 无效或字段不符合规则（field 指出字段，code 指出规则）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "未认证或合作方账号、密钥不正确",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "合作方无 employment-declaration 权限",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "本合作方服务的区划内没有该统一社会信用代码的单位",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response declare(String body) {
        JsonObject in = PartnerJson.object(body);
        List<PartnerDeclaration.Employee> employees = new ArrayList<>();
        JsonValue listed = in.get("employees");
        if (listed != null && listed.getValueType() != JsonValue.ValueType.NULL) {
            if (listed.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new InvalidValueException("employees", "employment.employeeFieldRequired", "身份证号");
            }
            for (JsonValue v : listed.asJsonArray()) {
                if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                    throw new InvalidValueException("employees", "employment.employeeFieldRequired", "身份证号");
                }
                JsonObject e = v.asJsonObject();
                employees.add(new PartnerDeclaration.Employee(PartnerJson.text(e, "idNumber"),
                        PartnerJson.text(e, "certificateNumber"), PartnerJson.text(e, "contractFrom"),
                        PartnerJson.text(e, "contractTo"), PartnerJson.text(e, "insuranceMonths"),
                        PartnerJson.text(e, "monthlyWage")));
            }
        }
        PartnerDeclaration declaration = new PartnerDeclaration(PartnerJson.text(in, "creditCode"),
                PartnerJson.text(in, "year"), PartnerJson.text(in, "staffCount"), PartnerJson.text(in, "totalWages"),
                employees);
        DeclarationView d = declarations.declare((String) request.getAttribute(PartnerAuthenticationFilter.PARTNER_CODE),
                declaration);
        return Response.status(201).entity(DeclarationResponse.of(declaration.creditCode().trim(), d)).build();
    }
}
