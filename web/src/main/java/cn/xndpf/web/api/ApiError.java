package cn.xndpf.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one shape of every error the partner API returns. */
@Schema(name = "ApiError", description = "错误信息 (error)")
@JsonbPropertyOrder({"status", "error", "field", "code", "message", "incident"})
public class ApiError {

    @Schema(description = "HTTP status", example = "400", required = true)
    public int status;

    @Schema(description = "错误类别: invalid_value, invalid_json, not_found, unauthorized, forbidden, ...",
            example = "invalid_value", required = true)
    public String error;

    @Schema(description = "出错的请求字段 (the request field concerned)", example = "idNumber")
    public String field;

    @Schema(description = "错误代码 (stable message key)", example = "idNumber.checkCharacter")
    public String code;

    @Schema(description = "错误说明，语言由 Accept-Language 决定，默认中文", example = "身份证号校验码不正确", required = true)
    public String message;

    @Schema(description = "事件编号：仅在服务器内部错误 (500) 时给出，服务器日志以此编号记录详情 (incident number of a 500)",
            example = "20261129-7K3F9Q")
    public String incident;

    public ApiError() {
    }

    public ApiError(int status, String error, String field, String code, String message) {
        this.status = status;
        this.error = error;
        this.field = field;
        this.code = code;
        this.message = message;
    }
}
