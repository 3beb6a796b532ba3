package cn.xndpf.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The partner REST API, {@code /dpf/api/v1}. Every call authenticates with the partner's own credentials
 * (HTTP Basic, realm {@code dpf-partner}); see {@link cn.xndpf.web.partner.PartnerAuthenticationFilter}.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "西宁市残联 合作方接口 (Xining DPF partner API)", version = "1.0",
                description = "供民政、人社、银行等合作方系统调用的接口。所有调用须使用合作方账号以 HTTP Basic 认证；"
                        + "错误以统一的 ApiError 结构返回，message 的语言由 Accept-Language 决定（默认中文）。",
                contact = @Contact(name = "西宁市残疾人联合会")),
        security = @SecurityRequirement(name = PartnerApiApplication.SECURITY_SCHEME))
@SecurityScheme(securitySchemeName = PartnerApiApplication.SECURITY_SCHEME, type = SecuritySchemeType.HTTP,
        scheme = "basic", description = "合作方编码和密钥（不是工作人员登录账号）。Partner code and secret; staff logins are refused.")
public class PartnerApiApplication extends Application {

    public static final String SECURITY_SCHEME = "partnerBasic";
}
