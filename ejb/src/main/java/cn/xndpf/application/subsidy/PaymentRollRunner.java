package cn.xndpf.application.subsidy;

import cn.xndpf.application.shared.Incidents;
import cn.xndpf.application.shared.ServerInstances;
import cn.xndpf.domain.shared.DomainMessages;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.subsidy.CaseToPay;
import cn.xndpf.domain.subsidy.PaymentRoll;
import cn.xndpf.domain.subsidy.PaymentRollKey;
import cn.xndpf.domain.subsidy.PaymentRollRepository;
import cn.xndpf.domain.subsidy.PaymentSchedule;
import cn.xndpf.domain.subsidy.RateTable;
import cn.xndpf.domain.subsidy.SubsidyRepository;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The steps of the payment-roll batch job ({@code subsidy-payment-roll}) as business operations: open
 * the roll, list its cases, store the lines a chunk of cases is owed, close the roll. Each runs in
 * the transaction of the job step that calls it, so a chunk's lines and its progress count commit or
 * roll back together.
 * <p>
 * Only the batch runtime's own identity ({@link Roles#BATCH}, which the job's artifacts take on through
 * the batch module's {@code @RunAs} bean) may call it: a staff or partner caller is refused by the
 * container. Who asked for the run was checked by {@link PaymentRollService} before the job was started.
 * (To be named {@code PaymentRollSteps} by the conventions, once no parallel change is pending.)
 */
@Stateless
@DeclareRoles(Roles.BATCH)
@RolesAllowed(Roles.BATCH)
public class PaymentRollRunner {

    private static final Logger LOG = Logger.getLogger(PaymentRollRunner.class.getName());

    @Inject
    private PaymentRollRepository rolls;

    @Inject
    private SubsidyRepository subsidies;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    /**
     * Finds or creates the roll of a month and division and marks a run of it begun; returns its id.
     * A restart of the same job instance keeps the progress the failed run had committed.
     */
    public long begin(PaymentRollKey key, String actor, long jobInstanceId, long jobExecutionId) {
        Instant now = Instant.now();
        PaymentRoll roll = rolls.find(key.month(), key.division()).orElseGet(() -> {
            PaymentRoll r = new PaymentRoll(key.month(), key.division(), actor, now, ServerInstances.thisServer());
            rolls.store(r);
            return r;
        });
        roll.runStarted(jobInstanceId, jobExecutionId, actor, rolls.casesToRoll(key.division(), key.month()).size(), now,
                ServerInstances.thisServer());
        em.flush();
        return roll.id();
    }

    /** The ids of the cases the roll looks at, in ascending order (the reader's checkpoint is the last id read). */
    public List<Long> casesToRoll(long rollId) {
        PaymentRoll roll = roll(rollId);
        return rolls.casesToRoll(roll.division(), roll.month());
    }

    /**
     * Adds to the roll the lines a group of cases is owed (months still unpaid at each month's rate, failed
     * payments again, by {@link PaymentSchedule#owed}) and counts the cases as done: one query for the
     * cases' columns the schedule and the lines need, one for their lines in every roll, the rates once per
     * subsidy, and the new lines written in one JDBC batch at the end, no entities, so a chunk costs a few
     * statements plus its inserts rather than several queries per case. A line whose case, month and attempt
     * already exist is left alone (a re-run, or a restart after a crash), so the unique constraint is never
     * what keeps a line single.
     *
     * @param caseIds ids from {@link #casesToRoll}
     * @return the number of lines added
     */
    public int storeCases(long rollId, List<Long> caseIds) {
        PaymentRoll roll = roll(rollId);
        Map<Long, CaseToPay> byId = new HashMap<>();
        for (CaseToPay c : subsidies.toPay(caseIds)) {
            byId.put(c.caseId(), c);
        }
        Map<Long, List<PaymentSchedule.Existing>> existing = rolls.existingLines(caseIds);
        Map<SubsidyType, RateTable> rates = new EnumMap<>(SubsidyType.class);
        List<PaymentRollRepository.NewLine> added = new ArrayList<>();
        for (Long id : caseIds) {
            CaseToPay c = byId.get(id);
            if (c == null) {
                throw new NotFoundException("case", "case.notFound");
            }
            List<PaymentSchedule.Existing> had = existing.getOrDefault(id, List.of());
            RateTable table = rates.computeIfAbsent(c.type(), t -> new RateTable(subsidies.rates(t)));
            Set<String> present = new HashSet<>();
            had.forEach(e -> present.add(e.month() + "#" + e.attempt()));
            for (PaymentSchedule.Owed o : PaymentSchedule.owed(c.facts(), roll.month(), had,
                    m -> table.monthlyAmount(c.type(), c.level(), m.atDay(1)))) {
                if (present.add(o.month() + "#" + o.attempt())) {
                    added.add(new PaymentRollRepository.NewLine(c, o));
                }
            }
        }
        rolls.addLines(roll, added);
        roll.casesProcessed(caseIds.size());
        em.flush();
        return added.size();
    }

