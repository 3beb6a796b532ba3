package cn.xndpf.application.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * A statistics run that the batch runtime still records as starting, started or stopping although it was
 * created before the application started was left so by a server that stopped (or died, {@code kill -9}) in
 * the middle of it: no run can outlive the server that runs it. The runtime keeps such an execution STARTED
 * for ever and refuses to restart or abandon it; {@link StatisticsJobs} shows it failed with the reason
 * 服务器中断 from the start on and lets staff run its period again, instead of refusing that period for ever as
 * "already running".
 * <p>
 * The rule needs the time the application started, taken here at start-up, and no table. (Payara shows an
 * execution only to the bean that started it, so this bean could not list {@link StatisticsJobs}' runs.)
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StatisticsRunRecovery {

    private static final Logger LOG = Logger.getLogger(StatisticsRunRecovery.class.getName());

    private final Set<Long> reported = ConcurrentHashMap.newKeySet();
    private Instant applicationStarted;

    @PostConstruct
    void start() {
        applicationStarted = Instant.now();
    }

    /** Whether an execution was left running by a server that stopped before this application started. */
    public boolean isInterrupted(JobExecution e) {
        BatchStatus s = e.getBatchStatus();
        Date created = e.getCreateTime();
        boolean interrupted = (s == BatchStatus.STARTING || s == BatchStatus.STARTED || s == BatchStatus.STOPPING)
                && created != null && created.toInstant().isBefore(applicationStarted);
        if (interrupted && reported.add(e.getExecutionId())) {
            LOG.warning(() -> "Statistics execution " + e.getExecutionId() + " of " + e.getJobName() + " "
                    + e.getJobParameters() + " was left " + s + " by a server that stopped: shown as failed"
                    + " (server stopped); running its period again starts a new run");
        }
        return interrupted;
    }
}
