package cn.xndpf.batch.statistics;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes each run's start and end to the server log, where operators read it beside the console's job list. */
@Named("statisticsJobListener")
@Dependent
public class StatisticsJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(StatisticsJobListener.class.getName());

    @Inject
    private JobContext jobContext;

    @Override
    public void beforeJob() {
        LOG.info(() -> "Statistics job " + jobContext.getJobName() + " execution " + jobContext.getExecutionId()
                + " (instance " + jobContext.getInstanceId() + ") started: " + jobContext.getProperties());
    }

    @Override
    public void afterJob() {
        Level level = "COMPLETED".equals(String.valueOf(jobContext.getBatchStatus())) ? Level.INFO : Level.WARNING;
        LOG.log(level, () -> "Statistics job " + jobContext.getJobName() + " execution " + jobContext.getExecutionId()
                + " ended " + jobContext.getBatchStatus() + " (" + jobContext.getExitStatus() + ")");
    }
}
