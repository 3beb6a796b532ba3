package cn.xndpf.application.socialsecurity;

import cn.xndpf.domain.person.AssistanceStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One person's social security (社会保障) as the person's page shows it: the pension contribution lines of each
 * year, the latest first, with the government's share and the partner's answer; and the statuses of the household
 * on {@code day} that count as 低保 or 特困 (the inclusion rule's "included" statuses in force that day), empty
 * when it holds none.
 */
public record PersonSocialSecurityView(LocalDate day, List<PensionLineView> pensionLines,
                                       Set<AssistanceStatus> includedStatuses) implements Serializable {

    /** Whether the household is in 低保 or 特困 on the day. */
    public boolean included() {
        return !includedStatuses.isEmpty();
    }
}
