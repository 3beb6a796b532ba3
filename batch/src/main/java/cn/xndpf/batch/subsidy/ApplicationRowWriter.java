package cn.xndpf.batch.subsidy;

import cn.xndpf.application.subsidy.SubsidyImportService;
import cn.xndpf.application.subsidy.SubsidyImportSteps;
import cn.xndpf.batch.BatchCaller;
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

    @Override
    public void writeItems(List<Object> items) {
        long runId = ApplicationImportJobListener.runId(jobContext);
        List<SubsidyImportService.ParsedRow> rows = items.stream().map(SubsidyImportService.ParsedRow.class::cast)
                .toList();
        batch.run(() -> steps.take(runId, rows));
    }
}
