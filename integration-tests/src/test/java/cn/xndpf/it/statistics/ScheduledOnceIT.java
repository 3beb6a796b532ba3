package cn.xndpf.it.statistics;

import cn.xndpf.application.shared.RunClaims;
import cn.xndpf.application.statistics.JobRun;
import cn.xndpf.application.statistics.StatisticsJobs;
import cn.xndpf.batch.BatchIdentity;
import cn.xndpf.domain.statistics.PeriodType;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Work a cluster must do once: every instance fires the statistics schedule and starts the demo loader, and
 * the shared database lets one of them in ({@link RunClaims}). Shown here as the instances would race: two
 * threads, two transactions, released together.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduledOnceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ScheduledOnceIT.class, Jobs.class);
    }

    @EJB
    private RunClaims claims;

    @EJB
    private BatchIdentity batch;

    @EJB
    private StatisticsJobs jobs;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Test
    void ofTwoServersClaimingTheSameWorkAtOnceExactlyOneGetsIt() throws Exception {
        for (int round = 0; round < 5; round++) {
            String key = "it-claim-" + UUID.randomUUID();
            List<Boolean> got = race(() -> claims.claim(key));
            assertEquals(1, got.stream().filter(Boolean::booleanValue).count(), "one of two claims wins: " + got);
            assertFalse(claims.claim(key), "and the work stays claimed");
        }
    }

    @Test
    void theScheduleFiredOnTwoServersAtOnceStartsTheMonthOnce() throws Exception {
        List<List<Long>> started = race(() -> {
            BatchIdentity.Outcome<List<Long>> o = batch.attempt(() -> jobs.startScheduled(PeriodType.MONTH));
            assertNull(o.failure(), () -> "the scheduled start failed: " + o.failure());
            return o.value();
        });
        List<Long> all = new ArrayList<>();
        started.forEach(all::addAll);
        assertEquals(1, all.size(), "one run of last month for the city, not one per server: " + started);
        StaffLogin.as("admin", "admin123");
        JobRun run = Jobs.await(jobs, all.get(0));
        assertEquals("COMPLETED", run.status(), run.exitStatus());
        // fired again (a third server, or the same one later): nothing more
        BatchIdentity.Outcome<List<Long>> again = batch.attempt(() -> jobs.startScheduled(PeriodType.MONTH));
        assertEquals(List.of(), again.value());
    }

    private <T> List<T> race(java.util.concurrent.Callable<T> work) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            futures.add(executor.submit(() -> {
                barrier.await(30, TimeUnit.SECONDS);
                return work.call();
            }));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get(120, TimeUnit.SECONDS));
        }
        return results;
    }
}
