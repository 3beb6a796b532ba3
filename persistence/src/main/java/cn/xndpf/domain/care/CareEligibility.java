package cn.xndpf.domain.care;

import cn.xndpf.domain.shared.DomainMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** Whether a person qualifies for care on a day and, if not, every reason why (as message keys). */
public record CareEligibility(boolean eligible, List<Reason> reasons) implements Serializable {

    /** A reason a person does not qualify. */
    public record Reason(String key, String argument) implements Serializable {
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
