package cn.xndpf.web.api.socialsecurity;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** For the OpenAPI document: the body of POST /social-security/pension-answers (read member by member). */
@Schema(name = "PensionAnswerRequest")
public class PensionAnswerRequest {

    @Schema(description = "名单的年度", example = "2026", required = true)
    public String year;

    @Schema(type = SchemaType.ARRAY, implementation = Row.class, description = "每人一行，1 至 500 行；一人只能出现一次",
            required = true)
    public List<Row> answers;

    /** One person's answer. */
    @Schema(name = "PensionAnswerRow")
    public static class Row {
        @Schema(description = "居民身份证号；须在该年度本合作方服务区划的名单上", example = "630102190001010012",
                required = true)
        public String idNumber;
        @Schema(description = "是否已参加城乡居民基本养老保险：true 或 false", example = "true", required = true)
        public String pensionInsured;
        @Schema(description = "是否已参加基本医疗保险（医保）：true、false 或不填", example = "true")
        public String medicalInsured;
        @Schema(description = "是否享受医疗救助：true、false 或不填", example = "false")
        public String medicalAssistance;
    }
}
