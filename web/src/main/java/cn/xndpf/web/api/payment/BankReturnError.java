package cn.xndpf.web.api.payment;

import cn.xndpf.web.api.ApiError;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A refused return file: the usual error, and every row in error. */
@Schema(name = "BankReturnError", description = "回盘文件被拒绝：每一错误行的行号、列和原因")
@JsonbPropertyOrder({"status", "error", "field", "code", "message", "rows"})
public class BankReturnError extends ApiError {

    @Schema(type = SchemaType.ARRAY, implementation = RowProblem.class, description = "错误行（行号从 1 开始，表头为第 1 行）")
    public List<RowProblem> rows;

    public BankReturnError() {
    }

    public BankReturnError(String message, List<RowProblem> rows) {
        super(400, "invalid_rows", "file", "payment.returnRejected", message);
        this.rows = rows;
    }

    /** One row in error. */
    @Schema(name = "BankReturnRowError")
    @JsonbPropertyOrder({"row", "field", "code", "message"})
    public static class RowProblem {

        @Schema(description = "行号", example = "3", required = true)
        public int row;

        @Schema(description = "出错的列", example = "result")
        public String field;

        @Schema(description = "错误代码", example = "payment.result", required = true)
        public String code;

        @Schema(description = "错误说明", example = "发放结果只能是 PAID（成功）或 FAILED（失败）", required = true)
        public String message;

        public RowProblem() {
        }

        public RowProblem(int row, String field, String code, String message) {
            this.row = row;
            this.field = field;
            this.code = code;
            this.message = message;
        }
    }
}
