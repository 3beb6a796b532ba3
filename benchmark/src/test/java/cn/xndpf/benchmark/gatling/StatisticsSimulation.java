package cn.xndpf.benchmark.gatling;

import cn.xndpf.benchmark.StatisticsReference;
import io.gatling.javaapi.core.Simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A year of statistics over every catalogued indicator for the whole city, started as city staff start it (the
 * start button of the statistics jobs screen) and waited for until the job has finished; then every indicator
 * restated over the raw tables ({@link StatisticsReference}, the restatement {@code StatisticsJobsIT} checks
 * the job against), in the same run on the same database. The job's time is the batch runtime's own record of
 * the execution (start to end). The figures go to {@code statistics.json} beside Gatling's reports, where
 * {@link BenchmarkReport} reads them (issue 10: the job within 1.5x of the reference).
 */
public class StatisticsSimulation extends Simulation {

    static final String START = "statistics start button";
    static final String FIGURES = "statistics.json";
    static final String CITY = "630100";
    static final String JOB = "statistics-year";

    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final String JOBS_PAGE = "/dpf/admin/batch.xhtml";
    private static final Duration LONGEST = Duration.ofMinutes(Long.getLong("dpf.benchmark.statisticsMinutes", 60));

    /** The year of the data set's load day: the one with twelve months of rolls and the newest certificates. */
    private final LocalDate year = LocalDate.of(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear(), 1, 1);
    private final long before = BenchmarkTarget.newestExecution(JOB).id();

    {
        long deadline = System.nanoTime() + LONGEST.toNanos();
        setUp(scenario("city staff run a year of the city's statistics")
                .exec(RegistrySearchSimulation.signIn())
                .exec(http("statistics jobs page").get(JOBS_PAGE)
                        .check(status().is(200), css("form#batch input[name='" + VIEW_STATE + "']", "value").saveAs("viewState")))
                // The start button is a PrimeFaces AJAX button processing the whole form.
                .exec(http(START).post(JOBS_PAGE)
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .formParam("jakarta.faces.partial.ajax", "true")
                        .formParam("jakarta.faces.source", "batch:start")
                        .formParam("jakarta.faces.partial.execute", "batch")
                        .formParam("jakarta.faces.partial.render", "batch:messages batch:progress batch:executions batch:published")
                        .formParam("batch:start", "batch:start")
                        .formParam("batch", "batch")
                        .formParam("batch:periodType", "YEAR")
                        .formParam("batch:year", String.valueOf(year.getYear()))
                        .formParam("batch:city", CITY)
                        .formParam(VIEW_STATE, "#{viewState}")
                        .check(status().is(200), substring("<partial-response").exists(), substring("<error>").notExists()))
                .exec(session -> session.set("execution", BenchmarkTarget.newestExecution(JOB)))
                .asLongAs(session -> running(session.get("execution")) && System.nanoTime() < deadline).on(
                        pause(Duration.ofSeconds(1))
                                .exec(session -> session.set("execution", BenchmarkTarget.newestExecution(JOB))))
                .injectOpen(atOnceUsers(1)))
                .protocols(RegistrySearchSimulation.protocol());
    }

    private boolean running(StatisticsReference.JobExecution e) {
        // The start button launches the job before it answers: no new execution means it was refused.
        if (e.id() == before) {
            return false;
        }
        return !"COMPLETED".equals(e.status()) && !"FAILED".equals(e.status()) && !"STOPPED".equals(e.status())
                && !"ABANDONED".equals(e.status());
    }

    @Override
    public void after() {
        Path results = Path.of(System.getProperty("dpf.benchmark.results", "target/gatling"));
        StatisticsReference.JobExecution job = BenchmarkTarget.newestExecution(JOB);
        if (job.id() == before) {
            job = StatisticsReference.JobExecution.ABSENT;
        }
        try {
            StatisticsReference.Result result = StatisticsReference.measure(BenchmarkTarget.dataSource(), year, CITY, job);
            Files.createDirectories(results);
            Files.writeString(results.resolve(FIGURES), result.toJson());
            System.out.println("[benchmark] statistics: " + result.toJson());
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("the statistics' reference could not be measured", e);
        }
    }
}
