package cn.xndpf.batch.subsidy;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Hands the exception that failed a chunk of lines to the job listener, which stores the roll's failure reason. */
@Named("paymentRollChunkListener")
@Dependent
public class PaymentRollChunkListener extends AbstractChunkListener {

    @Inject
    private JobContext jobContext;

    @Override
    public void onError(Exception failure) {
        PaymentRollJobListener.failed(jobContext, failure);
    }
}
