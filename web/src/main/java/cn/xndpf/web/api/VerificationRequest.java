package cn.xndpf.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a partner asks about: exactly one of the two numbers. */
@Schema(name = "CertificateVerificationRequest",
        description = "只填写 idNumber 或 certificateNumber 其中之一 (exactly one of the two)")
public class VerificationRequest {

    @Schema(description = "居民身份证号 (18 characters, GB 11643)", example = "630102198001010011")
    public String idNumber;

    @Schema(description = "第二代残疾人证号 (20 characters: ID number, category digit, level digit)",
            example = "63010219800101001142")
    public String certificateNumber;
}
