package cn.xndpf.benchmark.gatling;

import cn.xndpf.benchmark.ImportApplications;
import cn.xndpf.benchmark.StatisticsReference.JobExecution;
import cn.xndpf.benchmark.SubsidyImportCheck;
import io.gatling.javaapi.core.Simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The Excel import of the applications the data set left without a case (批量导入, issue 10: an import of tens of
 * thousands of rows at >= 5,000 rows a second): city staff sign in, open the import screen and upload the
 * loader's workbook as the browser does (the screen's PrimeFaces advanced file upload, {@code auto="true"}: a
 * multipart AJAX post of the form's hidden fields, the partial request's parameters and the file under the
 * component's id), then the simulation waits for the import job's execution in the batch runtime's tables.
 * The job's time is the runtime's own record of the execution (start to end); {@link SubsidyImportCheck} then
 * checks that the run holds one outcome per row and that its cases are its IMPORTED rows'. The figures go to
 * {@code import.json} beside Gatling's reports, where {@link BenchmarkReport} reads them.
 */
public class SubsidyImportSimulation extends Simulation {

    static final String UPLOAD = "import upload";
    static final String FIGURES = "import.json";
    static final String JOB = "subsidy-application-import";

    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final String IMPORT_PAGE = "/dpf/app/subsidy/import.xhtml";
    private static final String FILE = "import:file";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Duration LONGEST = Duration.ofMinutes(Long.getLong("dpf.benchmark.importMinutes", 60));
    /** How long an upload may take to show as a job execution (the job is started after the answer). */
    private static final Duration TO_START = Duration.ofMinutes(2);

    private final Path workbook = Path.of(System.getProperty("dpf.benchmark.importWorkbook", "target/subsidy-import.xlsx"));
    private final byte[] file = read(workbook);
    private final long before = BenchmarkTarget.newestExecution(JOB).id();
    private final SubsidyImportCheck.Before beforeRun = highestIdsBefore();

    {
        long deadline = System.nanoTime() + LONGEST.toNanos();
        setUp(scenario("city staff import the applications workbook")
                .exec(RegistrySearchSimulation.signIn())
                .exec(http("import page").get(IMPORT_PAGE)
                        .check(status().is(200), css("form#import", "action").saveAs("action"),
                                css("form#import input[name='" + VIEW_STATE + "']", "value").saveAs("viewState")))
                // What PrimeFaces' fileupload.js sends: the form's own fields (serializeArray), the partial
                // request's parameters (the upload processes itself and renders its form), the file count,
                // then the file under the component's client id.
                .exec(http(UPLOAD).post("#{action}")
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .asMultipartForm()
                        .bodyPart(StringBodyPart("import", "import"))
                        .bodyPart(StringBodyPart(VIEW_STATE, "#{viewState}"))
                        .bodyPart(StringBodyPart("jakarta.faces.partial.ajax", "true"))
                        .bodyPart(StringBodyPart("jakarta.faces.partial.execute", FILE))
                        .bodyPart(StringBodyPart("jakarta.faces.source", FILE))
                        .bodyPart(StringBodyPart(FILE + "_totalFilesCount", "1"))
                        .bodyPart(StringBodyPart("jakarta.faces.partial.render", "import"))
                        .bodyPart(ByteArrayBodyPart(FILE, file).fileName(workbook.getFileName().toString()).contentType(XLSX))
                        .check(status().is(200), substring("<partial-response").exists(), substring("<error>").notExists()))
                .exec(session -> session.set("execution", BenchmarkTarget.newestExecution(JOB)).set("uploaded", System.nanoTime()))
                .asLongAs(session -> waiting(session.get("execution"), session.getLong("uploaded")) && System.nanoTime() < deadline).on(
                        pause(Duration.ofSeconds(1))
                                .exec(session -> session.set("execution", BenchmarkTarget.newestExecution(JOB))))
                .injectOpen(atOnceUsers(1)))
                .protocols(RegistrySearchSimulation.protocol());
    }

    private boolean waiting(JobExecution e, long uploaded) {
        if (e.id() == before) {
            // Not started yet (or the upload was refused: then give up after a while).
            return System.nanoTime() - uploaded < TO_START.toNanos();
        }
        return !"COMPLETED".equals(e.status()) && !"FAILED".equals(e.status()) && !"STOPPED".equals(e.status())
                && !"ABANDONED".equals(e.status());
    }

    private static byte[] read(Path workbook) {
        try {
            return Files.readAllBytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException("no import workbook at " + workbook + ": the loader writes it", e);
        }
    }

    private static SubsidyImportCheck.Before highestIdsBefore() {
        try {
            return SubsidyImportCheck.before(BenchmarkTarget.dataSource());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the import runs (does the platform have the import job?)", e);
        }
    }

    @Override
    public void after() {
        Path results = Path.of(System.getProperty("dpf.benchmark.results", "target/gatling"));
        JobExecution job = BenchmarkTarget.newestExecution(JOB);
        if (job.id() == before) {
            job = JobExecution.ABSENT;
        }
        try {
            List<ImportApplications.Application> rows = ImportApplications.read(workbook);
            SubsidyImportCheck.Result result = SubsidyImportCheck.check(BenchmarkTarget.dataSource(), beforeRun, rows, job);
            Files.createDirectories(results);
            Files.writeString(results.resolve(FIGURES), result.toJson());
            System.out.println("[benchmark] import: " + result.toJson());
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("the import's check could not be made", e);
        }
    }
}
