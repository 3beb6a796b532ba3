package cn.xndpf.batch.subsidy;

import cn.xndpf.batch.BatchCaller;
import cn.xndpf.application.subsidy.PaymentRollRunner;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Iterator;

/**
 * Reads the ids of the cases a roll pays, in ascending order. The checkpoint is the last id read, not a
 * position: after a crash the list is asked for again (cases paid by then may have left it) and reading
 * resumes after that id.
 */
@Named("paymentCaseReader")
@Dependent
public class PaymentCaseReader extends AbstractItemReader {

    @EJB
    private PaymentRollRunner runner;

    /** Each call to the steps bean is made as the batch runtime (its only admitted caller). */
    @Inject
    private BatchCaller batch;

    @Inject
    private JobContext jobContext;

    private Iterator<Long> cases;
    private Long lastRead;

    @Override
    public void open(Serializable checkpoint) {
        lastRead = (Long) checkpoint;
        long after = lastRead == null ? Long.MIN_VALUE : lastRead;
        cases = batch.call(() -> runner.casesToRoll(PaymentRollJobListener.rollId(jobContext))).stream()
                .filter(id -> id > after).iterator();
    }

    @Override
    public Object readItem() {
        if (!cases.hasNext()) {
            return null;
        }
        lastRead = cases.next();
        return lastRead;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}
