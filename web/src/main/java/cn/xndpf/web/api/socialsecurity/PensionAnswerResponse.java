package cn.xndpf.web.api.socialsecurity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer taken: how many rows it had and how many people's answers it changed. */
@Schema(name = "PensionAnswerResult")
@JsonbPropertyOrder({"year", "rows", "changed"})
public class PensionAnswerResponse {

    @Schema(description = "年度", example = "2026", required = true)
    public int year;
    @Schema(description = "反馈的行数", example = "2", required = true)
    public int rows;
    @Schema(description = "反馈有变化的人数（与此前相同的反馈不计，也不再记审计日志）", example = "1", required = true)
    public int changed;
}
