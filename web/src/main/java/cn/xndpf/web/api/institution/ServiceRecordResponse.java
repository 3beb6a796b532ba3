package cn.xndpf.web.api.institution;

import cn.xndpf.application.institution.ServiceRecordView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A real-name service record as the institution's system sees it; the ID number masked. */
@Schema(name = "ServiceRecord")
@JsonbPropertyOrder({"id", "maskedIdNumber", "name", "service", "day", "quantity", "amount"})
public class ServiceRecordResponse {

    @Schema(description = "记录编号", required = true)
    public long id;

    @Schema(description = "服务对象的身份证号（脱敏）", example = "630102********0011", required = true)
    public String maskedIdNumber;

    @Schema(description = "服务对象姓名", required = true)
    public String name;

    @Schema(description = "服务项目代码", example = "DAY_CARE", required = true)
    public String service;

    @Schema(description = "服务日期", example = "2026-11-02", required = true)
    public String day;

    @Schema(description = "天数或次数", example = "1", required = true)
    public int quantity;

    @Schema(description = "金额（元，两位小数）", example = "45.00", required = true)
    public String amount;

    static ServiceRecordResponse of(ServiceRecordView v) {
        ServiceRecordResponse r = new ServiceRecordResponse();
        r.id = v.id();
        r.maskedIdNumber = v.maskedIdNumber();
        r.name = v.personName();
        r.service = v.service().name();
        r.day = v.day().toString();
        r.quantity = v.quantity();
        r.amount = v.amount().toPlainString();
        return r;
    }
}
