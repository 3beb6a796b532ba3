package cn.xndpf.domain.education;

import cn.xndpf.domain.shared.DomainMessages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Whether a student qualifies for the grant of a school year and, if not, every reason why (as message
 * keys); the amount is the one in force for the student's stage, null where none is set.
 */
public record GrantAssessment(boolean eligible, List<Reason> reasons, BigDecimal amount) implements Serializable {

    /** A reason the student does not qualify, naming the form's field it concerns. */
    public record Reason(String field, String key, String argument) implements Serializable {
        public String message(Locale locale) {
            return DomainMessages.format(key, locale, argument);
        }
    }

    public List<String> messages(Locale locale) {
        return reasons.stream().map(r -> r.message(locale)).toList();
    }

    public boolean hasReason(String key) {
        return reasons.stream().anyMatch(r -> r.key().equals(key));
    }
}
