package cn.xndpf.batch.subsidy;

import cn.xndpf.batch.BatchCaller;
import cn.xndpf.application.subsidy.PaymentRollRunner;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Works out the lines one case is owed by the roll (months still unpaid, failed payments again). */
@Named("paymentCaseProcessor")
@Dependent
public class PaymentCaseProcessor implements ItemProcessor {

    @EJB
    private PaymentRollRunner runner;

    /** Each call to the steps bean is made as the batch runtime (its only admitted caller). */
    @Inject
    private BatchCaller batch;

    @Inject
    private JobContext jobContext;

    @Override
    public Object processItem(Object item) {
        return batch.call(() -> runner.owed(PaymentRollJobListener.rollId(jobContext), (Long) item));
    }
}
