package cn.xndpf.application.statistics;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.application.shared.BatchLauncher;
import cn.xndpf.application.shared.RunClaims;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.division.DivisionRepository;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.statistics.IndicatorCatalogue;
import cn.xndpf.domain.statistics.FigureRepository;
import cn.xndpf.domain.statistics.PeriodType;
import cn.xndpf.domain.statistics.StatisticsPeriod;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Runs the periodic statistics jobs (定期统计任务) of the batch module: one job per kind of period
 * ({@code statistics-month}, {@code -quarter}, {@code -year}, {@code -five-year}), each computing every
 * catalogued indicator for one period and city, all its counties at once. Administrators and city staff start
 * a period, restart a failed run and watch the executions; the schedule starts the last complete periods.
 * A period has one live run at a time: starting it again abandons its failed runs, so their half-computed
 * figures can never be published.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.CITY_STAFF})
public class StatisticsJobs {

    public static final String PERIOD_START = "periodStart";
    public static final String DIVISION = BatchLauncher.DIVISION;
    public static final String AS_OF = "asOf";
    public static final String REQUESTED_BY = BatchLauncher.REQUESTED_BY;

    private static final Logger LOG = Logger.getLogger(StatisticsJobs.class.getName());
    private static final Map<PeriodType, String> JOBS = new LinkedHashMap<>();

    static {
        JOBS.put(PeriodType.MONTH, "statistics-month");
        JOBS.put(PeriodType.QUARTER, "statistics-quarter");
        JOBS.put(PeriodType.YEAR, "statistics-year");
        JOBS.put(PeriodType.FIVE_YEAR, "statistics-five-year");
    }

    @Inject
    private DivisionRepository divisions;

    @EJB
    private RunClaims claims;

    @Inject
    private IndicatorCatalogue catalogue;

    @Inject
    private StatisticsEngine engine;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private AuditTrail audit;

    @Inject
    private BatchLauncher launcher;

    @jakarta.ejb.EJB
    private StatisticsRunRecovery recovery;

    @Inject
    private FigureRepository figures;

    /** The job of a kind of period (its job XML in the batch module). */
    public static String jobName(PeriodType type) {
        return JOBS.get(type);
    }

    /** The cities (city-level divisions) in the caller's jurisdiction whose statistics they may run. */
    public List<Division> cities() {
        StaffUser me = currentStaff.require();
        return allCities().stream().filter(d -> me.jurisdiction().contains(d.code())).toList();
    }

    /** Starts the statistics of a period for a city; returns the execution id. */
    public long start(PeriodType type, LocalDate periodStart, String city) {
        StaffUser me = currentStaff.require();
        StatisticsPeriod period = StatisticsPeriod.of(type, periodStart);
        DivisionCode root = city(city);
        if (!me.jurisdiction().contains(root)) {
            throw new AccessDeniedException(DIVISION);
        }
        return launch(period, root, me.username());
    }

    /**
     * The schedule's run: the last complete period of a kind before today, for every city. A city whose run
     * of that period is still going is left alone.
     */
    @RolesAllowed(Roles.BATCH)
    public List<Long> startScheduled(PeriodType type) {
        StatisticsPeriod period = StatisticsPeriod.lastCompleteBefore(type, PlatformClock.today());
        // every instance of a cluster fires the schedule: the first to claim the period's start runs it
        if (!claims.claim("statistics-schedule:" + period.type() + ":" + period.start())) {
            LOG.info(() -> "Scheduled statistics " + period + " already started by another server");
            return List.of();
        }
        return startForEveryCity(period);
    }

    /**
     * The complete periods of every kind from {@code from} on (months, quarters, years, five-year periods
     * that ended before today) that some city with counties has no published figures of: what the demo's
     * history still has to run. The five-year period and the years first (the review and the dashboard's
     * years), then months and quarters newest first, a month before the quarter it ends (the home page's key
     * figures are the last month's).
     */
    @RolesAllowed(Roles.BATCH)
    public List<StatisticsPeriod> unpublishedSince(LocalDate from) {
        LocalDate today = PlatformClock.today();
        List<DivisionCode> roots = allCities().stream().map(Division::code)
                .filter(c -> !engine.counties(c).isEmpty()).toList();
        List<StatisticsPeriod> missing = new ArrayList<>();
        List<PeriodType> longestFirst = new ArrayList<>(List.of(PeriodType.values()));
        java.util.Collections.reverse(longestFirst);
        for (PeriodType type : longestFirst) {
            for (StatisticsPeriod p = StatisticsPeriod.lastCompleteBefore(type, today); !p.start().isBefore(from);
                 p = p.previous()) {
                StatisticsPeriod period = p;
                if (roots.stream().anyMatch(root -> figures.publication(period, root).isEmpty())) {
                    missing.add(period);
                }
            }
        }
        missing.sort(java.util.Comparator.comparing((StatisticsPeriod p) -> p.type() == PeriodType.FIVE_YEAR ? 0
                        : p.type() == PeriodType.YEAR ? 1 : 2)
                .thenComparing(StatisticsPeriod::end, java.util.Comparator.reverseOrder())
                .thenComparing(StatisticsPeriod::type));
        return missing;
    }

