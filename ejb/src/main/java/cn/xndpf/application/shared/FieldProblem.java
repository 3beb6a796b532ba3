package cn.xndpf.application.shared;

import cn.xndpf.domain.shared.DomainMessages;
import cn.xndpf.domain.shared.InvalidValueException;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A rule one field of a larger request broke, kept as field, message key and arguments so that each
 * interface can word it in the caller's language (a batch of items reports one per item and field).
 */
public record FieldProblem(String field, String key, List<String> args) implements Serializable {

    public FieldProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static FieldProblem of(InvalidValueException e) {
        return new FieldProblem(e.field(), e.key(), Arrays.stream(e.args()).map(String::valueOf).toList());
    }

    public String message(Locale locale) {
        return DomainMessages.format(key, locale, args.toArray());
    }
}
