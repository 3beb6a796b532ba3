package cn.xndpf.batch.subsidy;

import cn.xndpf.batch.BatchCaller;
import cn.xndpf.application.subsidy.PaymentRollRunner;
import cn.xndpf.domain.subsidy.PaymentRollKey;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Logger;

/**
 * Opens the roll before the steps run (found or created, marked running) and, after the job, marks it
 * failed, with the reason a step reported, if the closing step did not complete it. The roll's id is handed
 * to the steps' artifacts as the job context's transient user data.
 */
@Named("paymentRollJobListener")
@Dependent
public class PaymentRollJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(PaymentRollJobListener.class.getName());

    @EJB
    private PaymentRollRunner runner;

    /** Each call to the steps bean is made as the batch runtime (its only admitted caller). */
    @Inject
    private BatchCaller batch;

    @Inject
    private JobContext jobContext;

    @Inject
    @BatchProperty(name = "month")
    private String month;

    @Inject
    @BatchProperty(name = "division")
    private String division;

    @Inject
    @BatchProperty(name = "requestedBy")
    private String requestedBy;

    @Override
    public void beforeJob() {
        PaymentRollKey key = PaymentRollKey.of(month, division);
        long rollId = batch.call(() -> runner.begin(key, requestedBy, jobContext.getInstanceId(),
                jobContext.getExecutionId()));
        jobContext.setTransientUserData(new Run(rollId));
        LOG.info(() -> "Payment roll " + key + " (roll " + rollId + ") run by " + requestedBy + ", execution "
                + jobContext.getExecutionId());
    }

    @Override
    public void afterJob() {
        if (jobContext.getTransientUserData() instanceof Run run) {
            batch.run(() -> runner.failIfRunning(run.rollId, run.failure));
        }
    }

    static long rollId(JobContext context) {
        if (context.getTransientUserData() instanceof Run run) {
            return run.rollId;
        }
        throw new IllegalStateException("The payment roll was not opened before the step");
    }

    /**
     * Keeps what stopped the run (a chunk's or the closing step's exception), for {@link #afterJob()} to
     * store as the roll's failure reason: the job listener is not told why a job failed.
     */
    static void failed(JobContext context, Exception failure) {
        if (context.getTransientUserData() instanceof Run run && run.failure == null) {
            run.failure = failure;
        }
    }

    /** The run's roll and, once a step failed, why; the job context's transient user data. */
    private static final class Run {
        private final long rollId;
        private Exception failure;

        private Run(long rollId) {
            this.rollId = rollId;
        }
    }
}
