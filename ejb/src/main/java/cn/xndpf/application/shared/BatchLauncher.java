package cn.xndpf.application.shared;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way the platform starts, restarts and lists its Jakarta Batch jobs, for every program. Every job
 * takes its parameters by the names below where it has such a parameter, so a job XML, a test and the
 * admin console read the same words. A restart keeps only the parameters the caller names (never the
 * test-only {@link #FAIL_AFTER_ITEMS}) and records who restarted it.
 * <p>
 * Payara shows an execution only to the application component that started it; executions it will not
 * show (started elsewhere, or before a redeployment) are left out of the lists and not found by id. The
 * batch runtime keeps an execution STARTED for ever once the server running it has stopped (killed, or cut
 * off): such an execution is not running, whatever the runtime says ({@link #leftByAStoppedServer}).
 */
@ApplicationScoped
public class BatchLauncher {

    private static final Logger LOG = Logger.getLogger(BatchLauncher.class.getName());
    private static final int RACE_ATTEMPTS = 5;

    /** Items per chunk (one transaction); each job documents its default. */
    public static final String CHUNK_SIZE = "chunkSize";
    /** TESTS ONLY: fault injection, the run fails after its n-th item; never set by the platform. */
    public static final String FAIL_AFTER_ITEMS = "failAfterItems";
    /** TESTS ONLY: the run waits this many milliseconds after each item (the crash test); never set by the platform. */
    public static final String ITEM_DELAY_MILLIS = "itemDelayMillis";
    /** Who asked for the run (a staff user name, or {@code system} for the schedule). */
    public static final String REQUESTED_BY = "requestedBy";
    /** The division the run covers (its code, any level). */
    public static final String DIVISION = "division";
    /** The server whose batch runtime runs it ({@link ServerInstances#thisServer()}); set by the launcher only. */
    public static final String SERVER = "server";

    @Inject
    private ServerInstances servers;

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    /** Starts {@code job} with {@code parameters} and who asked; returns the execution id. */
    public long start(String job, Map<String, String> parameters, String requestedBy) {
        Properties p = new Properties();
        parameters.forEach(p::setProperty);
        p.setProperty(REQUESTED_BY, requestedBy);
        p.setProperty(SERVER, ServerInstances.thisServer());
        return operator().start(job, p);
    }

    /**
     * Restarts a failed or stopped execution from its last checkpoint with the {@code kept} parameters of
     * the original run and who asked now; returns the new execution id. The batch runtime's refusals
     * (not restartable, not the latest execution, not visible) are thrown as they come, for the caller to
     * turn into its own answer.
     */
    public long restart(long executionId, Collection<String> kept, String requestedBy) {
        Properties original = operator().getParameters(executionId);
        Properties p = new Properties();
        for (String name : kept) {
            if (original != null && original.getProperty(name) != null) {
                p.setProperty(name, original.getProperty(name));
            }
        }
        p.setProperty(REQUESTED_BY, requestedBy);
        p.setProperty(SERVER, ServerInstances.thisServer());
        return operator().restart(executionId, p);
    }

    /** Gives up a failed execution for good, so that it can never be restarted. */
    public void abandon(long executionId) {
        operator().abandon(executionId);
    }

    /** An execution by id, empty if there is none this application may see. */
    public Optional<JobExecution> execution(long executionId) {
        try {
            return Optional.ofNullable(operator().getJobExecution(executionId));
        } catch (NoSuchJobExecutionException | JobSecurityException none) {
            return Optional.empty();
        }
    }

    /**
     * The running executions of a job that this application may see, without those the runtime still records
     * as running although their server has stopped since ({@link #leftByAStoppedServer}): work that waits for
     * them, or refuses to start the same work twice, would otherwise wait or refuse for ever.
     */
    public List<JobExecution> running(String job) {
        List<JobExecution> result = new ArrayList<>();
        List<Long> ids;
        try {
            ids = operator().getRunningExecutions(job);
        } catch (NoSuchJobException never) {
            return result;
        }
        for (Long id : ids) {
            execution(id).filter(e -> !leftByAStoppedServer(e)).ifPresent(result::add);
        }
        return result;
    }

    /**
     * Whether the runtime records an execution as starting, started or stopping although the server that
     * runs it (its {@link #SERVER} parameter) has stopped since the execution was created: no execution
     * outlives the JVM that runs it. An execution that names no server (launched by hand, not through this
     * launcher) is taken at its word.
     */
    public boolean leftByAStoppedServer(JobExecution e) {
        if (!recordedRunning(e)) {
            return false;
        }
        Properties p = e.getJobParameters();
        String server = p == null ? null : p.getProperty(SERVER);
        Date created = e.getCreateTime();
        return server != null && created != null && servers.hasStoppedSince(server, created.toInstant());
    }

    /** Whether the runtime records an execution as starting, started or stopping (whether or not it still runs). */
    public static boolean recordedRunning(JobExecution e) {
        BatchStatus s = e.getBatchStatus();
        return s == BatchStatus.STARTING || s == BatchStatus.STARTED || s == BatchStatus.STOPPING;
    }

    /**
     * A running execution of a job started with these parameters (among others), if any: how a service refuses
     * to start the same work twice while the first is still running.
     */
    public Optional<JobExecution> runningWith(String job, Map<String, String> parameters) {
        return running(job).stream().filter(e -> {
            Properties p = e.getJobParameters();
            return p != null && parameters.entrySet().stream()
                    .allMatch(x -> x.getValue().equals(p.getProperty(x.getKey())));
        }).findFirst();
    }

    /** The executions of the newest {@code maxInstances} instances of a job, each instance's in order. */
    public List<JobExecution> executions(String job, int maxInstances) {
        List<JobExecution> result = new ArrayList<>();
        List<JobInstance> instances;
        try {
            instances = jobInstances(job, Math.max(1, maxInstances));
        } catch (NoSuchJobException none) {
            return result;
        }
        for (JobInstance i : instances) {
            try {
                result.addAll(operator().getJobExecutions(i));
            } catch (JobSecurityException | NoSuchJobException startedElsewhere) {
                // not this application's
            }
        }
        return result;
    }

    /**
     * JBatch reads a job's instance ids, then each instance; an instance created between the two reads (a run
     * launched at that moment, as the demo's statistics history does while the first user opens the home page)
     * comes back null, and JBatch throws a NullPointerException. Asked again, it sees the instance whole. If
     * it keeps failing, the list is empty rather than the screen broken; the runs are still there.
     */
    private List<JobInstance> jobInstances(String job, int max) {
        for (int attempt = 1; ; attempt++) {
            try {
                return operator().getJobInstances(job, 0, max);
            } catch (NullPointerException launchedMeanwhile) {
                if (attempt == RACE_ATTEMPTS) {
                    LOG.log(Level.WARNING, "Job instances of " + job + " unreadable " + attempt + " times", launchedMeanwhile);
                    return List.of();
                }
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return List.of();
                }
            }
        }
    }

    /** The steps of an execution, empty if it cannot be seen. */
    public List<StepExecution> steps(long executionId) {
        try {
            return operator().getStepExecutions(executionId);
        } catch (NoSuchJobExecutionException | JobSecurityException none) {
            return List.of();
        }
    }

    /** The id of the job instance an execution belongs to (one instance per set of parameters and its restarts). */
    public long instanceId(long executionId) {
        return operator().getJobInstance(executionId).getInstanceId();
    }
}
