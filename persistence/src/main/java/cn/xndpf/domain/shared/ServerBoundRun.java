package cn.xndpf.domain.shared;

import java.time.Instant;

/**
 * Work that one server runs in its own JVM and that is recorded as running there (服务器上运行的作业): a payment
 * roll's run, an import run. The record names the server and since when it runs, so that once that server
 * has stopped since (killed, restarted, cut off from the cluster) any server can tell that the work is not
 * running any more, whatever its status still says, and mark it failed for staff to take up again.
 */
public interface ServerBoundRun {

    /** The server running the work; null for work marked running before servers were named. */
    String runningOn();

    /** When the current (or last) run was asked for or began on that server. */
    Instant runningSince();
}
