package cn.xndpf.application.subsidy;

import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.CaseState;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One subsidy case as a partner may see it (两项补贴享受情况): which subsidy, its state and the months it
 * covers, nothing about the person.
 */
public record SubsidyCaseStatus(String caseNumber, SubsidyType subsidy, CaseState state, LocalDate benefitFrom,
                                LocalDate benefitUntil) implements Serializable {
}
