package cn.xndpf.batch.subsidy;

import cn.xndpf.batch.BatchCaller;
import cn.xndpf.application.subsidy.AnnualRecheck;
import cn.xndpf.application.subsidy.SubsidyRecheckService;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Logger;

/**
 * First step of a run: removes the open findings already stored for the check date in the division, so
 * a re-run replaces them (a case whose basis holds again, or that ended meanwhile, loses its stale
 * finding). Findings staff resolved are kept. On a restart this step has completed and is not repeated.
 */
@Named("clearOpenRecheckFindings")
@Dependent
public class ClearOpenFindingsBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ClearOpenFindingsBatchlet.class.getName());

    @EJB
    private AnnualRecheck recheck;

    /** Each call to the steps bean is made as the batch runtime (its only admitted caller). */
    @Inject
    private BatchCaller batch;

    @Inject
    @BatchProperty(name = SubsidyRecheckService.CHECK_DATE)
    private String checkDate;

    @Inject
    @BatchProperty(name = SubsidyRecheckService.DIVISION)
    private String division;

    @Override
    public String process() {
        int removed = batch.call(() -> recheck.clearOpenFindings(RecheckJobParameters.division(division),
                RecheckJobParameters.checkDate(checkDate)));
        LOG.info(() -> "两项补贴年度核查 " + checkDate + " " + division + ": " + removed
                + " open findings of an earlier run replaced");
        return "CLEARED";
    }
}
