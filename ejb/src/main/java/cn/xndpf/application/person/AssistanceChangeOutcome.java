package cn.xndpf.application.person;

import cn.xndpf.application.shared.FieldProblem;

import java.io.Serializable;
import java.util.List;

/**
 * What became of one reported change, by its position in the request: applied, unchanged (the history
 * already said so; {@code note} tells why) or rejected with every field at fault. A rejected item changed
 * nothing; the other items of the request are not affected by it.
 */
public record AssistanceChangeOutcome(int index, Result result, FieldProblem note, List<FieldProblem> errors)
        implements Serializable {

    public enum Result {
        /** 已处理 */
        APPLIED,
        /** 无需变动 */
        UNCHANGED,
        /** 已拒绝 */
        REJECTED
    }

    public AssistanceChangeOutcome {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    static AssistanceChangeOutcome applied(int index) {
        return new AssistanceChangeOutcome(index, Result.APPLIED, null, List.of());
    }

    static AssistanceChangeOutcome unchanged(int index, FieldProblem note) {
        return new AssistanceChangeOutcome(index, Result.UNCHANGED, note, List.of());
    }

    static AssistanceChangeOutcome rejected(int index, List<FieldProblem> errors) {
        return new AssistanceChangeOutcome(index, Result.REJECTED, null, errors);
    }
}