    /** The last step of a run: every case was processed; the totals are recomputed from the roll's lines. */
    public void complete(long rollId) {
        PaymentRoll roll = roll(rollId);
        long before = roll.lineCount();
        refreshTotals(rolls, roll);
        roll.runCompleted(Instant.now());
        linesAudited(roll, before, "发放名册生成完成 ");
        LOG.info(() -> String.format("Payment roll %s %s completed: %d lines, %s yuan", roll.month(),
                roll.division().value(), roll.lineCount(), roll.totalAmount()));
    }

    /**
     * After a run, whatever happened: a roll still marked running did not reach its last step, so the run
     * failed (its committed chunks stay, and a restart continues after them). The reason staff read on the
     * roll: a rule the data broke, in its own words; any other failure as an incident number, with the
     * details in the server log under that number (never an exception or SQL on the screen).
     *
     * @param failure what stopped the run, null when the job did not say
     */
    public void failIfRunning(long rollId, Exception failure) {
        PaymentRoll roll = roll(rollId);
        if (roll.status() == cn.xndpf.domain.subsidy.PaymentRollStatus.RUNNING) {
            long before = roll.lineCount();
            refreshTotals(rolls, roll);
            InvalidValueException rule = rule(failure);
            if (rule != null) {
                roll.runFailed(rule.message(Locale.SIMPLIFIED_CHINESE), rule.message(Locale.ENGLISH), Instant.now());
            } else if (failure != null) {
                failed(roll, "payment.failed.error", Incidents.record("payment roll " + roll.month() + " "
                        + roll.division().value(), failure));
            } else {
                failed(roll, "payment.failed.unknown");
            }
            linesAudited(roll, before, "发放名册生成中断 ");
            LOG.warning(() -> String.format("Payment roll %s %s failed after %d of %d cases: %s", roll.month(),
                    roll.division().value(), roll.casesDone(), roll.casesTotal(), roll.failureReasonEn()));
        }
    }

    /**
     * The payment lines a run wrote, audited as one summary entry per run of a roll (not one per line): the
     * roll, the lines it added (its line count now less the count the previous run left), its totals, the
     * job execution and who asked for the run.
     */
    private void linesAudited(PaymentRoll roll, long linesBefore, String summary) {
        java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("month", roll.month().toString());
        after.put("division", roll.division().value());
        after.put("linesAdded", roll.lineCount() - linesBefore);
        after.put("lineCount", roll.lineCount());
        after.put("totalAmount", roll.totalAmount().toPlainString());
        after.put("status", roll.status().name());
        after.put("jobExecution", roll.jobExecutionId());
        after.put("requestedBy", roll.runBy());
        audit.record(Roles.BATCH_PRINCIPAL, AuditAction.UPDATE, "PaymentRoll", roll.id(), roll.division().value(),
                summary + roll.month() + " " + roll.division().value() + "：写入发放明细 " + (roll.lineCount() - linesBefore)
                        + " 条，名册共 " + roll.lineCount() + " 条", null, after);
    }

    /** Marks a roll failed for a reason from the platform's messages, in both languages. */
    static void failed(PaymentRoll roll, String reasonKey, Object... args) {
        roll.runFailed(DomainMessages.format(reasonKey, Locale.SIMPLIFIED_CHINESE, args),
                DomainMessages.format(reasonKey, Locale.ENGLISH, args), Instant.now());
    }

    private static InvalidValueException rule(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidValueException e) {
                return e;
            }
        }
        return null;
    }

    static void refreshTotals(PaymentRollRepository rolls, PaymentRoll roll) {
        long lines = 0;
        BigDecimal amount = BigDecimal.ZERO;
        for (PaymentRollRepository.LineTotal t : rolls.totals(roll)) {
            lines += t.lines();
            amount = amount.add(t.amount());
        }
        roll.totals(lines, amount);
    }

    private PaymentRoll roll(long rollId) {
        return rolls.find(rollId).orElseThrow(() -> new NotFoundException("roll", "payment.rollNotFound"));
    }

}
