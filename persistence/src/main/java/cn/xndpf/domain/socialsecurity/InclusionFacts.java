package cn.xndpf.domain.socialsecurity;

import cn.xndpf.domain.person.AssistanceStatus;

import java.util.Set;

/**
 * What {@link InclusionRules} look at for one registered person on a day: the level of the current certificate
 * (valid on the day) and the statuses the household holds on that day.
 */
public record InclusionFacts(long personId, String idNumber, String name, String divisionCode, int level,
                             Set<AssistanceStatus> statuses) {
}
