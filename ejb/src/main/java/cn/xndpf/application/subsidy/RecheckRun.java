package cn.xndpf.application.subsidy;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One execution of the re-check job as the re-check screen shows it. */
public record RecheckRun(long executionId, String status, String exitStatus, LocalDate checkDate, String division,
                         Instant created, Instant ended, long casesChecked) implements Serializable {

    public boolean isRunning() {
        return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
    }

    public boolean isRestartable() {
        return "FAILED".equals(status) || "STOPPED".equals(status);
    }
}
