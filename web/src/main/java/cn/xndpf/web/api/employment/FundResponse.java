package cn.xndpf.web.api.employment;

import cn.xndpf.application.employment.FundView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An employer's security fund of a year as the tax office reads it: due, collected, outstanding. */
@Schema(name = "SecurityFund")
@JsonbPropertyOrder({"creditCode", "employerName", "divisionCode", "year", "due", "exempt", "collected", "outstanding"})
public class FundResponse {

    @Schema(description = "统一社会信用代码", example = "91630102MA7XXXXX0L", required = true)
    public String creditCode;
    @Schema(description = "单位名称", example = "西宁某有限公司", required = true)
    public String employerName;
    @Schema(description = "单位所在区划代码", example = "630102", required = true)
    public String divisionCode;
    @Schema(description = "年度", example = "2025", required = true)
    public int year;
    @Schema(description = "应缴保障金（元）", example = "60000.00", required = true)
    public String due;
    @Schema(description = "是否免征（职工人数不超过免征标准）", required = true)
    public boolean exempt;
    @Schema(description = "已征收（元）；尚未报告时为 0.00", example = "50000.00", required = true)
    public String collected;
    @Schema(description = "未缴（元）", example = "10000.00", required = true)
    public String outstanding;

    static FundResponse of(FundView f) {
        FundResponse r = new FundResponse();
        r.creditCode = f.creditCode();
        r.employerName = f.employerName();
        r.divisionCode = f.divisionCode();
        r.year = f.year();
        r.due = f.due().toPlainString();
        r.exempt = f.exempt();
        r.collected = f.collected() == null ? "0.00" : f.collected().toPlainString();
        r.outstanding = f.outstanding().toPlainString();
        return r;
    }
}
