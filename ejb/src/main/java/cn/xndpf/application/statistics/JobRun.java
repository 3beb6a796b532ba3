package cn.xndpf.application.statistics;

import cn.xndpf.domain.statistics.PeriodType;
import cn.xndpf.domain.statistics.StatisticsPeriod;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One execution of a statistics job as the admin screen shows it.
 *
 * @param itemsDone  indicator x county items computed so far by this execution and those it restarts
 * @param itemsTotal indicator x county items of the run
 * @param interrupted left running by a server that stopped (服务器中断): shown FAILED, whatever the batch runtime
 *                    still records, and run again from the start rather than restarted
 */
public record JobRun(long executionId, long instanceId, String jobName, PeriodType periodType,
                     LocalDate periodStart, String rootDivision, LocalDate asOf, String status, String exitStatus,
                     Instant created, Instant started, Instant ended, int itemsDone, int itemsTotal,
                     List<StepRun> steps, boolean interrupted) implements Serializable {

    public boolean isRunning() {
        return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
    }

    public boolean isRestartable() {
        return "FAILED".equals(status) || "STOPPED".equals(status);
    }

    public int percentDone() {
        return itemsTotal == 0 ? 0 : Math.min(100, itemsDone * 100 / itemsTotal);
    }

    /** The period computed, or null when the execution's parameters were not readable. */
    public StatisticsPeriod period() {
        return periodType == null || periodStart == null ? null : StatisticsPeriod.of(periodType, periodStart);
    }

    /** A step execution with its metrics; a partitioned step's metrics add up its partitions. */
    public record StepRun(String name, String status, Instant started, Instant ended, long readCount,
                          long writeCount, long commitCount, long rollbackCount) implements Serializable {
    }
}
