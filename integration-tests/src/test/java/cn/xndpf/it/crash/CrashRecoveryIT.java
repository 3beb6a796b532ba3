package cn.xndpf.it.crash;

import cn.xndpf.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real crash: the Payara JVM is killed ({@code kill -9}) in the middle of a payment roll, started again
 * with {@code dpf-server.sh start}, and the roll is completed the way staff complete it (the service behind
 * the rolls screen): the interrupted run is marked failed with the reason "服务器中断" at start-up, no line is
 * lost or doubled, and the roll's totals equal a plain SQL count and sum of its lines. The same for a
 * statistics month, and for an import of subsidy applications, continued as its uploader does (继续导入).
 * <p>
 * It kills the server the other tests use, so failsafe runs it in an execution of its own after theirs
 * (see the pom). The process killed is the one whose command line holds this build's domain directory,
 * never another checkout's server.
 */
@ExtendWith(ArquillianExtension.class)
class CrashRecoveryIT {

    /** A month of the past with back pay for every active case of the demo data, for the whole city. */
    private static final String MONTH = "2024-12";
    private static final String CITY = "630100";
    /** The statistics month killed in the middle of its run (not the roll's, so the two runs stay apart). */
    private static final String STATISTICS_MONTH = "2024-11-01";

    /**
     * HTTP/1.1: by default the JDK client upgrades to HTTP/2 (h2c), and the server ended such a connection
     * after 30 s without traffic while a request on it was still being answered ("EOF reached while reading").
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base = System.getProperty("dpf.it.baseUrl", "http://localhost:18080/dpf/") + "it/crash-roll";
    private final String statisticsBase = System.getProperty("dpf.it.baseUrl", "http://localhost:18080/dpf/")
            + "it/crash-statistics";
    private final String importBase = System.getProperty("dpf.it.baseUrl", "http://localhost:18080/dpf/")
            + "it/crash-import";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CrashRollServlet.class, CrashStatisticsServlet.class, CrashImportServlet.class);
    }

    @Test
    void aRollInterruptedByAKilledServerIsMarkedAndCompletedWithoutLosingOrDoublingALine() throws Exception {
        assertEquals("true", get("roll").get("none"), "no roll of " + MONTH + " yet: " + get("roll"));
        post("launch", "itemDelayMillis=400");
        Map<String, String> running = awaitRoll(r -> "RUNNING".equals(r.get("status"))
                && Long.parseLong(r.get("casesDone")) >= 3, Duration.ofMinutes(3));
        long total = Long.parseLong(running.get("casesTotal"));
        assertTrue(total >= 10, "a roll long enough to be killed in the middle: " + running);

        killServer();
        startServer();

        Map<String, String> interrupted = awaitRoll(r -> r.get("status") != null, Duration.ofMinutes(5));
        assertEquals("FAILED", interrupted.get("status"), "marked at start-up: " + interrupted);
        assertEquals("服务器中断", interrupted.get("failureReason"));
        assertEquals("Server_stopped", interrupted.get("failureReasonEn"));
        long done = Long.parseLong(interrupted.get("casesDone"));
        assertTrue(done >= 3 && done < total, "killed part way: " + interrupted);

        assertEquals("COMPLETED", post("run", "").get("batchStatus"), "staff complete the roll");
        Map<String, String> completed = get("roll");
        assertEquals("COMPLETED", completed.get("status"));
        assertEquals("", completed.get("failureReason"));
        Map<String, String> sql = get("lines", "rollId=" + completed.get("rollId"));
        assertEquals(sql.get("sqlLines"), completed.get("lineCount"), "line count = SQL count");
        assertEquals(sql.get("sqlAmount"), completed.get("totalAmount"), "total = SQL sum");
        assertEquals("0", sql.get("duplicates"), "no month owed twice");

        // Nothing lost: running the roll once more finds nothing still owed.
        assertEquals("COMPLETED", post("run", "").get("batchStatus"));
        Map<String, String> again = get("roll");
        assertEquals(completed.get("lineCount"), again.get("lineCount"), "a re-run adds no line");
        assertEquals(completed.get("totalAmount"), again.get("totalAmount"));
    }

    /**
     * The same for a statistics month: started through the statistics jobs' service, slowed down, killed
     * part way; after the start it is FAILED and interrupted on the service while the batch runtime still
     * says STARTED, the service runs its period again, the interrupted run's staged figures are gone and the
     * published figures equal a clean run's. NOT YET RUN GREEN: written and corrected after its first run
     * failed in the test's own servlet, but not run again before the deadline; enable it after one green run.
     */
    @Test
    void aStatisticsRunInterruptedByAKilledServerIsMarkedAndRunAgainToTheFiguresOfACleanRun() throws Exception {
        long execution = Long.parseLong(statistics("POST", "launch", "itemDelayMillis=2000").get("execution"));
        Map<String, String> computing = awaitStatistics(execution, r -> "STARTED".equals(r.get("status"))
                && Long.parseLong(r.get("itemsDone")) >= 3, Duration.ofMinutes(3));
        long items = Long.parseLong(computing.get("itemsTotal"));

        killServer();
        startServer();

        Map<String, String> interrupted = awaitStatistics(execution, r -> r.get("status") != null, Duration.ofMinutes(5));
        assertEquals("FAILED", interrupted.get("status"), "marked at start-up: " + interrupted);
        assertEquals("true", interrupted.get("interrupted"), "failed because the server stopped: " + interrupted);
        assertEquals("true", interrupted.get("restartable"), "the screen offers to run it again");
        assertEquals("STARTED", interrupted.get("runtimeStatus"), "the batch runtime's own record is left as it was");
        long done = Long.parseLong(interrupted.get("itemsDone"));
        assertTrue(done >= 3 && done < items, "killed part way: " + interrupted);

        long rerunExecution = Long.parseLong(statistics("POST", "restart", "execution=" + execution).get("execution"));
        Map<String, String> rerun = awaitStatistics(rerunExecution, CrashRecoveryIT::ended, Duration.ofMinutes(10));
        assertEquals("COMPLETED", rerun.get("status"), "staff run the interrupted period again: " + rerun);
        assertEquals("0", statistics("GET", "run", "execution=" + execution).get("staged"),
                "the interrupted run's half-computed figures are dropped");
        Map<String, String> recovered = statistics("GET", "figures", "");
        assertTrue(Long.parseLong(recovered.get("rows")) >= items, "every indicator of every county: " + recovered);

        // What a clean run (nothing killed) publishes for the same month: the same figures, none more or less.
        long clean = Long.parseLong(statistics("POST", "start", "").get("execution"));
        assertEquals("COMPLETED", awaitStatistics(clean, CrashRecoveryIT::ended, Duration.ofMinutes(10)).get("status"));
        assertEquals(recovered, statistics("GET", "figures", ""), "published after the crash = a clean run's");
    }

