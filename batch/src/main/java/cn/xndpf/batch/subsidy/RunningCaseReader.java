package cn.xndpf.batch.subsidy;

import cn.xndpf.batch.BatchCaller;
import cn.xndpf.application.subsidy.AnnualRecheck;
import cn.xndpf.application.subsidy.SubsidyRecheckService;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Iterator;

/**
 * Reads the running (active and suspended) subsidy cases of the division in id order: their ids are
 * taken when the step opens, each case itself when it is processed. The checkpoint is the id of the last
 * case read, so a restart goes on after the last stored chunk even if cases were added or ended meanwhile.
 */
@Named("runningSubsidyCaseReader")
@Dependent
public class RunningCaseReader extends AbstractItemReader {

    @EJB
    private AnnualRecheck recheck;

    /** Each call to the steps bean is made as the batch runtime (its only admitted caller). */
    @Inject
    private BatchCaller batch;

    @Inject
    @BatchProperty(name = SubsidyRecheckService.DIVISION)
    private String division;

    private Iterator<Long> ids;
    private long lastId;
    private int index;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
        ids = batch.call(() -> recheck.casesToRecheck(RecheckJobParameters.division(division), lastId)).iterator();
    }

    @Override
    public Object readItem() {
        if (!ids.hasNext()) {
            return null;
        }
        lastId = ids.next();
        return new RecheckItem(index++, lastId);
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
