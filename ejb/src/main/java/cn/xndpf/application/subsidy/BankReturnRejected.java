package cn.xndpf.application.subsidy;

import cn.xndpf.domain.shared.DomainMessages;
import cn.xndpf.domain.shared.InvalidValueException;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A bank return file refused as a whole: it had at least one malformed or inapplicable row, so no line
 * was marked. Every row in error is listed, so the bank can correct them all at once.
 */
public class BankReturnRejected extends InvalidValueException {

    private final List<RowError> errors;

    public BankReturnRejected(List<RowError> errors) {
        super("file", "payment.returnRejected", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }

    /** One row in error: its line number in the file (the header is line 1), the column, and why. */
    public record RowError(int row, String field, String key, List<String> args) implements Serializable {

        public String message(Locale locale) {
            return DomainMessages.format(key, locale, args.toArray());
        }
    }
}
