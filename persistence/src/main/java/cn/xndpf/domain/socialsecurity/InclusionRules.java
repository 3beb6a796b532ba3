package cn.xndpf.domain.socialsecurity;

import cn.xndpf.domain.person.AssistanceStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Inclusion of disabled people in 低保 and 特困 (应保尽保): who is eligible and who is included, over the
 * household statuses of a day. The criteria are dated settings (V54), read on the day asked about; the rule
 * chosen (to be confirmed): a valid certificate of a level the settings name, in a household holding one of the
 * "poor" statuses, is eligible; an eligible person whose household holds one of the "included" statuses is
 * included. Pure: the caller reads the facts (living people with a valid certificate only).
 */
public final class InclusionRules {

    public static final String LEVELS = "socialsecurity.inclusion.levels";
    public static final String POOR_STATUSES = "socialsecurity.inclusion.poorStatuses";
    public static final String INCLUDED_STATUSES = "socialsecurity.inclusion.includedStatuses";

    private InclusionRules() {
    }

    /** The criteria in force on a day; empty sets (no setting in force) make nobody eligible. */
    public record Criteria(Set<Integer> levels, Set<AssistanceStatus> poor, Set<AssistanceStatus> included) {

        /** From the settings' texts ("1,2"; "DIBAO,TEKUN"); null texts read as empty. */
        public static Criteria of(String levels, String poor, String included) {
            return new Criteria(levelCodes(levels), statusNames(poor), statusNames(included));
        }
    }

    /** Eligible: a level the criteria name and a household holding a "poor" status on the day. */
    public static boolean eligible(Criteria c, int level, Collection<AssistanceStatus> statusesOnDay) {
        return c.levels().contains(level) && statusesOnDay.stream().anyMatch(c.poor()::contains);
    }

    /** Included: eligible, and the household holds an "included" status (低保, 特困) on the day. */
    public static boolean included(Criteria c, int level, Collection<AssistanceStatus> statusesOnDay) {
        return eligible(c, level, statusesOnDay) && statusesOnDay.stream().anyMatch(c.included()::contains);
    }

    /** The inclusion rate in percent (two decimals, half up) of {@code included} among {@code eligible}; null when nobody is eligible. */
    public static BigDecimal rate(long included, long eligible) {
        if (eligible == 0) {
            return null;
        }
        return BigDecimal.valueOf(included * 100L).divide(BigDecimal.valueOf(eligible), 2, RoundingMode.HALF_UP);
    }

    private static Set<Integer> levelCodes(String setting) {
        return Arrays.stream(setting == null ? new String[0] : setting.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).collect(Collectors.toSet());
    }

    private static Set<AssistanceStatus> statusNames(String setting) {
        Set<AssistanceStatus> out = EnumSet.noneOf(AssistanceStatus.class);
        Arrays.stream(setting == null ? new String[0] : setting.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(AssistanceStatus::valueOf).forEach(out::add);
        return out;
    }
}