    /**
     * The same for an import of subsidy applications uploaded by 东关街道's clerk through the page's service: 2,000
     * rows (200 good applications of 100 people spread among 1,800 unregistered ID numbers), chunks of 500, slowed
     * down (test-only server system property {@value CrashImportServlet#DELAY_PROPERTY}, read by the import job
     * XML) and killed once the first chunk has committed. After the start the run is FAILED with the reason
     * 服务器在导入过程中停止 and keeps only whole chunks; continued as its uploader does (继续导入: the execution the
     * runtime still records as started is not taken for one already continuing the run), it completes: every row
     * has exactly one outcome, every good row made exactly one case (audited once, naming the run), and nobody
     * holds a subsidy twice.
     */
    @Test
    void anImportInterruptedByAKilledServerIsMarkedFailedAndContinuedWithoutLosingOrRepeatingARow() throws Exception {
        Map<String, String> uploaded = importer("POST", "upload", "people=100&unknown=1800&itemDelayMillis=20");
        String run = "runId=" + uploaded.get("runId");
        long rows = Long.parseLong(uploaded.get("rows"));
        long good = Long.parseLong(uploaded.get("good"));
        assertEquals(2000, rows);
        Map<String, String> running = awaitImport(run, r -> "RUNNING".equals(r.get("status"))
                && Long.parseLong(r.get("rowsDone")) >= 500, Duration.ofMinutes(5));
        assertTrue(Long.parseLong(running.get("rowsDone")) < rows, "an import long enough to be killed in the middle: "
                + running);

        killServer();
        startServer();

        Map<String, String> interrupted = awaitImport(run, r -> r.get("status") != null, Duration.ofMinutes(5));
        assertEquals("FAILED", interrupted.get("status"), "marked at start-up: " + interrupted);
        assertEquals("服务器在导入过程中停止，已导入的行不受影响，请点击“继续导入”", interrupted.get("failureReason"));
        assertEquals("The_server_stopped_during_the_import;_the_rows_already_imported_stay;_choose_\"Continue\"",
                interrupted.get("failureReasonEn"));
        long done = Long.parseLong(interrupted.get("rowsDone"));
        assertTrue(done >= 500 && done < rows && done % 500 == 0, "killed part way, whole chunks kept: " + interrupted);
        assertEquals(String.valueOf(done), importer("GET", "outcomes", run).get("rowsWithOutcome"),
                "the chunk being written when the server died left no outcome");

        String execution = importer("POST", "continue", run).get("execution");
        Map<String, String> completed = awaitImport(run, r -> execution.equals(r.get("execution"))
                && List.of("COMPLETED", "FAILED").contains(r.get("status")), Duration.ofMinutes(10));
        assertEquals("COMPLETED", completed.get("status"), "continued to its end: " + completed);
        assertEquals(String.valueOf(rows), completed.get("rowsDone"));
        assertEquals(String.valueOf(good), completed.get("rowsImported"));
        assertEquals(String.valueOf(rows - good), completed.get("rowsRefused"));
        Map<String, String> sql = importer("GET", "outcomes", run);
        assertEquals(String.valueOf(rows), sql.get("rowsWithOutcome"), "every row has an outcome: " + sql);
        assertEquals("0", sql.get("bothOutcomes"), "no row both imported and refused");
        assertEquals(String.valueOf(good), sql.get("importedRows"), "every good row imported once");
        assertEquals(String.valueOf(rows - good), sql.get("refusedRows"));
        assertEquals(String.valueOf(good), sql.get("cases"), "one case per good row");
        assertEquals(String.valueOf(good / 2), sql.get("people"));
        assertEquals(String.valueOf(good), sql.get("casesOfPeople"), "no case without its row's outcome");
        assertEquals("0", sql.get("heldTwice"), "nobody holds a subsidy twice");
        assertEquals(String.valueOf(good), sql.get("auditedCases"), "each case audited once");
    }

