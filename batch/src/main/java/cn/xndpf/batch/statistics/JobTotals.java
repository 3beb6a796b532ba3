package cn.xndpf.batch.statistics;

import java.util.concurrent.atomic.AtomicLong;

/** Running totals of one job execution, kept as the job context's transient user data for the listener. */
public final class JobTotals {

    private final AtomicLong divisions = new AtomicLong();
    private final AtomicLong holders = new AtomicLong();

    void add(long holdersOfDivision) {
        divisions.incrementAndGet();
        holders.addAndGet(holdersOfDivision);
    }

    long divisions() {
        return divisions.get();
    }

    long holders() {
        return holders.get();
    }
}
