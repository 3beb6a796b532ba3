package cn.xndpf.batch.demo;

import cn.xndpf.application.shared.DemoSettings;
import cn.xndpf.application.demo.DemoHistoryProgress;
import cn.xndpf.application.security.Roles;
import cn.xndpf.application.statistics.StatisticsJobs;
import cn.xndpf.domain.statistics.StatisticsPeriod;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Publishes the statistics of the demo's history (演示历史统计): on a demo domain with history
 * ({@code dpf.demo.people} > 0, {@code dpf.demo.history} not false), every complete month, quarter, year
 * and five-year period since 2021 that is not published yet is computed by the real statistics jobs, one
 * period after another (each for every city, as the schedule starts them), so every published figure is
 * what the jobs compute from the demo's records. It runs in the background after start-up: the EAR's EJB
 * module (and with it the demo data) is started before this module, and the server answers meanwhile; the
 * home page says the statistics are being prepared ({@link DemoHistoryProgress}) until the last run ended. A restart runs only what is
 * still missing; a production domain runs nothing.
 * <p>
 * It starts the jobs as the batch runtime ({@link Roles#BATCH}), like {@code StatisticsSchedule}.
 */
@Singleton
@Startup
@DeclareRoles(Roles.BATCH)
@RunAs(Roles.BATCH)
@PermitAll
public class DemoStatisticsHistory {

    private static final Logger LOG = Logger.getLogger(DemoStatisticsHistory.class.getName());
    /** The demo's history starts with the five-year period 2021-2025. */
    private static final LocalDate FROM = LocalDate.of(2021, 1, 1);
    private static final long POLL_MILLIS = 250;
    /** A run that takes longer than this is left to itself, and the next period started. */
    private static final long MAX_WAIT_MILLIS = 10 * 60_000;

    @Resource
    private TimerService timers;

    @EJB
    private StatisticsJobs jobs;

    @PostConstruct
    void schedule() {
        if (DemoSettings.publishesHistory()) {
            DemoHistoryProgress.preparing(true);
            timers.createSingleActionTimer(1_000, new TimerConfig("demo-statistics-history", false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void publishHistory() {
        long started = System.nanoTime();
        try {
            List<StatisticsPeriod> periods = jobs.unpublishedSince(FROM);
            LOG.info(() -> "Demo history: " + periods.size() + " statistics periods to publish");
            for (StatisticsPeriod period : periods) {
                List<Long> executions = jobs.startForEveryCity(period);
                long waited = 0;
                while (executions.stream().anyMatch(jobs::isRunning) && waited < MAX_WAIT_MILLIS) {
                    Thread.sleep(POLL_MILLIS);
                    waited += POLL_MILLIS;
                }
            }
            LOG.info(() -> String.format("Demo history: statistics of %d periods published in %.1f s", periods.size(),
                    (System.nanoTime() - started) / 1e9));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "Demo history: statistics not all published", e);
        } finally {
            DemoHistoryProgress.preparing(false);
        }
    }
}