    private static boolean ended(Map<String, String> run) {
        return List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(run.get("status"));
    }

    /** kill -9 of this build's domain JVM, found by its domain directory on its command line. */
    private static void killServer() throws Exception {
        String domainDir = System.getProperty("dpf.it.domainDir");
        assertTrue(domainDir != null && !domainDir.isBlank(), "system property dpf.it.domainDir");
        killServer(domainDir);
    }

    /** kill -9 of the domain JVM whose command line holds that domain directory (never another one's). */
    static void killServer(String domainDir) throws Exception {
        List<String> pids = new ArrayList<>();
        Process ps = new ProcessBuilder("ps", "-eo", "pid=,args=").start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(ps.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                String l = line.trim();
                String args = l.substring(l.indexOf(' ') + 1);
                if (args.contains("java") && args.contains(domainDir + "/") && args.contains("ASMain")) {
                    pids.add(l.substring(0, l.indexOf(' ')));
                }
            }
        }
        ps.waitFor(30, TimeUnit.SECONDS);
        assertEquals(1, pids.size(), "exactly one server JVM of " + domainDir + ": " + pids);
        assertEquals(0, new ProcessBuilder("kill", "-9", pids.get(0)).inheritIO().start().waitFor());
        long deadline = System.currentTimeMillis() + 60_000;
        while (alive(pids.get(0))) {
            assertTrue(System.currentTimeMillis() < deadline, "the killed server is still there");
            Thread.sleep(200);
        }
    }

    /** Whether a process exists and is not a zombie (a container's first process may never reap it). */
    private static boolean alive(String pid) throws Exception {
        Process ps = new ProcessBuilder("ps", "-o", "stat=", "-p", pid).start();
        String stat = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        ps.waitFor(30, TimeUnit.SECONDS);
        return !stat.isEmpty() && !stat.startsWith("Z");
    }

    /** dpf-server.sh start, as an operator starts the domain again after a crash. */
    private static void startServer() throws Exception {
        ProcessBuilder start = new ProcessBuilder("bash", System.getProperty("dpf.server.script"), "start").inheritIO();
        start.environment().put("DPF_SERVER_DIR", System.getProperty("dpf.it.serverDir"));
        start.environment().put("DPF_DOMAIN", System.getProperty("dpf.it.domain"));
        start.environment().put("DPF_PORTBASE", System.getProperty("dpf.it.portbase"));
        Process p = start.start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "dpf-server.sh start did not end");
        assertEquals(0, p.exitValue(), "dpf-server.sh start");
    }

    private interface Check {
        boolean ok(Map<String, String> roll);
    }

    /** Polls the roll (waiting for the application to answer after a start) until the check holds. */
    private Map<String, String> awaitRoll(Check check, Duration within) throws InterruptedException {
        long deadline = System.currentTimeMillis() + within.toMillis();
        Map<String, String> last = Map.of();
        String error = "";
        while (System.currentTimeMillis() < deadline) {
            try {
                last = get("roll");
                if (check.ok(last)) {
                    return last;
                }
            } catch (IOException | IllegalStateException notYet) {
                error = notYet.toString();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the roll did not get there within " + within + ": " + last + " " + error);
    }

    /** Polls a statistics execution (waiting for the application to answer after a start) until the check holds. */
    private Map<String, String> awaitStatistics(long execution, Check check, Duration within) throws InterruptedException {
        long deadline = System.currentTimeMillis() + within.toMillis();
        Map<String, String> last = Map.of();
        String error = "";
        while (System.currentTimeMillis() < deadline) {
            try {
                last = statistics("GET", "run", "execution=" + execution);
                if (check.ok(last)) {
                    return last;
                }
            } catch (IOException | IllegalStateException notYet) {
                error = notYet.toString();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the statistics run did not get there within " + within + ": " + last + " " + error);
    }

    /** Polls an import run (waiting for the application to answer after a start) until the check holds. */
    private Map<String, String> awaitImport(String run, Check check, Duration within) throws InterruptedException {
        long deadline = System.currentTimeMillis() + within.toMillis();
        Map<String, String> last = Map.of();
        String error = "";
        while (System.currentTimeMillis() < deadline) {
            try {
                last = importer("GET", "run", run);
                if (check.ok(last)) {
                    return last;
                }
            } catch (IOException | IllegalStateException notYet) {
                error = notYet.toString();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the import run did not get there within " + within + ": " + last + " " + error);
    }

    private Map<String, String> importer(String method, String what, String parameters)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(importBase + "?do=" + what + "&" + parameters));
        return call("POST".equals(method) ? request.POST(HttpRequest.BodyPublishers.noBody()) : request.GET());
    }

    private Map<String, String> statistics(String method, String what, String parameters)
            throws IOException, InterruptedException {
        URI uri = URI.create(statisticsBase + "?do=" + what + "&month=" + STATISTICS_MONTH + "&division=" + CITY
                + (parameters.isEmpty() ? "" : "&" + parameters));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        return call("POST".equals(method) ? request.POST(HttpRequest.BodyPublishers.noBody()) : request.GET());
    }

    private Map<String, String> get(String what, String... parameters) throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(uri(what, parameters)).GET());
    }

    private Map<String, String> post(String what, String parameters) throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(uri(what, parameters)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private URI uri(String what, String... parameters) {
        StringBuilder q = new StringBuilder("?do=").append(what).append("&month=").append(MONTH)
                .append("&division=").append(CITY);
        for (String p : parameters) {
            if (!p.isEmpty()) {
                q.append('&').append(p);
            }
        }
        return URI.create(base + q);
    }

    private Map<String, String> call(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request.timeout(Duration.ofMinutes(6)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : r.body().trim().split(" ")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return values;
    }
}
