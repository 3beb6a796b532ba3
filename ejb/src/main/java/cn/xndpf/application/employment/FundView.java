package cn.xndpf.application.employment;

import cn.xndpf.domain.employment.FundRules;
import cn.xndpf.domain.employment.SecurityFund;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** An employer's fund of a year with every line of its computation, what was collected and what is outstanding. */
public record FundView(long id, long employerId, String employerName, String creditCode, String divisionCode, int year,
                       BigDecimal due, boolean exempt, BigDecimal collected, BigDecimal outstanding,
                       List<FundRules.Line> lines) implements Serializable {

    static FundView of(SecurityFund f) {
        return new FundView(f.id(), f.employer().id(), f.employer().name(), f.employer().creditCode().value(),
                f.division().value(), f.year(), f.due(), f.isExempt(), f.collected(), f.outstanding(), f.lines());
    }
}
