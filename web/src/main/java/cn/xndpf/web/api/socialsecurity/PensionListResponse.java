package cn.xndpf.web.api.socialsecurity;

import cn.xndpf.application.socialsecurity.PartnerPensionLine;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A year's pension contribution list for the divisions the partner serves. */
@Schema(name = "PensionList")
@JsonbPropertyOrder({"year", "lines"})
public class PensionListResponse {

    @Schema(description = "年度", example = "2026", required = true)
    public int year;

    @Schema(type = SchemaType.ARRAY, implementation = Line.class, description = "名单上的人员；没有时为空数组", required = true)
    public List<Line> lines;

    static PensionListResponse of(int year, List<PartnerPensionLine> lines) {
        PensionListResponse r = new PensionListResponse();
        r.year = year;
        r.lines = lines.stream().map(Line::of).toList();
        return r;
    }

    /** One person on the list, with the partner's answer so far. */
    @Schema(name = "PensionListLine")
    @JsonbPropertyOrder({"idNumber", "name", "divisionCode", "level", "governmentShare", "pensionInsured",
            "medicalInsured", "medicalAssistance"})
    public static class Line {
        @Schema(description = "居民身份证号（参保登记和反馈都以此为准）", example = "630102199001010011", required = true)
        public String idNumber;
        @Schema(description = "姓名", example = "张三", required = true)
        public String name;
        @Schema(description = "户籍所在区划代码", example = "630102001001", required = true)
        public String divisionCode;
        @Schema(description = "残疾等级（1-4）", example = "1", required = true)
        public int level;
        @Schema(description = "政府代缴或补贴的年缴费额（元）", example = "200.00", required = true)
        public String governmentShare;
        @Schema(description = "是否已参加城乡居民基本养老保险；尚未反馈时没有此项")
        public Boolean pensionInsured;
        @Schema(description = "是否已参加基本医疗保险（医保）；未反馈时没有此项")
        public Boolean medicalInsured;
        @Schema(description = "是否享受医疗救助；未反馈时没有此项")
        public Boolean medicalAssistance;

        static Line of(PartnerPensionLine l) {
            Line out = new Line();
            out.idNumber = l.idNumber();
            out.name = l.name();
            out.divisionCode = l.divisionCode();
            out.level = l.level();
            out.governmentShare = l.governmentShare() == null ? null : l.governmentShare().toPlainString();
            out.pensionInsured = l.pensionInsured();
            out.medicalInsured = l.medicalInsured();
            out.medicalAssistance = l.medicalAssistance();
            return out;
        }
    }
}
