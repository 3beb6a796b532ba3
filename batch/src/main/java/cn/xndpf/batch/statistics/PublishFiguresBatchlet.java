package cn.xndpf.batch.statistics;

import cn.xndpf.batch.BatchCaller;
import cn.xndpf.application.statistics.StatisticsEngine;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Logger;

/**
 * Publishes the staged figures as the period's figures in one transaction (the engine refuses an incomplete
 * run); a failure here leaves the previous figures in place and the run restartable at this step.
 */
@Named("publishFiguresBatchlet")
@Dependent
public class PublishFiguresBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(PublishFiguresBatchlet.class.getName());

    @EJB
    private StatisticsEngine engine;

    /** Each call to the steps bean is made as the batch runtime (its only admitted caller). */
    @Inject
    private BatchCaller batch;

    @Inject
    private JobContext jobContext;

    @Override
    public String process() {
        JobSettings s = JobSettings.of(jobContext);
        int n = batch.call(() -> engine.publish(jobContext.getInstanceId(), jobContext.getExecutionId(), s.period(), s.root(), s.asOf()));
        LOG.info(() -> String.format("统计发布 %s %s %s: %d figures (as of %s)", jobContext.getJobName(),
                s.period().start(), s.root(), n, s.asOf()));
        return "PUBLISHED " + n;
    }
}
