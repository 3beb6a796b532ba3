package cn.xndpf.batch.subsidy;

import cn.xndpf.application.subsidy.SubsidyImportService;
import cn.xndpf.application.subsidy.SubsidyImportSteps;
import cn.xndpf.batch.BatchCaller;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Takes the chunk's rows together in the chunk's transaction: their cases and their outcomes. (No test-only fault
 * parameter: the restart test breaks a chunk with a real database failure, which this very write meets.)
 */
@Named("applicationRowWriter")
@Dependent
public class ApplicationRowWriter extends AbstractItemWriter {

    @EJB
    private SubsidyImportSteps steps;

    /** Each call to the steps bean is made as the batch runtime (its only admitted caller). */
    @Inject
    private BatchCaller batch;

    @Inject
    private JobContext jobContext;

    /**
     * TESTS ONLY: wait this many milliseconds after each row (the crash test kills the server meanwhile); from
     * the system property the job XML reads, as the crash test uploads through the service.
     */
    @Inject
    @BatchProperty(name = "itemDelayMillis")
    private String itemDelayMillis;

    /**
     * The chunk's rows, taken together. With a test's delay set they are taken one row at a time through the
     * same call, so that the kill can fall after any row inside the chunk.
     */
    @Override
    public void writeItems(List<Object> items) {
        long runId = ApplicationImportJobListener.runId(jobContext);
        List<SubsidyImportService.ParsedRow> rows = items.stream().map(SubsidyImportService.ParsedRow.class::cast)
                .toList();
        long delay = itemDelayMillis == null || itemDelayMillis.isBlank() ? 0 : Long.parseLong(itemDelayMillis.trim());
        if (delay == 0) {
            batch.run(() -> steps.take(runId, rows));
            return;
        }
        for (SubsidyImportService.ParsedRow row : rows) {
            batch.run(() -> steps.take(runId, List.of(row)));
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while slowed down for a test", e);
            }
        }
    }
}
