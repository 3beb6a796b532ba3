package cn.xndpf.application.demo;

import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.subsidy.PaymentLineStatus;
import cn.xndpf.domain.subsidy.PaymentSchedule;
import cn.xndpf.domain.subsidy.RateTable;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.CaseState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The payment history of the demo's subsidy cases (两项补贴发放历史): one roll per county and month from
 * {@link #FIRST_MONTH} to the month before the current one, as the roll job would have made them month by
 * month, with the bank's answer on every line. What a roll adds for a case is decided by the roll job's own
 * rule ({@link PaymentSchedule#owed}) on the case as it stood at the end of that month (approved or not yet,
 * suspended, ended), at the rate in force for each month paid; so the rolls pay each case from its benefit's
 * first month without a gap, and the first roll a user starts (the current month) owes only that month,
 * except to cases approved since with months still to be paid back, as it would on a live platform.
 * <p>
 * A few lines of cases still running come back FAILED from the bank (a closed account, a name that does
 * not match); the next month's roll adds that month again as the next attempt, which the bank pays. The
 * last month of history has no failure, so nothing is left for the user's first roll to re-issue.
 * <p>
 * A pure plan (no database): the writer stores it. It remembers the lines it planned, so call
 * {@link #roll(YearMonth, List)} month after month, in order.
 */
public final class DemoPaymentHistory {

    /** The history starts with the five-year period 2021-2025. */
    public static final YearMonth FIRST_MONTH = YearMonth.of(2021, 1);

    /** About one line in 400 fails at the bank. */
    private static final double FAILURE_RATE = 0.0025;
    private static final String[] FAILURE_REASONS = {"账户已销户", "户名与账号不符", "账户已冻结", "账号不存在"};

    /**
     * A subsidy case and the days its timeline says it was approved (benefit started), suspended and ended.
     * The county is the roll's division; the benefit's last day and the death date come from the records.
     */
    public record CaseFacts(long caseId, long personId, String county, SubsidyType type, DisabilityLevel level,
                            LocalDate benefitFrom, LocalDate activatedOn, LocalDate suspendedOn,
                            LocalDate terminatedOn, LocalDate benefitUntil, LocalDate deathDate, String bankName,
                            String bankAccount, CaseState state) {

        /** The case as the roll of {@code month} (made at its end) saw it; null when not yet approved. */
        PaymentSchedule.CaseFacts asAt(YearMonth month) {
            LocalDate end = month.atEndOfMonth();
            if (activatedOn == null || activatedOn.isAfter(end)) {
                return null;
            }
            if (terminatedOn != null && !terminatedOn.isAfter(end)) {
                return new PaymentSchedule.CaseFacts(CaseState.TERMINATED, benefitFrom, benefitUntil, deathDate);
            }
            if (suspendedOn != null && !suspendedOn.isAfter(end)) {
                return new PaymentSchedule.CaseFacts(CaseState.SUSPENDED, benefitFrom, null, deathDate);
            }
            return new PaymentSchedule.CaseFacts(CaseState.ACTIVE, benefitFrom, null, deathDate);
        }
    }

    /** One payment line as the bank answered it: paid, or failed for a reason. */
    public record Line(CaseFacts subsidyCase, YearMonth paidMonth, int attempt, BigDecimal amount,
                       PaymentLineStatus status, String failureReason) {
    }

    /** One county's roll of one month. */
    public record Roll(YearMonth month, String county, List<Line> lines) {

        public BigDecimal total() {
            return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        }
    }

    private final Random random;
    private final YearMonth lastMonth;
    private final Map<SubsidyType, RateTable> rates;
    private final Map<Long, List<PaymentSchedule.Existing>> existing = new HashMap<>();

    /**
     * @param today the platform's day: history ends with the month before it
     * @param rates the stored rate table of each subsidy
     */
    public DemoPaymentHistory(long seed, LocalDate today, Map<SubsidyType, RateTable> rates) {
        this.random = new Random(seed);
        this.lastMonth = YearMonth.from(today).minusMonths(1);
        this.rates = rates;
    }

    /** The months with a roll: {@link #FIRST_MONTH} to the month before today's. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = FIRST_MONTH; !m.isAfter(lastMonth); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The rolls of one month, one per county with something to pay, counties in code order. */
    public List<Roll> roll(YearMonth month, List<CaseFacts> cases) {
        Map<String, List<Line>> byCounty = new TreeMap<>();
        for (CaseFacts c : cases) {
            PaymentSchedule.CaseFacts facts = c.asAt(month);
            if (facts == null) {
                continue;
            }
            List<PaymentSchedule.Existing> had = existing.computeIfAbsent(c.caseId(), k -> new ArrayList<>());
            RateTable table = rates.get(c.type());
            for (PaymentSchedule.Owed o : PaymentSchedule.owed(facts, month, had,
                    m -> table.monthlyAmount(c.type(), c.level(), m.atDay(1)))) {
                boolean fails = o.attempt() == 1 && c.state() == CaseState.ACTIVE && month.isBefore(lastMonth)
                        && random.nextDouble() < FAILURE_RATE;
                Line line = new Line(c, o.month(), o.attempt(), o.amount(),
                        fails ? PaymentLineStatus.FAILED : PaymentLineStatus.PAID,
                        fails ? FAILURE_REASONS[random.nextInt(FAILURE_REASONS.length)] : null);
                had.add(new PaymentSchedule.Existing(o.month(), o.attempt(), line.status(), o.amount()));
                byCounty.computeIfAbsent(c.county(), k -> new ArrayList<>()).add(line);
            }
        }
        List<Roll> rolls = new ArrayList<>();
        byCounty.forEach((county, lines) -> rolls.add(new Roll(month, county, List.copyOf(lines))));
        return rolls;
    }
}
