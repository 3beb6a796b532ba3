package cn.xndpf.batch.statistics;

import cn.xndpf.application.statistics.StatisticsJobs;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.statistics.PeriodType;
import cn.xndpf.domain.statistics.StatisticsPeriod;
import jakarta.batch.runtime.context.JobContext;

import java.time.LocalDate;
import java.util.Properties;

/**
 * The job-level properties every statistics job XML defines: the kind of period (fixed per job), and from
 * the job parameters the period's first day, the city and the day stock figures are taken on. Without
 * parameters (a start from the server console) the last complete period is computed.
 */
record JobSettings(StatisticsPeriod period, DivisionCode root, LocalDate asOf) {

    static final String PERIOD_TYPE = "periodType";

    static JobSettings of(JobContext context) {
        Properties p = context.getProperties();
        PeriodType type = PeriodType.valueOf(p.getProperty(PERIOD_TYPE).trim());
        String start = p.getProperty(StatisticsJobs.PERIOD_START);
        LocalDate today = PlatformClock.today();
        StatisticsPeriod period = start == null || start.isBlank()
                ? StatisticsPeriod.lastCompleteBefore(type, today) : StatisticsPeriod.parse(type, start);
        String division = p.getProperty(StatisticsJobs.DIVISION);
        if (division == null || division.isBlank()) {
            throw new IllegalArgumentException("Job parameter " + StatisticsJobs.DIVISION + " (the city, e.g. 630100)"
                    + " is required");
        }
        String asOf = p.getProperty(StatisticsJobs.AS_OF);
        return new JobSettings(period, DivisionCode.of(division),
                asOf == null || asOf.isBlank() ? period.asOf(today) : LocalDate.parse(asOf.trim()));
    }
}
