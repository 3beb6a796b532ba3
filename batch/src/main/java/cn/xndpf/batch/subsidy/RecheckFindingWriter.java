package cn.xndpf.batch.subsidy;

import cn.xndpf.batch.BatchCaller;
import cn.xndpf.application.subsidy.AnnualRecheck;
import cn.xndpf.application.subsidy.RecheckResult;
import cn.xndpf.application.subsidy.SubsidyRecheckService;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.logging.Logger;

/**
 * Stores a chunk's findings in the chunk's transaction: all of them or, after a crash, none; a case's
 * finding for the date is created or revised, never added twice.
 */
@Named("recheckFindingWriter")
@Dependent
public class RecheckFindingWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(RecheckFindingWriter.class.getName());

    @EJB
    private AnnualRecheck recheck;

    /** Each call to the steps bean is made as the batch runtime (its only admitted caller). */
    @Inject
    private BatchCaller batch;

    @Inject
    private JobContext jobContext;

    @Inject
    @BatchProperty(name = SubsidyRecheckService.CHECK_DATE)
    private String checkDate;

    @Override
    public void writeItems(List<Object> items) {
        List<RecheckResult> results = items.stream().map(RecheckResult.class::cast).toList();
        int open = batch.call(() -> recheck.record(RecheckJobParameters.checkDate(checkDate), jobContext.getExecutionId(), results));
        LOG.fine(() -> "两项补贴年度核查 " + checkDate + ": " + results.size() + " cases checked, " + open
                + " with a changed basis");
    }
}
