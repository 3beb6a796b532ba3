package cn.xndpf.batch.statistics;

import cn.xndpf.application.security.Roles;
import cn.xndpf.application.statistics.StatisticsJobs;
import cn.xndpf.domain.statistics.PeriodType;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;

import java.util.Arrays;
import java.util.logging.Logger;

/**
 * The statistics calendar (定期统计日程), Beijing time: at 02:00 on the 1st of each month the month just
 * ended; the quarter, the year and the five years just ended follow at their period starts, staggered so
 * that two runs at most share the server. Not persistent: a server that was down at the hour does not
 * catch up by itself; an administrator starts the missed period from the statistics jobs screen.
 * It starts the runs as the batch runtime ({@link Roles#BATCH}), the only caller
 * {@link StatisticsJobs#startScheduled} admits.
 */
@Singleton
@Startup
@DeclareRoles(Roles.BATCH)
@RunAs(Roles.BATCH)
@PermitAll
public class StatisticsSchedule {

    static final String MONTH_SCHEDULE = "dpf.statistics.monthSchedule";

    private static final Logger LOG = Logger.getLogger(StatisticsSchedule.class.getName());

    @EJB
    private StatisticsJobs jobs;

    @Resource
    private TimerService timers;

    /**
     * The month's run at 02:00 on the 1st, or at the calendar an installation gives in the system property
     * {@value #MONTH_SCHEDULE} as "dayOfMonth_hour_minute" (e.g. {@code 1_4_30}; the cluster test fires it
     * every minute on every instance, {@code *_*_*}, to show that the period still runs once).
     */
    @PostConstruct
    void scheduleMonthly() {
        String[] when = System.getProperty(MONTH_SCHEDULE, "1_2_0").trim().split("_");
        if (when.length != 3) {
            throw new IllegalStateException(MONTH_SCHEDULE + " is dayOfMonth_hour_minute, not " + Arrays.toString(when));
        }
        timers.createCalendarTimer(new ScheduleExpression().dayOfMonth(when[0]).hour(when[1]).minute(when[2])
                .timezone("Asia/Shanghai"), new TimerConfig("statistics-month", false));
    }

    @Timeout
    void monthly(Timer timer) {
        run(PeriodType.MONTH);
    }

    @Schedule(month = "1,4,7,10", dayOfMonth = "1", hour = "2", minute = "20", timezone = "Asia/Shanghai",
            persistent = false, info = "statistics-quarter")
    void quarterly() {
        run(PeriodType.QUARTER);
    }

    @Schedule(month = "1", dayOfMonth = "1", hour = "2", minute = "40", timezone = "Asia/Shanghai",
            persistent = false, info = "statistics-year")
    void annual() {
        run(PeriodType.YEAR);
    }

    @Schedule(month = "1", dayOfMonth = "1", hour = "3", minute = "0", timezone = "Asia/Shanghai",
            persistent = false, info = "statistics-five-year")
    void fiveYearly() {
        run(PeriodType.FIVE_YEAR);
    }

    private void run(PeriodType type) {
        LOG.info(() -> "Scheduled statistics " + type + " started as executions " + jobs.startScheduled(type));
    }
}