    /** Whether an execution this bean started is still starting or running (the demo history waits for it). */
    @RolesAllowed(Roles.BATCH)
    public boolean isRunning(long executionId) {
        return launcher.execution(executionId).map(e -> e.getBatchStatus() == BatchStatus.STARTING
                || e.getBatchStatus() == BatchStatus.STARTED).orElse(false);
    }

    /** Starts a period for every city with counties, as the schedule does; returns the execution ids. */
    @RolesAllowed(Roles.BATCH)
    public List<Long> startForEveryCity(StatisticsPeriod period) {
        List<Long> started = new ArrayList<>();
        for (Division city : allCities()) {
            if (engine.counties(city.code()).isEmpty()) {
                continue;
            }
            try {
                started.add(launch(period, city.code(), "system"));
            } catch (InvalidValueException e) {
                LOG.warning(() -> "Scheduled statistics " + period + " " + city.code().value() + " not started: "
                        + e.getMessage());
            }
        }
        return started;
    }

    private long launch(StatisticsPeriod period, DivisionCode root, String actor) {
        LocalDate today = PlatformClock.today();
        if (period.start().isAfter(today)) {
            throw new InvalidValueException(PERIOD_START, "statistics.periodNotStarted");
        }
        String job = jobName(period.type());
        Map<Long, Long> latestOfInstance = new java.util.HashMap<>();
        List<JobRun> runs = runsOf(job, 500);
        runs.forEach(r -> latestOfInstance.merge(r.instanceId(), r.executionId(), Math::max));
        for (JobRun r : runs) {
            if (!period.equals(r.period()) || !root.value().equals(r.rootDivision())
                    || latestOfInstance.get(r.instanceId()) != r.executionId()) {
                continue;
            }
            if (r.isRunning()) {
                throw new InvalidValueException(PERIOD_START, "statistics.alreadyRunning",
                        period.label(java.util.Locale.SIMPLIFIED_CHINESE), r.executionId());
            }
            if (r.interrupted()) {
                // the runtime refuses to abandon what it still believes STARTED; it can never be restarted
                engine.discard(r.instanceId());
                LOG.info(() -> "Statistics execution " + r.executionId() + " of " + period
                        + ", interrupted by a stopped server, replaced by a new run");
            } else if (r.isRestartable()) {
                launcher.abandon(r.executionId());
                engine.discard(r.instanceId());
                LOG.info(() -> "Statistics execution " + r.executionId() + " of " + period + " abandoned by a new run");
            }
        }
        long id = launcher.start(job, Map.of(PERIOD_START, period.start().toString(), DIVISION, root.value(),
                AS_OF, period.asOf(today).toString()), actor);
        audit.record(actor, AuditAction.CREATE, "BatchJob", id, root.value(),
                "启动统计 " + period.label(java.util.Locale.SIMPLIFIED_CHINESE), null, Map.of("job", job,
                        PERIOD_START, period.start().toString(), DIVISION, root.value()));
        LOG.info(() -> "Statistics " + job + " " + period.start() + " " + root.value() + " started as execution " + id
                + " by " + actor);
        return id;
    }

    /** Restarts a failed or stopped execution with its original parameters; returns the new execution id. */
    public long restart(long executionId) {
        StaffUser me = currentStaff.require();
        JobExecution e = execution(executionId);
        if (recovery.isInterrupted(e)) {
            return rerunInterrupted(me, toRun(e));
        }
        if (e.getBatchStatus() != BatchStatus.FAILED && e.getBatchStatus() != BatchStatus.STOPPED) {
            throw new InvalidValueException("executionId", "batch.notRestartable", executionId,
                    e.getBatchStatus());
        }
        Properties original = e.getJobParameters() == null ? new Properties() : e.getJobParameters();
        String root = original.getProperty(DIVISION);
        if (root != null && !me.jurisdiction().contains(DivisionCode.of(root))) {
            throw new AccessDeniedException(DIVISION);
        }
        long id;
        try {
            id = launcher.restart(executionId, List.of(PERIOD_START, DIVISION, AS_OF), me.username());
        } catch (jakarta.batch.operations.JobRestartException | jakarta.batch.operations.JobExecutionNotMostRecentException
                 | jakarta.batch.operations.JobExecutionAlreadyCompleteException ex) {
            throw new InvalidValueException("executionId", "batch.notRestartable", executionId, e.getBatchStatus());
        }
        audit.record(me.username(), AuditAction.UPDATE, "BatchJob", id, root,
                "重新启动统计（原执行 " + executionId + "）", null, Map.of("job", e.getJobName()));
        LOG.info(() -> "Statistics execution " + executionId + " restarted as " + id + " by " + me.username());
        return id;
    }

