package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.InForce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the monthly amount in force for a month: the newest rate dated on or before the month's first
 * day; of two rates of the same date, the level's own before the all-levels one.
 */
public final class RateTable {

    private final List<SubsidyRate> rates;

    public RateTable(List<SubsidyRate> rates) {
        this.rates = List.copyOf(rates);
    }

    public Optional<BigDecimal> monthlyAmount(SubsidyType type, DisabilityLevel level, LocalDate month) {
        List<SubsidyRate> applicable = rates.stream().filter(r -> r.type() == type)
                .filter(r -> r.level() == null || r.level() == level).toList();
        return InForce.on(applicable, SubsidyRate::validFrom, month.withDayOfMonth(1),
                        Comparator.comparing((SubsidyRate r) -> r.level() == null ? 1 : 0))
                .map(SubsidyRate::monthlyAmount);
    }
}
