package cn.xndpf.web.api;

import cn.xndpf.application.statistics.FigureView;
import cn.xndpf.application.statistics.PeriodSummary;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A period's published figures for an area, as the provincial platform receives them. */
@Schema(name = "PeriodStatistics")
@JsonbPropertyOrder({"periodType", "periodStart", "periodEnd", "asOf", "publishedAt", "divisionCode", "divisionName",
        "programs"})
public class StatisticsResponse {

    @Schema(description = "统计周期 MONTH, QUARTER, YEAR, FIVE_YEAR", example = "YEAR", required = true)
    public String periodType;
    @Schema(description = "统计期首日", example = "2025-01-01", required = true)
    public String periodStart;
    @Schema(description = "统计期末日", example = "2025-12-31", required = true)
    public String periodEnd;
    @Schema(description = "期末数的截至日", example = "2025-12-31", required = true)
    public String asOf;
    @Schema(description = "发布时间 (UTC)", required = true)
    public String publishedAt;
    @Schema(description = "行政区划代码", example = "630100", required = true)
    public String divisionCode;
    @Schema(description = "行政区划名称", example = "西宁市", required = true)
    public String divisionName;
    @Schema(type = SchemaType.ARRAY, implementation = Program.class, required = true)
    public List<Program> programs = new ArrayList<>();

    /** The figures of one program. */
    @Schema(name = "StatisticsProgram")
    @JsonbPropertyOrder({"code", "name", "indicators"})
    public static class Program {
        @Schema(example = "TWO_SUBSIDIES", required = true)
        public String code;
        @Schema(example = "两项补贴", required = true)
        public String name;
        @Schema(type = SchemaType.ARRAY, implementation = Indicator.class, required = true)
        public List<Indicator> indicators = new ArrayList<>();
    }

    /** One indicator's figure. */
    @Schema(name = "StatisticsFigure")
    @JsonbPropertyOrder({"code", "name", "unit", "kind", "value", "numerator", "denominator", "target"})
    public static class Indicator {
        @Schema(description = "指标代码", example = "SUB_PAID", required = true)
        public String code;
        @Schema(description = "指标名称", example = "两项补贴发放金额", required = true)
        public String name;
        @Schema(description = "计量单位 (户 人 人次 件 场次 个 部 万元 %)", example = "万元", required = true)
        public String unit;
        @Schema(description = "COUNT, DISTINCT_COUNT, SUM, RATE", required = true)
        public String kind;
        @Schema(description = "数值，以计量单位表示（金额为万元，两位小数）；比率无分母时为空", example = "26200.00")
        public BigDecimal value;
        @Schema(description = "比率的分子")
        public BigDecimal numerator;
        @Schema(description = "比率的分母")
        public BigDecimal denominator;
        @Schema(description = "规划目标值（以计量单位表示），未设目标时为空")
        public BigDecimal target;
    }

    static StatisticsResponse of(PeriodSummary s) {
        StatisticsResponse r = new StatisticsResponse();
        r.periodType = s.period().type().name();
        r.periodStart = s.period().start().toString();
        r.periodEnd = s.period().end().toString();
        r.asOf = s.asOf().toString();
        r.publishedAt = s.publishedAt().toString();
        r.divisionCode = s.divisionCode();
        r.divisionName = s.divisionName();
        for (PeriodSummary.ProgramFigures p : s.programs()) {
            Program program = new Program();
            program.code = p.code();
            program.name = p.chineseName();
            for (FigureView f : p.figures()) {
                Indicator i = new Indicator();
                i.code = f.indicator().code();
                i.name = f.indicator().chineseName();
                i.unit = f.indicator().unit().symbol();
                i.kind = f.indicator().kind().name();
                i.value = f.value() == null ? (f.indicator().isRate() ? null : f.indicator().unit().display(BigDecimal.ZERO))
                        : f.shown();
                i.numerator = f.numerator();
                i.denominator = f.denominator();
                i.target = f.targetShown();
                program.indicators.add(i);
            }
            r.programs.add(program);
        }
        return r;
    }
}
