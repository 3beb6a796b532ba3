package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.workflow.CaseState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a case is owed by a roll (应发月份), as a pure function of the case's dates, the lines it already
 * has and the rates: every month from the first month of the benefit up to the roll's month that has
 * neither a paid nor a pending line (so months approved late are paid back), never a month after the
 * benefit ended or after the month of death, nothing while the case is suspended, each month at the rate
 * in force for that month, and once more each month whose latest attempt failed.
 */
public final class PaymentSchedule {

    /** The dates of a case that decide which months it is owed. */
    public record CaseFacts(CaseState state, LocalDate benefitFrom, LocalDate benefitUntil, LocalDate deathDate) {
    }

    /** A line the case already has, in any roll. */
    public record Existing(YearMonth month, int attempt, PaymentLineStatus status, BigDecimal amount) {
    }

    /** A line to add: the month paid for, the attempt, the amount in yuan. */
    public record Owed(YearMonth month, int attempt, BigDecimal amount) implements java.io.Serializable {

        public boolean isReissue() {
            return attempt > 1;
        }
    }

    private PaymentSchedule() {
    }

    /** The last month a case's benefit covers as of a roll's month; empty when it covers none. */
    public static Optional<YearMonth> lastMonthCovered(CaseFacts c, YearMonth rollMonth) {
        if (c.benefitFrom() == null || (c.state() != CaseState.ACTIVE && c.state() != CaseState.TERMINATED)) {
            return Optional.empty();
        }
        YearMonth last = rollMonth;
        if (c.benefitUntil() != null && YearMonth.from(c.benefitUntil()).isBefore(last)) {
            last = YearMonth.from(c.benefitUntil());
        }
        if (c.deathDate() != null && YearMonth.from(c.deathDate()).isBefore(last)) {
            last = YearMonth.from(c.deathDate());
        }
        return YearMonth.from(c.benefitFrom()).isAfter(last) ? Optional.empty() : Optional.of(last);
    }

    /**
     * The lines a roll of {@code rollMonth} adds for one case.
     *
     * @param rate the monthly amount in force for a month at the case's level; empty means no rate is set
     *             up, which stops the roll rather than paying nothing
     */
    public static List<Owed> owed(CaseFacts c, YearMonth rollMonth, List<Existing> existing,
                                  Function<YearMonth, Optional<BigDecimal>> rate) {
        Optional<YearMonth> last = lastMonthCovered(c, rollMonth);
        if (last.isEmpty()) {
            return List.of();
        }
        Map<YearMonth, Existing> latest = new HashMap<>();
        for (Existing e : existing) {
            latest.merge(e.month(), e, (a, b) -> a.attempt() >= b.attempt() ? a : b);
        }
        List<Owed> owed = new ArrayList<>();
        for (YearMonth m = YearMonth.from(c.benefitFrom()); !m.isAfter(last.get()); m = m.plusMonths(1)) {
            Existing e = latest.get(m);
            if (e == null) {
                YearMonth month = m;
                BigDecimal amount = rate.apply(m).orElseThrow(
                        () -> new InvalidValueException("rate", "payment.noRate", month.toString()));
                owed.add(new Owed(m, 1, amount.setScale(2)));
            } else if (e.status() == PaymentLineStatus.FAILED) {
                owed.add(new Owed(m, e.attempt() + 1, e.amount().setScale(2)));
            }
        }
        owed.sort(Comparator.comparing(Owed::month));
        return List.copyOf(owed);
    }
}
