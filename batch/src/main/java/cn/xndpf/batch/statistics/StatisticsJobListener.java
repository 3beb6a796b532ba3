package cn.xndpf.batch.statistics;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Logger;

/** Logs the start and the totals of each run of the statistics job. */
@Named("statisticsJobListener")
@Dependent
public class StatisticsJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(StatisticsJobListener.class.getName());

    @Inject
    private JobContext jobContext;

    @Override
    public void beforeJob() {
        jobContext.setTransientUserData(new JobTotals());
        LOG.info(() -> "Job " + jobContext.getJobName() + " execution " + jobContext.getExecutionId()
                + " started for " + jobContext.getProperties());
    }

    @Override
    public void afterJob() {
        JobTotals t = (JobTotals) jobContext.getTransientUserData();
        LOG.info(() -> String.format("Job %s execution %d ended %s: %d divisions stored in this run, %d holders",
                jobContext.getJobName(), jobContext.getExecutionId(), jobContext.getBatchStatus(),
                t == null ? 0 : t.divisions(), t == null ? 0 : t.holders()));
    }
}
