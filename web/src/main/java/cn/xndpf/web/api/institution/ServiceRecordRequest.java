package cn.xndpf.web.api.institution;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** For the OpenAPI document: the body of POST /service-records (read member by member). */
@Schema(name = "ServiceRecordRequest")
public class ServiceRecordRequest {

    @Schema(description = "服务对象的居民身份证号；须在服务日期登记在本机构接受该项服务", example = "630102193001010011", required = true)
    public String idNumber;

    @Schema(description = "服务项目代码：BOARDING_CARE 寄宿托养，DAY_CARE 日间照料，HOME_CARE 居家托养，REHABILITATION_TRAINING 康复训练，"
            + "DEVICE_FITTING 辅助器具适配，SPECIAL_EDUCATION 特殊教育，HOME_TEACHING 送教上门，SHELTERED_WORK 辅助性就业",
            example = "DAY_CARE", required = true)
    public String service;

    @Schema(description = "服务日期 yyyy-MM-dd，不能晚于今天", example = "2026-11-02", required = true)
    public String day;

    @Schema(description = "天数或次数，1 至 24", example = "1", required = true)
    public String quantity;

    @Schema(description = "金额（元），0 至 100000，最多两位小数", example = "45.00", required = true)
    public String amount;
}
