package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.shared.DomainMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Why a running case's basis changed (核查发现的原因), as a message key with its arguments, so a finding can
 * be shown in Chinese or English and matched by key.
 */
public record RecheckReason(String key, List<String> args) implements Serializable {

    /** Key of a level change: the case is paid at one level, the valid certificate says another. */
    public static final String LEVEL_CHANGED = "recheck.levelChanged";

    public RecheckReason {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static RecheckReason of(EligibilityResult.Reason r) {
        return new RecheckReason(r.key(), r.argument() == null ? List.of() : List.of(r.argument()));
    }

    public static RecheckReason levelChanged(SubsidyCase c, Certificate certificate) {
        return new RecheckReason(LEVEL_CHANGED, List.of(c.benefitLevel().chineseName(),
                certificate.level().chineseName()));
    }

    public String message(Locale locale) {
        return DomainMessages.format(key, locale, args.toArray());
    }

    /** One line per reason, the key then its arguments separated by tabs (none of them holds either). */
    static String encode(List<RecheckReason> reasons) {
        StringBuilder b = new StringBuilder();
        for (RecheckReason r : reasons) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(r.key());
            for (String a : r.args()) {
                b.append('\t').append(a.replace('\t', ' ').replace('\n', ' '));
            }
        }
        return b.toString();
    }

    static List<RecheckReason> decode(String text) {
        List<RecheckReason> reasons = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return reasons;
        }
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", -1);
            reasons.add(new RecheckReason(parts[0], Arrays.asList(parts).subList(1, parts.length)));
        }
        return reasons;
    }
}
