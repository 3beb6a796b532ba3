package cn.xndpf.batch.employment;

import cn.xndpf.application.employment.SecurityFundService;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Passes the employer id on; fails before the (n+1)th employer of the execution when the test-only
 * {@code failAfterItems} is set (the restart test), which the platform never sets.
 */
@Named("securityFundEmployerProcessor")
@Dependent
public class FaultInjectingProcessor implements ItemProcessor {

    @Inject
    @BatchProperty(name = SecurityFundService.FAIL_AFTER_ITEMS)
    private String failAfterItems;

    @Override
    public Object processItem(Object item) {
        long[] indexAndId = (long[]) item;
        if (failAfterItems != null && !failAfterItems.isBlank()
                && indexAndId[0] >= Integer.parseInt(failAfterItems.trim())) {
            throw new IllegalStateException("Fault injected by job parameter " + SecurityFundService.FAIL_AFTER_ITEMS
                    + "=" + failAfterItems + " before employer " + indexAndId[1]);
        }
        return indexAndId[1];
    }
}
