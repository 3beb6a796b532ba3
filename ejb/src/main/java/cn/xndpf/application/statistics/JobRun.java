package cn.xndpf.application.statistics;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One execution of the statistics job as the admin screen shows it.
 *
 * @param divisionsDone divisions stored by this execution and those it restarts (progress, of {@code divisionsTotal})
 */
public record JobRun(long executionId, long instanceId, String status, String exitStatus, LocalDate statDate,
                     Instant created, Instant started, Instant ended, int divisionsDone, int divisionsTotal,
                     List<StepRun> steps) implements Serializable {

    public boolean isRunning() {
        return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
    }

    public boolean isRestartable() {
        return "FAILED".equals(status) || "STOPPED".equals(status);
    }

    public int percentDone() {
        return divisionsTotal == 0 ? 0 : Math.min(100, divisionsDone * 100 / divisionsTotal);
    }

    /** A step execution with its metrics (read, write, commit, rollback, ...). */
    public record StepRun(String name, String status, Instant started, Instant ended, long readCount,
                          long writeCount, long commitCount, long rollbackCount, long processSkipCount)
            implements Serializable {
    }
}
