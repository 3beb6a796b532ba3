package cn.xndpf.web.api.institution;

import cn.xndpf.application.institution.NewServiceRecord;
import cn.xndpf.application.institution.ServiceRecordService;
import cn.xndpf.application.shared.Page;
import cn.xndpf.application.institution.ServiceRecordView;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.web.api.ApiError;
import cn.xndpf.web.api.PartnerApiApplication;
import cn.xndpf.web.api.PartnerJson;
import cn.xndpf.web.partner.PartnerRequest;
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

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * 机构实名制服务上报: an institution's own system reports the services it delivered and reads back its own
 * records of a month. The partner is bound to one institution and sees only that institution's people.
 */
@Path("service-records")
@RequestScoped
@Tag(name = "实名制服务记录", description = "Real-name service records reported by an institution's system (scope institution-services)")
public class ServiceRecordResource {

    @EJB
    private ServiceRecordService records;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "上报一条实名制服务记录", description = "记录本机构为一名已入住（登记）的服务对象在某日提供的服务；"
            + "机构须在该日处于资质有效期内并提供该项服务；同一人、同一机构、同一服务项目每天一条。记入审计日志（操作人 partner:合作方编码）。")
    @SecurityRequirement(name = PartnerApiApplication.SECURITY_SCHEME)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ServiceRecordRequest.class)))
    @APIResponse(responseCode = "201", description = "已记录",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceRecordResponse.class)))
    @APIResponse(responseCode = "400", description = "JSON 无效或字段不符合规则（field 指出字段，code 指出规则）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "未认证或合作方账号、密钥不正确",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "合作方无 institution-services 权限，或未绑定服务机构",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response reportServiceRecord(String body) {
        JsonObject in = PartnerJson.object(body);
        NewServiceRecord r = NewServiceRecord.parse(PartnerJson.text(in, IdNumber.FIELD), null,
                PartnerJson.text(in, "service"), PartnerJson.text(in, "day"), PartnerJson.text(in, "quantity"),
                PartnerJson.text(in, "amount"));
        ServiceRecordView saved = records.recordForPartner(r, partner());
        return Response.status(201).entity(ServiceRecordResponse.of(saved)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "本机构某月的实名制服务记录", description = "按服务日期倒序，每页至多 100 条。")
    @SecurityRequirement(name = PartnerApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "记录",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceRecordResponse.class)))
    @APIResponse(responseCode = "400", description = "月份格式错误",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "未认证或合作方账号、密钥不正确",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "合作方无 institution-services 权限，或未绑定服务机构",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<ServiceRecordResponse> listServiceRecords(
            @Parameter(description = "月份 yyyy-MM", example = "2026-11", required = true) @QueryParam("month") String month,
            @Parameter(description = "跳过的条数", example = "0", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("first") String first) {
        YearMonth m;
        try {
            m = YearMonth.parse(month == null ? "" : month.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("month", "serviceRecord.monthFormat");
        }
        Page<ServiceRecordView> page = records.recordsForPartner(m, partner(), skipped(first), 100);
        return page.rows().stream().map(ServiceRecordResponse::of).toList();
    }

    /**
     * Read as text: an {@code int} query parameter that is not a number makes JAX-RS answer 404 before any
     * code of ours runs, instead of the structured 400 every other bad value gets. Absent means 0.
     */
    private static int skipped(String first) {
        if (first == null) {
            return 0;
        }
        String digits = first.trim();
        // ASCII digits only: Integer.parseInt would also read full-width ones
        if (digits.matches("[0-9]{1,9}")) {
            return Integer.parseInt(digits);
        }
        throw new InvalidValueException("first", "serviceRecord.firstFormat", 999_999_999);
    }

    private String partner() {
        return PartnerRequest.of(request).partnerCode();
    }
}
