package cn.xndpf.batch.subsidy;

import cn.xndpf.batch.BatchCaller;
import cn.xndpf.application.subsidy.PaymentRollRunner;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The job's last step: marks the roll completed, with its totals recomputed from its lines. */
@Named("paymentRollCloser")
@Dependent
public class PaymentRollCloser extends AbstractBatchlet {

    @EJB
    private PaymentRollRunner runner;

    /** Each call to the steps bean is made as the batch runtime (its only admitted caller). */
    @Inject
    private BatchCaller batch;

    @Inject
    private JobContext jobContext;

    @Override
    public String process() {
        try {
            batch.run(() -> runner.complete(PaymentRollJobListener.rollId(jobContext)));
        } catch (RuntimeException e) {
            PaymentRollJobListener.failed(jobContext, e);
            throw e;
        }
        return BatchStatus.COMPLETED.name();
    }
}
