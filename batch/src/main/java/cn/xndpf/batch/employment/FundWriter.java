package cn.xndpf.batch.employment;

import cn.xndpf.application.employment.SecurityFundService;
import cn.xndpf.application.employment.SecurityFundSteps;
import cn.xndpf.batch.BatchCaller;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.logging.Logger;

/** Computes a chunk's employers' funds in the chunk's transaction: all of them or, after a failure, none. */
@Named("securityFundWriter")
@Dependent
public class FundWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(FundWriter.class.getName());

    @EJB
    private SecurityFundSteps steps;

    @Inject
    private BatchCaller batch;

    @Inject
    private JobContext jobContext;

    @Inject
    @BatchProperty(name = SecurityFundService.YEAR)
    private String year;

    @Inject
    @BatchProperty(name = "requestedBy")
    private String requestedBy;

    @Override
    public void writeItems(List<Object> items) {
        if (year == null || !year.trim().matches("\\d{4}")) {
            throw new IllegalArgumentException("Job parameter " + SecurityFundService.YEAR + " must be yyyy, was '"
                    + year + "'");
        }
        List<Long> ids = items.stream().map(Long.class::cast).toList();
        int computed = batch.call(() -> steps.compute(ids, Integer.parseInt(year.trim()),
                requestedBy == null ? "system" : requestedBy, jobContext.getExecutionId()));
        LOG.fine(() -> "残疾人就业保障金 " + year + ": " + ids.size() + " employers, " + computed + " with a fund");
    }
}
