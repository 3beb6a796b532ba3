package cn.xndpf.batch.subsidy;

import cn.xndpf.application.subsidy.SubsidyImportSteps;
import cn.xndpf.batch.BatchCaller;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Marks the import run running before the steps (the first run or a restart) and, after the job, failed with
 * the reason a step reported if the closing step did not complete it. The run's id is handed to the steps'
 * artifacts as the job context's transient user data.
 */
@Named("applicationImportJobListener")
@Dependent
public class ApplicationImportJobListener extends AbstractJobListener {

    @EJB
    private SubsidyImportSteps steps;

    /** Each call to the steps bean is made as the batch runtime (its only admitted caller). */
    @Inject
    private BatchCaller batch;

    @Inject
    private JobContext jobContext;

    @Inject
    @BatchProperty(name = "runId")
    private String runId;

    @Override
    public void beforeJob() {
        long id = Long.parseLong(runId.trim());
        batch.run(() -> steps.begin(id, jobContext.getExecutionId()));
        jobContext.setTransientUserData(new Run(id));
    }

    @Override
    public void afterJob() {
        if (jobContext.getTransientUserData() instanceof Run run) {
            batch.run(() -> steps.failIfRunning(run.runId, run.failure));
        }
    }

    static long runId(JobContext context) {
        if (context.getTransientUserData() instanceof Run run) {
            return run.runId;
        }
        throw new IllegalStateException("The import run was not begun before the step");
    }

    /** Keeps what stopped the run, for {@link #afterJob()}: the job listener is not told why a job failed. */
    static void failed(JobContext context, Exception failure) {
        if (context.getTransientUserData() instanceof Run run && run.failure == null) {
            run.failure = failure;
        }
    }

    /** The run and, once a step failed, why; the job context's transient user data. */
    private static final class Run {
        private final long runId;
        private Exception failure;

        private Run(long runId) {
            this.runId = runId;
        }
    }
}
