package cn.xndpf.batch.subsidy;

import cn.xndpf.batch.BatchCaller;
import cn.xndpf.application.subsidy.AnnualRecheck;
import cn.xndpf.application.subsidy.SubsidyRecheckService;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Re-checks one case on the check date: the subsidy's rules plus the certificate's level against the case's. */
@Named("recheckCaseProcessor")
@Dependent
public class RecheckCaseProcessor implements ItemProcessor {

    @EJB
    private AnnualRecheck recheck;

    /** Each call to the steps bean is made as the batch runtime (its only admitted caller). */
    @Inject
    private BatchCaller batch;

    @Inject
    @BatchProperty(name = SubsidyRecheckService.CHECK_DATE)
    private String checkDate;

    /** Test-only fault injection, see {@link SubsidyRecheckService#FAIL_AFTER_ITEMS}. */
    @Inject
    @BatchProperty(name = SubsidyRecheckService.FAIL_AFTER_ITEMS)
    private String failAfterItems;

    @Override
    public Object processItem(Object item) {
        RecheckItem c = (RecheckItem) item;
        Integer failAfter = RecheckJobParameters.failAfterItems(failAfterItems);
        if (failAfter != null && c.index() >= failAfter) {
            throw new IllegalStateException("Fault injected by job parameter " + SubsidyRecheckService.FAIL_AFTER_ITEMS
                    + "=" + failAfter + " before case " + c.caseId());
        }
        return batch.call(() -> recheck.examine(c.caseId(), RecheckJobParameters.checkDate(checkDate)));
    }
}
