package cn.xndpf.web.api;

import cn.xndpf.application.statistics.StatisticsService;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.statistics.PeriodType;
import cn.xndpf.domain.statistics.StatisticsPeriod;
import cn.xndpf.web.partner.PartnerRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

/**
 * 统计数据报送: a period's published figures for the provincial platform, the same figures the federation's
 * dashboard and reports show. {@code GET /dpf/api/v1/statistics/{periodType}/{periodStart}?division=630100}; the division is required.
 */
@Path("statistics")
@RequestScoped
@Tag(name = "统计数据", description = "Periodic statistics export (scope statistics-export)")
public class StatisticsResource {

    @EJB
    private StatisticsService statistics;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("{periodType}/{periodStart}")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "获取一期统计数据", description = "返回已发布的某统计期、某行政区划（市、区县或乡镇街道）的全部指标数值、"
            + "单位、比率的分子分母和规划目标。金额以万元表示，两位小数。")
    @SecurityRequirement(name = PartnerApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "统计数据",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatisticsResponse.class)))
    @APIResponse(responseCode = "400", description = "统计周期、日期或行政区划代码不正确",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "未认证或合作方账号、密钥不正确",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "合作方无此服务权限",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "该统计期尚未发布",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public StatisticsResponse period(
            @Parameter(description = "MONTH, QUARTER, YEAR or FIVE_YEAR", example = "YEAR", required = true) @PathParam("periodType") String periodType,
            @Parameter(description = "统计期首日 yyyy-MM-dd", example = "2025-01-01", required = true) @PathParam("periodStart") String periodStart,
            @Parameter(description = "行政区划代码（市、区县或乡镇街道）", example = "630100", required = true)
            @QueryParam("division") String division) {
        StatisticsPeriod period = StatisticsPeriod.parse(type(periodType), periodStart);
        String partner = PartnerRequest.of(request).partnerCode();
        return StatisticsResponse.of(statistics.exported(period, DivisionCode.of(division).value(), partner));
    }

    static PeriodType type(String raw) {
        try {
            return PeriodType.valueOf(raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("periodType", "statistics.periodTypeRequired");
        }
    }
}
