package cn.xndpf.application.care;

import cn.xndpf.domain.care.CareKind;
import cn.xndpf.domain.care.CareSettlement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** A settlement as the screen shows it, ID numbers masked. */
public record CareSettlementView(long id, long institutionId, String institutionName, YearMonth month, int persons,
                                 int units, BigDecimal totalAmount, String settledBy, Instant settledAt,
                                 List<Line> lines) implements Serializable {

    /** One person's line. */
    public record Line(long personId, String personName, String maskedIdNumber, CareKind kind, int units,
                       BigDecimal monthlyRate, BigDecimal amount) implements Serializable {
    }

    static CareSettlementView of(CareSettlement s) {
        return new CareSettlementView(s.id(), s.institution().id(), s.institution().name(), s.month(), s.persons(),
                s.units(), s.totalAmount(), s.settledBy(), s.settledAt(), s.lines().stream()
                .map(l -> new Line(l.person().id(), l.person().name(), l.person().idNumber().masked(), l.kind(),
                        l.units(), l.monthlyRate(), l.amount())).toList());
    }
}
