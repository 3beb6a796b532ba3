package cn.xndpf.batch.subsidy;

import cn.xndpf.batch.BatchCaller;
import cn.xndpf.application.subsidy.PaymentRollRunner;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Stores the lines the chunk's cases are owed in the chunk's transaction; lines that already exist are
 * skipped by the runner, so the chunk a crash interrupted can simply be done again.
 */
@Named("paymentLineWriter")
@Dependent
public class PaymentLineWriter extends AbstractItemWriter {

    @EJB
    private PaymentRollRunner runner;

    /** Each call to the steps bean is made as the batch runtime (its only admitted caller). */
    @Inject
    private BatchCaller batch;

    @Inject
    private JobContext jobContext;

    /**
     * TESTS ONLY: fail right after the n-th case of this execution was written (flushed, not committed),
     * in the middle of its chunk, to prove that a restart neither loses nor duplicates a line.
     */
    @Inject
    @BatchProperty(name = "failAfterItems")
    private String failAfterItems;

    /**
     * TESTS ONLY: wait this many milliseconds after each case was written, so that a test can kill the
     * server while the run is under way (the crash test). Dropped on restart like failAfterItems.
     */
    @Inject
    @BatchProperty(name = "itemDelayMillis")
    private String itemDelayMillis;

    private int written;

    /**
     * The chunk's case ids (the reader's items, no processor between), stored together. With a test's
     * fault or delay set they are stored one case at a time through the same call, so the fault can fall
     * after any case inside the chunk.
     */
    @Override
    public void writeItems(List<Object> items) {
        long rollId = PaymentRollJobListener.rollId(jobContext);
        Integer failAfter = failAfterItems == null || failAfterItems.isBlank() ? null
                : Integer.valueOf(failAfterItems.trim());
        long delay = itemDelayMillis == null || itemDelayMillis.isBlank() ? 0 : Long.parseLong(itemDelayMillis.trim());
        List<Long> caseIds = items.stream().map(Long.class::cast).toList();
        if (failAfter == null && delay == 0) {
            batch.run(() -> runner.storeCases(rollId, caseIds));
            written += caseIds.size();
            return;
        }
        for (Long caseId : caseIds) {
            batch.run(() -> runner.storeCases(rollId, List.of(caseId)));
            written++;
            if (delay > 0) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while slowed down for a test", e);
                }
            }
            if (failAfter != null && written == failAfter) {
                throw new IllegalStateException("Fault injected by job parameter failAfterItems=" + failAfter
                        + " after case " + caseId);
            }
        }
    }
}
