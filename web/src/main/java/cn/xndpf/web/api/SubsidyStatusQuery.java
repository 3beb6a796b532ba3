package cn.xndpf.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whose subsidies a partner asks about. In the body, so that the ID number stays out of URLs and access logs. */
@Schema(name = "SubsidyStatusQuery", description = "查询两项补贴享受情况的人员 (whose subsidy status)")
public class SubsidyStatusQuery {

    @Schema(description = "居民身份证号 (18 characters, GB 11643)", example = "630102198001010011", required = true)
    public String idNumber;
}
