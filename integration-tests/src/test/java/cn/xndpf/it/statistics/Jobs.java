package cn.xndpf.it.statistics;

import cn.xndpf.application.statistics.JobRun;
import cn.xndpf.application.statistics.StatisticsJobs;

/**
 * Waiting for statistics executions in the tests. Payara lets only the component that started a job see it
 * (the batch "tag" is the caller's component), so the tests ask {@link StatisticsJobs}, as the screens do.
 */
final class Jobs {

    private Jobs() {
    }

    static JobRun await(StatisticsJobs jobs, long executionId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 300_000;
        while (true) {
            JobRun r = jobs.find(executionId).orElseThrow(() -> new AssertionError("no execution " + executionId));
            if (!r.isRunning()) {
                return r;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("execution " + executionId + " still " + r.status());
            }
            Thread.sleep(250);
        }
    }

    /** Chunk commits of an execution's step. */
    static long commits(JobRun run, String step) {
        return run.steps().stream().filter(s -> s.name().equals(step)).mapToLong(JobRun.StepRun::commitCount).sum();
    }

    /** Items read by an execution's step. */
    static long read(JobRun run, String step) {
        return run.steps().stream().filter(s -> s.name().equals(step)).mapToLong(JobRun.StepRun::readCount).sum();
    }
}
