package cn.xndpf.web.api;

import cn.xndpf.application.person.CertificateVerification;
import cn.xndpf.application.person.CertificateVerificationService;
import cn.xndpf.domain.person.CertificateNumber;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.web.partner.PartnerRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
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
 * 残疾人证核验: a partner asks whether a certificate is valid, by ID number or by certificate number.
 * <p>
 * The body is read as text and bound here, so that malformed JSON gets the same structured 400 as any
 * other bad input, whatever the JSON provider would do with it.
 */
@Path("certificate-verifications")
@RequestScoped
@Tag(name = "残疾人证核验", description = "Certificate verification (scope certificate-verification)")
public class CertificateVerificationResource {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @EJB
    private CertificateVerificationService verification;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "核验残疾人证", description = "按身份证号（持证人当前证件）或残疾人证号（须与类别、等级完全一致）核验。"
            + " 返回证件是否有效、类别、等级、状态和所属区划，不返回持证人的其他信息。")
    @SecurityRequirement(name = PartnerApiApplication.SECURITY_SCHEME)
    // by reference: with implementation = ... Payara describes this body as an object without members
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "CertificateVerificationRequest")))
    @APIResponse(responseCode = "200", description = "找到证件 (found; valid=false for a cancelled certificate)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerificationResponse.class)))
    @APIResponse(responseCode = "400", description = "号码格式错误、JSON 无效，或未提供/同时提供两个号码",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "未认证或合作方账号、密钥不正确",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "合作方无此服务权限",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "未找到该残疾人证",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public VerificationResponse verify(String body) {
        VerificationRequest in = parse(body);
        boolean byId = in.idNumber != null;
        boolean byNumber = in.certificateNumber != null;
        if (byId == byNumber) {
            throw new RequestProblem(IdNumber.FIELD + "," + CertificateNumber.FIELD,
                    byId ? "request.identifierAmbiguous" : "request.identifierRequired");
        }
        String partner = PartnerRequest.of(request).partnerCode();
        CertificateVerification v = byId
                ? verification.byIdNumber(in.idNumber, partner)
                : verification.byCertificateNumber(in.certificateNumber, partner);
        return VerificationResponse.of(v);
    }

    private static VerificationRequest parse(String body) {
        if (body == null || body.isBlank()) {
            throw RequestProblem.invalidJson("empty body");
        }
        try {
            VerificationRequest in = JSONB.fromJson(body, VerificationRequest.class);
            if (in == null) {
                throw RequestProblem.invalidJson("null");
            }
            return in;
        } catch (JsonbException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw RequestProblem.invalidJson(root.getMessage());
        }
    }
}
