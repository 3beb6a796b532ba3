package cn.xndpf.web.api.payment;

import cn.xndpf.application.shared.UploadedFiles;
import cn.xndpf.application.subsidy.BankPaymentService;
import cn.xndpf.application.subsidy.BankReturnReport;
import cn.xndpf.application.subsidy.ExportedFile;
import cn.xndpf.web.api.ApiError;
import cn.xndpf.web.api.PartnerApiApplication;
import cn.xndpf.web.partner.PartnerRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;

/**
 * 补贴代发（银行）: a bank fetches the payment file of a month's roll and hands back its return file.
 * Scope {@code bank-payment}; errors are {@link ApiError}s, a refused return file lists every wrong row.
 */
@Path("payment-rolls/{month}/{division}")
@RequestScoped
@Tag(name = "补贴代发", description = "Subsidy payment files and bank returns (scope bank-payment)")
public class PaymentRollResource {

    static final String CSV = "text/csv";
    /** How much of a too large return file is read and thrown away before the refusal. */
    private static final long DRAIN_LIMIT = 100L * 1024 * 1024;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private BankPaymentService bank;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("bank-file")
    @Produces({CSV, XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "下载发放文件", description = "某月某区划（市 630100 或区县）已生成名册中待发放的明细。CSV 为 UTF-8（带 BOM），"
            + "第一行注明导出人和导出时间，第二行为表头 line_id,case_id,case_number,paid_month,attempt,subsidy,name,"
            + "id_number,bank_name,bank_account,amount，最后一行为合计 TOTAL；xlsx 内容相同。每次下载均记入审计日志。")
    @SecurityRequirement(name = PartnerApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "发放文件 (the payment file)", content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "月份、区划或格式不正确，或名册尚未生成完毕",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "未认证或合作方账号、密钥不正确",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "合作方无 bank-payment 权限",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "该月份和区划没有发放名册",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response bankFile(
            @Parameter(description = "发放月份 yyyy-MM", example = "2026-01", required = true) @PathParam("month") String month,
            @Parameter(description = "区划代码：630100 或区县代码", example = "630102", required = true) @PathParam("division") String division,
            @Parameter(description = "csv（默认）或 xlsx") @QueryParam("format") @DefaultValue("csv") String format) {
        ExportedFile f = bank.bankFile(month, division, format, partner());
        // Streamed from the export's temporary file, which closing the stream deletes.
        StreamingOutput body = out -> {
            try (InputStream in = f.open()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, f.contentType()).header("Content-Length", f.size())
                .header("Content-Disposition", "attachment; filename=\"" + f.fileName() + "\"").build();
    }

    @POST
    @Path("bank-returns")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "提交银行回盘", description = "CSV（UTF-8，可带 BOM），表头 line_id,case_id,month,result,bank_reference,"
            + "failure_reason；每行以明细编号 line_id，或办件编号 case_id 加所属月份 month 指明一笔发放；result 为 PAID 或 FAILED，"
            + "FAILED 须填 failure_reason。整个文件要么全部生效，要么（有任何一行错误时）全部不生效并列出所有错误行；"
            + "同一结果重复提交不会改变任何数据。发放失败的明细由下一次名册重新发放。")
    @SecurityRequirement(name = PartnerApiApplication.SECURITY_SCHEME)
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "已导入 (accepted)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BankReturnResponse.class)))
    @APIResponse(responseCode = "400", description = "文件格式错误或有错误行（rows 列出每一行的错误），未做任何修改",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BankReturnError.class)))
    @APIResponse(responseCode = "401", description = "未认证或合作方账号、密钥不正确",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "合作方无 bank-payment 权限",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "该月份和区划没有发放名册",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public BankReturnResponse bankReturns(@PathParam("month") String month, @PathParam("division") String division,
                                          InputStream body) throws IOException {
        // read no more than one byte past the limit: a larger file is refused without being held in memory
        byte[] content = body == null ? new byte[0] : body.readNBytes(UploadedFiles.MAX_TEXT_BYTES + 1);
        if (content.length > UploadedFiles.MAX_TEXT_BYTES) {
            // let the client finish sending (up to a bound) so that it reads the refusal, not a reset
            byte[] discard = new byte[64 * 1024];
            long drained = 0;
            for (int n; drained < DRAIN_LIMIT && (n = body.read(discard)) > 0; ) {
                drained += n;
            }
        }
        BankReturnReport r = bank.bankReturns(month, division, content, partner());
        return new BankReturnResponse(r.rows(), r.paid(), r.failed(), r.unchanged());
    }

    private String partner() {
        return PartnerRequest.of(request).partnerCode();
    }
}
