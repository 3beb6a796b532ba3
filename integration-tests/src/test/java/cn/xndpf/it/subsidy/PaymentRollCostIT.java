package cn.xndpf.it.subsidy;

import cn.xndpf.application.subsidy.PaymentRollRunner;
import cn.xndpf.batch.BatchIdentity;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.subsidy.PaymentRoll;
import cn.xndpf.it.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A measurement, not a promise (README "Performance", issue 10): what the roll job's own work costs, as the
 * CPU time of the thread that does it, so that a shared, loaded machine still gives a figure to compare.
 * The steps bean's {@link PaymentRollRunner#storeCases} is called as the job's writer calls it, in chunks
 * of 200 cases (the job's default), on every case a city roll pays; first a month far ahead, which owes each case every month
 * since its benefit began (many lines a case), then further months that owe one line a case against all of
 * those (the benchmark's shape: a dozen existing lines, one new). Prints thread CPU time, wall time and the
 * load average per month to the server log and standard output; asserts no time. Everything is rolled
 * back: one transaction for the whole measurement, cleared after each chunk as a chunk's commit would.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentRollCostIT {

    private static final Logger LOG = Logger.getLogger(PaymentRollCostIT.class.getName());
    private static final YearMonth FIRST = YearMonth.of(2031, 1);
    private static final int MONTHS = 13;
    private static final int CHUNK = 200;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PaymentRollCostIT.class);
    }

    @EJB
    private BatchIdentity batch;

    @EJB
    private PaymentRollRunner steps;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Test
    void printsWhatStoringARollsCasesCosts() throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        tx.begin();
        try {
            long oneLineMonthsCpu = 0;
            for (int i = 0; i < MONTHS; i++) {
                PaymentRoll roll = new PaymentRoll(FIRST.plusMonths(i), DivisionCode.of("630100"), "cost-test",
                        Instant.now(), "cost-test");
                em.persist(roll);
                em.flush();
                long rollId = roll.id();
                List<Long> cases = as(() -> steps.casesToRoll(rollId));
                long cpu = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                int lines = 0;
                for (int from = 0; from < cases.size(); from += CHUNK) {
                    List<Long> chunk = cases.subList(from, Math.min(cases.size(), from + CHUNK));
                    lines += as(() -> steps.storeCases(rollId, chunk));
                    em.clear();
                }
                long cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
                long wallMs = (System.nanoTime() - wall) / 1_000_000;
                if (i >= 3) {
                    oneLineMonthsCpu += cpuMs;
                }
                String line = String.format("PaymentRollCostIT %s: %d cases, %d lines, thread CPU %d ms, wall %d ms,"
                                + " load average %.2f", FIRST.plusMonths(i), cases.size(), lines, cpuMs, wallMs,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                LOG.info(line);
                System.out.println(line);
                assertTrue(lines > 0, "the roll of " + FIRST.plusMonths(i) + " adds lines");
            }
            String total = "PaymentRollCostIT months " + FIRST.plusMonths(3) + " to " + FIRST.plusMonths(MONTHS - 1)
                    + " (one line a case, after three warm-up months): thread CPU " + oneLineMonthsCpu + " ms";
            LOG.info(total);
            System.out.println(total);
        } finally {
            tx.rollback();
        }
    }

    private <T> T as(Supplier<T> step) {
        BatchIdentity.Outcome<T> o = batch.attempt(step);
        if (o.failure() != null) {
            throw o.failure();
        }
        return o.value();
    }
}
