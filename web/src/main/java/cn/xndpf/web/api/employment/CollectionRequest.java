package cn.xndpf.web.api.employment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** For the OpenAPI document: the body of POST /security-funds/collections (read member by member). */
@Schema(name = "SecurityFundCollectionRequest")
public class CollectionRequest {

    @Schema(description = "用人单位的统一社会信用代码（18位）", example = "91630102MA7XXXXX0L", required = true)
    public String creditCode;
    @Schema(description = "保障金所属年度", example = "2025", required = true)
    public String year;
    @Schema(description = "已征收金额（元，最多两位小数）；再次报告时替换此前的报告", example = "50000.00", required = true)
    public String amount;
    @Schema(description = "征收日期 yyyy-MM-dd，不晚于今天", example = "2026-06-30", required = true)
    public String collectedOn;
}
