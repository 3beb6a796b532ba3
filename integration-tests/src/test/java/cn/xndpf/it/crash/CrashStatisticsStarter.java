package cn.xndpf.it.crash;

import cn.xndpf.application.shared.BatchLauncher;
import cn.xndpf.application.statistics.StatisticsJobs;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.statistics.PeriodType;
import cn.xndpf.domain.statistics.StatisticsPeriod;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Map;

/**
 * The crash test's start of a slowed-down statistics run. It lives in the EJB module (added by the test's
 * deployment), because Payara shows an execution only to the module that started it, and the service that
 * lists and runs statistics ({@link StatisticsJobs}) is there; it passes the parameters that service passes,
 * plus the test-only delay the service never sets.
 */
@Stateless
public class CrashStatisticsStarter {

    @Inject
    private BatchLauncher launcher;

    public long start(LocalDate monthStart, String city, long itemDelayMillis) {
        StatisticsPeriod period = StatisticsPeriod.of(PeriodType.MONTH, monthStart);
        return launcher.start(StatisticsJobs.jobName(PeriodType.MONTH), Map.of(
                StatisticsJobs.PERIOD_START, period.start().toString(), StatisticsJobs.DIVISION, city,
                StatisticsJobs.AS_OF, period.asOf(PlatformClock.today()).toString(),
                BatchLauncher.ITEM_DELAY_MILLIS, String.valueOf(itemDelayMillis)), "city");
    }
}
