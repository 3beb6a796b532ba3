package cn.xndpf.application.subsidy;

import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.subsidy.SubsidyType;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What a subsidy case adds to the shared case view (补贴信息): the subsidy, the level its rate is taken at,
 * where it is paid (account masked) and the monthly amount in force this month (null if no rate is set).
 */
public record SubsidyCaseDetails(SubsidyType type, DisabilityLevel benefitLevel, String bankName,
                                 String maskedBankAccount, BigDecimal monthlyAmount) implements Serializable {
}
