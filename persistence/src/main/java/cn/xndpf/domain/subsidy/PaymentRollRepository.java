package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.division.DivisionCode;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

public interface PaymentRollRepository {

    Optional<PaymentRoll> find(long rollId);

    Optional<PaymentRoll> find(YearMonth month, DivisionCode division);

    /** Rolls inside a jurisdiction, of one month or of every month (null), newest month first. */
    List<PaymentRoll> rolls(DivisionCode within, YearMonth month, int first, int max);

    long countRolls(DivisionCode within, YearMonth month);

    /** Rolls whose run was requested or is under way ({@link PaymentRollStatus#RUNNING}), of every division. */
    List<PaymentRoll> running();

    void store(PaymentRoll roll);

    Optional<PaymentLine> findLine(long lineId);

    /** The latest attempt of a case's month. */
    Optional<PaymentLine> latestLine(long caseId, YearMonth month);

    /**
     * Every line of each of {@code caseIds}, in every roll, as the payment schedule reads them (month,
     * attempt, status, amount), by case; a case without lines has no entry. One query for a chunk of cases.
     */
    java.util.Map<Long, List<PaymentSchedule.Existing>> existingLines(java.util.Collection<Long> caseIds);

    /**
     * Adds a roll's new lines (pending, first or next attempt of a month) in one JDBC batch, ids from the
     * platform's sequence as EclipseLink takes them; no entities, so nothing of them is held in memory or in
     * a cache. The caller has left out every line whose case, month and attempt exist.
     */
    void addLines(PaymentRoll roll, List<NewLine> lines);

    /** A page of a roll's lines (of one status, or of all when null): by status, then case, month and attempt. */
    List<PaymentLine> lines(PaymentRoll roll, PaymentLineStatus status, int first, int max);

    long countLines(PaymentRoll roll, PaymentLineStatus status);

    /**
     * Hands each of a roll's pending lines to {@code each}, by case, month and attempt (as {@link #lines}), reading them as
     * they are handed on rather than all at once, so a file of any size is written in constant memory.
     */
    void eachPendingLine(PaymentRoll roll, java.util.function.Consumer<PaymentFileLine> each);

    /** Locks a roll's row until the transaction ends, so a file and its totals see one state of its lines. */
    void lock(PaymentRoll roll);

    /** Count and sum of a roll's lines by subsidy and status. */
    List<LineTotal> totals(PaymentRoll roll);

    /**
     * The cases a roll looks at, in id order: active cases whose benefit has begun by the roll's month,
     * and terminated ones whose covered months are not all paid or pending, or that have a failed
     * payment not yet issued again.
     */
    List<Long> casesToRoll(DivisionCode division, YearMonth month);

    /** A line to add: the case it pays (whose holder, subsidy, level and bank account it copies) and what it pays. */
    record NewLine(CaseToPay payee, PaymentSchedule.Owed owed) {
    }

    /** One group of a roll's lines. */
    record LineTotal(SubsidyType type, PaymentLineStatus status, long lines, BigDecimal amount) {
    }
}
