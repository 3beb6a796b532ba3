package cn.xndpf.application.statistics;

import cn.xndpf.application.shared.BatchLauncher;
import cn.xndpf.application.shared.ServerInstances;
import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * A statistics run that the batch runtime still records as starting, started or stopping although the server
 * running it (its {@link BatchLauncher#SERVER} parameter) has stopped since it was created, was left so by a
 * server that stopped (or died, {@code kill -9}) in the middle of it: no run can outlive the server that runs
 * it ({@link BatchLauncher#leftByAStoppedServer}). On a cluster the server may be another instance, which
 * {@link ServerInstances} knows dead or restarted. The runtime keeps such an execution STARTED
 * for ever and refuses to restart or abandon it; {@link StatisticsJobs} shows it failed with the reason
 * 服务器中断 from the start on and lets staff run its period again, instead of refusing that period for ever as
 * "already running".
 * <p>
 * A run launched before servers were named is judged by the time this application started. (Payara shows an
 * execution only to the bean that started it, so this bean could not list {@link StatisticsJobs}' runs.)
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StatisticsRunRecovery {

    private static final Logger LOG = Logger.getLogger(StatisticsRunRecovery.class.getName());

    @Inject
    private BatchLauncher launcher;

    private final Set<Long> reported = ConcurrentHashMap.newKeySet();
    private Instant applicationStarted;

    @PostConstruct
    void start() {
        applicationStarted = Instant.now();
    }

    /** Whether an execution was left running by a server that stopped before this application started. */
    public boolean isInterrupted(JobExecution e) {
        BatchStatus s = e.getBatchStatus();
        boolean interrupted = launcher.leftByAStoppedServer(e) || unnamedFromBeforeThisStart(e);
        if (interrupted && reported.add(e.getExecutionId())) {
            LOG.warning(() -> "Statistics execution " + e.getExecutionId() + " of " + e.getJobName() + " "
                    + e.getJobParameters() + " was left " + s + " by a server that stopped: shown as failed"
                    + " (server stopped); running its period again starts a new run");
        }
        return interrupted;
    }

    /** A run launched before servers were named, still running by the runtime's word, from before this start. */
    private boolean unnamedFromBeforeThisStart(JobExecution e) {
        Properties parameters = e.getJobParameters();
        Date created = e.getCreateTime();
        return BatchLauncher.recordedRunning(e)
                && (parameters == null || parameters.getProperty(BatchLauncher.SERVER) == null)
                && created != null && created.toInstant().isBefore(applicationStarted);
    }
}
