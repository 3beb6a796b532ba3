package cn.xndpf.web.api.payment;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an accepted bank return file did. */
@Schema(name = "BankReturnResult", description = "回盘导入结果 (result of an accepted return file)")
@JsonbPropertyOrder({"rows", "paid", "failed", "unchanged"})
public class BankReturnResponse {

    @Schema(description = "文件中的数据行数", example = "120", required = true)
    public int rows;

    @Schema(description = "标记为发放成功的明细数", example = "118", required = true)
    public int paid;

    @Schema(description = "标记为发放失败的明细数（下次名册重新发放）", example = "2", required = true)
    public int failed;

    @Schema(description = "此前已记录相同结果、未作修改的明细数", example = "0", required = true)
    public int unchanged;

    public BankReturnResponse() {
    }

    public BankReturnResponse(int rows, int paid, int failed, int unchanged) {
        this.rows = rows;
        this.paid = paid;
        this.failed = failed;
        this.unchanged = unchanged;
    }
}