    /**
     * A run a stopped server left behind cannot be restarted from its checkpoint (the batch runtime still
     * believes it started), so its period is run again from the start, as a new run of the same period and
     * city would be (which drops the figures it staged); only if it is still its period's latest run.
     */
    private long rerunInterrupted(StaffUser me, JobRun r) {
        if (r.period() == null || r.rootDivision() == null) {
            throw new InvalidValueException("executionId", "batch.notRestartable", r.executionId(), r.status());
        }
        if (!me.jurisdiction().contains(DivisionCode.of(r.rootDivision()))) {
            throw new AccessDeniedException(DIVISION);
        }
        boolean latest = runsOf(r.jobName(), 500).stream().noneMatch(o -> o.executionId() > r.executionId()
                && r.period().equals(o.period()) && r.rootDivision().equals(o.rootDivision()));
        if (!latest) {
            throw new InvalidValueException("executionId", "batch.notRestartable", r.executionId(), r.status());
        }
        long id = launch(r.period(), DivisionCode.of(r.rootDivision()), me.username());
        LOG.info(() -> "Statistics execution " + r.executionId() + " (interrupted) run again as " + id + " by "
                + me.username());
        return id;
    }

    /** The most recent executions of every statistics job, newest first. */
    public List<JobRun> recent(int max) {
        List<JobRun> runs = new ArrayList<>();
        for (String job : JOBS.values()) {
            runs.addAll(runsOf(job, max));
        }
        runs.sort(Comparator.comparingLong(JobRun::executionId).reversed());
        return runs.size() > max ? new ArrayList<>(runs.subList(0, max)) : runs;
    }

    /** One execution, for progress polling. */
    public Optional<JobRun> find(long executionId) {
        try {
            return Optional.of(toRun(execution(executionId)));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private List<JobRun> runsOf(String job, int max) {
        List<JobRun> runs = new ArrayList<>();
        for (JobExecution e : launcher.executions(job, max)) {
            runs.add(toRun(e));
        }
        return runs;
    }

    private JobExecution execution(long executionId) {
        return launcher.execution(executionId).filter(e -> JOBS.containsValue(e.getJobName()))
                .orElseThrow(() -> new NotFoundException("executionId", "batch.executionNotFound"));
    }

    private JobRun toRun(JobExecution e) {
        List<JobRun.StepRun> steps = new ArrayList<>();
        for (StepExecution s : launcher.steps(e.getExecutionId())) {
            steps.add(new JobRun.StepRun(s.getStepName(), String.valueOf(s.getBatchStatus()),
                    instant(s.getStartTime()), instant(s.getEndTime()), metric(s, Metric.MetricType.READ_COUNT),
                    metric(s, Metric.MetricType.WRITE_COUNT), metric(s, Metric.MetricType.COMMIT_COUNT),
                    metric(s, Metric.MetricType.ROLLBACK_COUNT)));
        }
        Properties p = e.getJobParameters();
        PeriodType type = JOBS.entrySet().stream().filter(j -> j.getValue().equals(e.getJobName()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        String root = p == null ? null : p.getProperty(DIVISION);
        long instanceId = launcher.instanceId(e.getExecutionId());
        int total = total(root);
        // read once: the execution may be live and finish between two reads
        BatchStatus status = e.getBatchStatus();
        boolean interrupted = recovery.isInterrupted(e);
        int done = status == BatchStatus.COMPLETED ? total : Math.min(total, engine.stagedItems(instanceId));
        return new JobRun(e.getExecutionId(), instanceId, e.getJobName(), type, date(p, PERIOD_START), root,
                date(p, AS_OF), interrupted ? BatchStatus.FAILED.name() : String.valueOf(status), e.getExitStatus(), instant(e.getCreateTime()),
                instant(e.getStartTime()), instant(e.getEndTime()), done, total, steps, interrupted);
    }

    private int total(String root) {
        if (root == null) {
            return 0;
        }
        try {
            return engine.counties(DivisionCode.of(root)).size() * catalogue.indicators().size();
        } catch (InvalidValueException e) {
            return 0;
        }
    }

    private List<Division> allCities() {
        return divisions.atLevel(DivisionLevel.CITY);
    }

    private DivisionCode city(String code) {
        DivisionCode c = DivisionCode.of(code);
        Division d = divisions.find(c).orElseThrow(() -> new InvalidValueException(DIVISION, "division.unknown", code));
        if (d.level() != DivisionLevel.CITY) {
            throw new InvalidValueException(DIVISION, "statistics.notCity", code);
        }
        return c;
    }

    private static LocalDate date(Properties p, String key) {
        String raw = p == null ? null : p.getProperty(key);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static long metric(StepExecution s, Metric.MetricType type) {
        if (s.getMetrics() == null) {
            return 0;
        }
        for (Metric m : s.getMetrics()) {
            if (m.getType() == type) {
                return m.getValue();
            }
        }
        return 0;
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }
}
