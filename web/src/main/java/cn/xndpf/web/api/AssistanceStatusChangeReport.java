package cn.xndpf.web.api;

import cn.xndpf.application.person.AssistanceChangeOutcome;
import cn.xndpf.application.shared.FieldProblem;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

/** The answer to a batch of status changes: totals and one result per item, in the order received. */
@Schema(name = "AssistanceStatusChangeReport")
@JsonbPropertyOrder({"received", "applied", "unchanged", "rejected", "items"})
public class AssistanceStatusChangeReport {

    @Schema(description = "收到的条数", example = "3", required = true)
    public int received;
    @Schema(description = "已处理条数", example = "1", required = true)
    public int applied;
    @Schema(description = "无需变动条数（记录已与报告一致）", example = "1", required = true)
    public int unchanged;
    @Schema(description = "被拒绝条数（该条未作任何变动）", example = "1", required = true)
    public int rejected;
    @Schema(type = SchemaType.ARRAY, implementation = ItemResult.class, required = true)
    public List<ItemResult> items;

    /** The result of one item. */
    @Schema(name = "AssistanceStatusChangeResult")
    @JsonbPropertyOrder({"index", "result", "code", "message", "errors"})
    public static class ItemResult {
        @Schema(description = "该条在 items 中的位置（从 0 开始）", example = "2", required = true)
        public int index;
        @Schema(enumeration = {"APPLIED", "UNCHANGED", "REJECTED"}, required = true)
        public String result;
        @Schema(description = "UNCHANGED 时的说明代码", example = "assistance.alreadyHeld")
        public String code;
        @Schema(description = "UNCHANGED 时的说明", example = "该户自2025-01-01起已是低保，无需重复认定")
        public String message;
        @Schema(type = SchemaType.ARRAY, implementation = FieldError.class, description = "REJECTED 时每个出错字段一条")
        public List<FieldError> errors;
    }

    /** A field at fault. */
    @Schema(name = "FieldError")
    @JsonbPropertyOrder({"field", "code", "message"})
    public static class FieldError {
        @Schema(description = "出错的字段", example = "idNumber")
        public String field;
        @Schema(description = "错误代码", example = "idNumber.checkCharacter", required = true)
        public String code;
        @Schema(description = "错误说明，语言由 Accept-Language 决定，默认中文", example = "身份证号校验码不正确",
                required = true)
        public String message;

        static FieldError of(FieldProblem p, Locale locale) {
            FieldError e = new FieldError();
            e.field = p.field();
            e.code = p.key();
            e.message = p.message(locale);
            return e;
        }
    }

    static AssistanceStatusChangeReport of(List<AssistanceChangeOutcome> outcomes, Locale locale) {
        AssistanceStatusChangeReport r = new AssistanceStatusChangeReport();
        r.received = outcomes.size();
        r.items = outcomes.stream().map(o -> {
            ItemResult i = new ItemResult();
            i.index = o.index();
            i.result = o.result().name();
            if (o.note() != null) {
                i.code = o.note().key();
                i.message = o.note().message(locale);
            }
            if (!o.errors().isEmpty()) {
                i.errors = o.errors().stream().map(p -> FieldError.of(p, locale)).toList();
            }
            return i;
        }).toList();
        r.applied = count(outcomes, AssistanceChangeOutcome.Result.APPLIED);
        r.unchanged = count(outcomes, AssistanceChangeOutcome.Result.UNCHANGED);
        r.rejected = count(outcomes, AssistanceChangeOutcome.Result.REJECTED);
        return r;
    }

    private static int count(List<AssistanceChangeOutcome> outcomes, AssistanceChangeOutcome.Result result) {
        return (int) outcomes.stream().filter(o -> o.result() == result).count();
    }
}
