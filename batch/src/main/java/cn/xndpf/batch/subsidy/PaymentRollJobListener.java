package cn.xndpf.batch.subsidy;

import cn.xndpf.application.subsidy.PaymentRollRunner;
import cn.xndpf.domain.subsidy.PaymentRollKey;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Logger;

/**
 * Opens the roll before the step runs (found or created, marked running) and closes it afterwards with
 * totals recomputed from its lines, completed or failed. The roll's id is handed to the step's artifacts
 * as the job context's transient user data.
 */
@Named("paymentRollJobListener")
@Dependent
public class PaymentRollJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(PaymentRollJobListener.class.getName());

    @EJB
    private PaymentRollRunner runner;

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
        long instanceId = BatchRuntime.getJobOperator().getJobInstance(jobContext.getExecutionId()).getInstanceId();
        long rollId = runner.begin(key, requestedBy, instanceId, jobContext.getExecutionId());
        jobContext.setTransientUserData(rollId);
        LOG.info(() -> "Payment roll " + key + " (roll " + rollId + ") run by " + requestedBy + ", execution "
                + jobContext.getExecutionId());
    }

    @Override
    public void afterJob() {
        if (!(jobContext.getTransientUserData() instanceof Long rollId)) {
            return;
        }
        BatchStatus status = jobContext.getBatchStatus();
        boolean ended = status == BatchStatus.FAILED || status == BatchStatus.STOPPING
                || status == BatchStatus.STOPPED;
        runner.end(rollId, !ended && !failed());
    }

    /** The step's failure shows on the job only after the listeners ran; read the step's own status. */
    private boolean failed() {
        try {
            return BatchRuntime.getJobOperator().getStepExecutions(jobContext.getExecutionId()).stream()
                    .anyMatch(s -> s.getBatchStatus() == BatchStatus.FAILED || s.getBatchStatus() == BatchStatus.STOPPED);
        } catch (BatchRuntimeException e) {
            return true;
        }
    }

    static long rollId(JobContext context) {
        if (context.getTransientUserData() instanceof Long id) {
            return id;
        }
        throw new IllegalStateException("The payment roll was not opened before the step");
    }
}
