package cn.xndpf.web.api.education;

import cn.xndpf.application.education.EnrolmentReportForm;
import cn.xndpf.application.education.EnrolmentReportService;
import cn.xndpf.domain.education.SchoolYear;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.web.api.ApiError;
import cn.xndpf.web.api.PartnerApiApplication;
import cn.xndpf.web.api.PartnerJson;
import cn.xndpf.web.partner.PartnerAuthenticationFilter;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 教育部门入学信息上报: the education bureau reports whether a registered child is enrolled in a school year,
 * for the divisions it serves; what the compulsory-education enrolment rate counts.
 */
@Path("education-enrolments")
@RequestScoped
@Tag(name = "入学信息", description = "Enrolment of disabled children reported by the education bureau (scope education-enrolment)")
public class EnrolmentReportResource {

    @EJB
    private EnrolmentReportService reports;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "上报一名儿童某学年的入学情况", description = "儿童须已登记在本合作方服务的区划（其他区划的儿童按未登记答复）；"
            + "同一儿童同一学年再次上报时替换此前的上报。记入审计日志（操作人 partner:合作方编码）。")
    @SecurityRequirement(name = PartnerApiApplication.SECURITY_SCHEME)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EnrolmentReportRequest.class)))
    @APIResponse(responseCode = "201", description = "已记录（该学年首次上报）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolmentReportResponse.class)))
    @APIResponse(responseCode = "200", description = "已替换该学年此前的上报",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolmentReportResponse.class)))
    @APIResponse(responseCode = "400", description = "JSON 无效或字段不符合规则（field 指出字段，code 指出规则）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "未认证或合作方账号、密钥不正确",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "合作方无 education-enrolment 权限",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response reportEnrolment(String body) {
        JsonObject in = PartnerJson.object(body);
        EnrolmentReportForm form = new EnrolmentReportForm(PartnerJson.text(in, IdNumber.FIELD),
                PartnerJson.text(in, "schoolYear"), PartnerJson.text(in, "enrolled"), PartnerJson.text(in, "schoolName"));
        boolean replaced = reports.report(form, (String) request.getAttribute(PartnerAuthenticationFilter.PARTNER_CODE));
        EnrolmentReportResponse out = new EnrolmentReportResponse();
        out.maskedIdNumber = IdNumber.of(form.idNumber()).masked();
        out.schoolYear = SchoolYear.parse(form.schoolYear()).label();
        out.enrolled = Boolean.parseBoolean(form.enrolled().trim());
        out.replaced = replaced;
        return Response.status(replaced ? 200 : 201).entity(out).build();
    }
}
