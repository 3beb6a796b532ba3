package cn.xndpf.application.statistics;

import cn.xndpf.application.shared.BatchLauncher;
import cn.xndpf.domain.statistics.PeriodType;
import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When the application starts, no statistics run can be under way: an execution the batch runtime still
 * records as starting or started was left so by a server that stopped (or died, {@code kill -9}) in the
 * middle of it. The runtime keeps such an execution STARTED for ever and refuses to restart or abandon it;
 * this bean remembers it as interrupted (服务器中断), so that {@link StatisticsJobs} shows it failed with that
 * reason and lets staff run the period again, instead of refusing it for ever as "already running".
 * <p>
 * The set is taken again at every start from the runtime's own records, so it needs no table: an execution
 * started after this start is never in it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StatisticsRunRecovery {

    private static final Logger LOG = Logger.getLogger(StatisticsRunRecovery.class.getName());

    /** The message key of the reason shown for an interrupted run (Chinese and English bundles). */
    public static final String REASON = "statistics.failed.serverStopped";

    private final Set<Long> interrupted = ConcurrentHashMap.newKeySet();

    @Inject
    private BatchLauncher launcher;

    @PostConstruct
    void markRunsOfAStoppedServer() {
        try {
            mark();
        } catch (RuntimeException e) {
            // the application must come up even if the runtime's records cannot be read now
            LOG.log(Level.SEVERE, "Could not read the statistics executions a stopped server left running", e);
        }
    }

    private void mark() {
        for (PeriodType type : PeriodType.values()) {
            for (JobExecution e : launcher.executions(StatisticsJobs.jobName(type), 1000)) {
                BatchStatus s = e.getBatchStatus();
                if (s == BatchStatus.STARTING || s == BatchStatus.STARTED || s == BatchStatus.STOPPING) {
                    interrupted.add(e.getExecutionId());
                    LOG.warning(() -> "Statistics execution " + e.getExecutionId() + " of " + e.getJobName() + " "
                            + e.getJobParameters() + " was left " + s + " by a stopped server: shown as failed"
                            + " (server stopped); running its period again starts a new run");
                }
            }
        }
    }

    /** Whether an execution was left running by a server that stopped before this start. */
    public boolean isInterrupted(long executionId) {
        return interrupted.contains(executionId);
    }
}
