package cn.xndpf.application.statistics;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionRepository;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Runs the batch job {@code certificate-holder-statistics} (batch module) for the admin screen: start it
 * for a date, restart a failed or stopped execution, and list recent executions with their progress.
 * The job is referenced by name only, so this module does not depend on the batch module.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.CITY_STAFF})
public class StatisticsJobs {

    public static final String JOB = "certificate-holder-statistics";
    public static final String STAT_DATE = "statDate";
    /** Test-only fault injection parameter of the job; never passed on by {@link #restart}. */
    public static final String FAIL_AFTER_DIVISIONS = "failAfterDivisions";
    private static final String CITY = "630100";

    @Inject
    private DivisionRepository divisions;

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    /** Starts the job for a day (not in the future); returns the execution id. */
    public long start(LocalDate statDate) {
        if (statDate == null) {
            throw new InvalidValueException(STAT_DATE, "date.required");
        }
        if (statDate.isAfter(PlatformClock.today())) {
            throw new InvalidValueException(STAT_DATE, "date.future");
        }
        Properties p = new Properties();
        p.setProperty(STAT_DATE, statDate.toString());
        long id = operator().start(JOB, p);
        audit.record(actor(), AuditAction.CREATE, "BatchJob", String.valueOf(id), null,
                "启动持证残疾人统计 " + statDate, null, null);
        return id;
    }

    /**
     * Restarts a failed or stopped execution of this job with its original statistics date (never with
     * the test-only fault injection); returns the new execution id.
     */
    public long restart(long executionId) {
        JobExecution e = execution(executionId);
        if (e.getBatchStatus() != BatchStatus.FAILED && e.getBatchStatus() != BatchStatus.STOPPED) {
            throw new InvalidValueException("executionId", "batch.notRestartable", executionId, e.getBatchStatus());
        }
        Properties p = new Properties();
        Properties original = e.getJobParameters();
        if (original != null && original.getProperty(STAT_DATE) != null) {
            p.setProperty(STAT_DATE, original.getProperty(STAT_DATE));
        }
        long id = operator().restart(executionId, p);
        audit.record(actor(), AuditAction.UPDATE, "BatchJob", String.valueOf(id), null,
                "重新启动持证残疾人统计（原执行 " + executionId + "）", null, null);
        return id;
    }

    /** The most recent executions of the job, newest first. */
    public List<JobRun> recent(int max) {
        List<JobRun> runs = new ArrayList<>();
        int total = divisionsTotal();
        List<JobInstance> instances;
        try {
            instances = operator().getJobInstances(JOB, 0, Math.max(1, max));
        } catch (NoSuchJobException none) {
            return runs;
        }
        for (JobInstance i : instances) {
            for (JobExecution e : operator().getJobExecutions(i)) {
                runs.add(toRun(e, total));
            }
        }
        runs.sort(Comparator.comparingLong(JobRun::executionId).reversed());
        return runs.size() > max ? runs.subList(0, max) : runs;
    }

    /** One execution of this job, for progress polling. */
    public Optional<JobRun> find(long executionId) {
        try {
            return Optional.of(toRun(execution(executionId), divisionsTotal()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private JobExecution execution(long executionId) {
        try {
            JobExecution e = operator().getJobExecution(executionId);
            if (e == null || !JOB.equals(e.getJobName())) {
                throw new NotFoundException("executionId", "batch.executionNotFound");
            }
            return e;
        } catch (NoSuchJobExecutionException none) {
            throw new NotFoundException("executionId", "batch.executionNotFound");
        }
    }

    private JobRun toRun(JobExecution e, int total) {
        List<JobRun.StepRun> steps = new ArrayList<>();
        List<StepExecution> stepExecutions;
        try {
            stepExecutions = operator().getStepExecutions(e.getExecutionId());
        } catch (NoSuchJobExecutionException none) {
            stepExecutions = List.of();
        }
        for (StepExecution s : stepExecutions) {
            steps.add(new JobRun.StepRun(s.getStepName(), String.valueOf(s.getBatchStatus()),
                    instant(s.getStartTime()), instant(s.getEndTime()), metric(s, Metric.MetricType.READ_COUNT),
                    metric(s, Metric.MetricType.WRITE_COUNT), metric(s, Metric.MetricType.COMMIT_COUNT),
                    metric(s, Metric.MetricType.ROLLBACK_COUNT), metric(s, Metric.MetricType.PROCESS_SKIP_COUNT)));
        }
        LocalDate day = statDate(e.getJobParameters());
        long instanceId = operator().getJobInstance(e.getExecutionId()).getInstanceId();
        return new JobRun(e.getExecutionId(), instanceId, String.valueOf(e.getBatchStatus()), e.getExitStatus(), day,
                instant(e.getCreateTime()), instant(e.getStartTime()), instant(e.getEndTime()),
                divisionsDone(day, e, instanceId), total, steps);
    }

    /**
     * Divisions stored for the execution's date since its job instance first ran: the stored figures
     * themselves, because step metrics are only reliable once a step has ended.
     */
    private int divisionsDone(LocalDate day, JobExecution e, long instanceId) {
        if (day == null) {
            return 0;
        }
        Instant since = null;
        for (JobExecution earlier : operator().getJobExecutions(operator().getJobInstance(e.getExecutionId()))) {
            Instant created = instant(earlier.getCreateTime());
            if (created != null && (since == null || created.isBefore(since))) {
                since = created;
            }
        }
        if (since == null) {
            return 0;
        }
        Instant from = since;
        List<Object[]> rows = em.createQuery("SELECT s.divisionCode, s.computedAt FROM CertificateHolderCount s"
                + " WHERE s.statDate = :d", Object[].class).setParameter("d", day).getResultList();
        return (int) rows.stream().filter(r -> r[1] != null && !((Instant) r[1]).isBefore(from))
                .map(r -> r[0]).distinct().count();
    }

    private int divisionsTotal() {
        return divisions.children(DivisionCode.of(CITY)).size();
    }

    private static LocalDate statDate(Properties p) {
        String raw = p == null ? null : p.getProperty(STAT_DATE);
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

    private String actor() {
        return session.getCallerPrincipal() == null ? "system" : session.getCallerPrincipal().getName();
    }
}
