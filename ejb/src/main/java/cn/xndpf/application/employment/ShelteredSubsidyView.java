package cn.xndpf.application.employment;

import cn.xndpf.domain.employment.ShelteredSubsidy;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/** A sheltered-employment institution's subsidy of a month, as screens show it. */
public record ShelteredSubsidyView(long id, long institutionId, YearMonth month, BigDecimal rate, int workerCount,
                                   BigDecimal amount, String paidBy) implements Serializable {

    static ShelteredSubsidyView of(ShelteredSubsidy s) {
        return new ShelteredSubsidyView(s.id(), s.institution().id(), s.month(), s.rate(), s.workerCount(), s.amount(),
                s.paidBy());
    }
}
