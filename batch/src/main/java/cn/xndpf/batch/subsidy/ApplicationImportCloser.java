package cn.xndpf.batch.subsidy;

import cn.xndpf.application.subsidy.SubsidyImportSteps;
import cn.xndpf.batch.BatchCaller;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The job's last step: every row has its outcome, the run is completed. */
@Named("applicationImportCloser")
@Dependent
public class ApplicationImportCloser extends AbstractBatchlet {

    @EJB
    private SubsidyImportSteps steps;

    /** Each call to the steps bean is made as the batch runtime (its only admitted caller). */
    @Inject
    private BatchCaller batch;

    @Inject
    private JobContext jobContext;

    @Override
    public String process() {
        try {
            batch.run(() -> steps.complete(ApplicationImportJobListener.runId(jobContext)));
        } catch (RuntimeException e) {
            ApplicationImportJobListener.failed(jobContext, e);
            throw e;
        }
        return BatchStatus.COMPLETED.name();
    }
}
