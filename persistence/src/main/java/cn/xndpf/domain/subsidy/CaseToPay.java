package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.person.DisabilityLevel;

/**
 * A case as a payment roll reads it (应发案件): what {@link PaymentSchedule} needs to say which months it is
 * owed, and what each new line copies from it (the holder, the subsidy and level, the bank account the
 * line is sent to). Read as columns for a chunk of cases at a time, not as entities.
 */
public record CaseToPay(long caseId, long personId, SubsidyType type, DisabilityLevel level,
                        PaymentSchedule.CaseFacts facts, String bankName, String bankAccount) {
}
