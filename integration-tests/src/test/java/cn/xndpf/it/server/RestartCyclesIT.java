package cn.xndpf.it.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Starting again must always work": the platform is stopped and started again with its EAR twice (the second start is the one that meets a deployed application),
 * the way an operator (or the run command) does it, through the real script on the real test domain and
 * database: {@code dpf-server.sh stop}, then {@code dpf-server.sh provision <ear>}. Each start ends ready
 * ({@code /health/ready} up, the login page served), the data are kept (the registry's rows are the same
 * before, read from the H2 file while the domain is stopped, and after), and the domain never starts with
 * the application it is about to replace: the script disables it first, so the server log shows the
 * application loaded exactly once per cycle (by the deployment), never by the start.
 * <p>
 * It stops and starts the server the other tests use, so failsafe runs it in an execution of its own after
 * all of them (profile {@code crash-test}); it leaves the domain running without the application.
 */
class RestartCyclesIT {

    private static final int CYCLES = 2;
    /** Payara's line for each load of an application's web module, at a start or a deployment. */
    private static final Pattern LOADED = Pattern.compile("Loading application \\[dpf#");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void thePlatformStopsAndStartsAgainWithItsEarReadyAndWithItsData() throws Exception {
        Path log = Path.of(property("dpf.it.domainDir"), "logs", "server.log");
        long people = -1;
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            script("stop");
            long before = count("SELECT COUNT(*) FROM person");
            if (people >= 0) {
                assertEquals(people, before, "cycle " + cycle + ": the registry as the last start left it");
            }
            long loadsBefore = loads(log);

            String out = script("provision", property("dpf.ear"));
            if (cycle > 1) {
                assertTrue(out.contains("Disabling the previous dpf"), "cycle " + cycle + ": " + out);
            }
            awaitReady("cycle " + cycle);
            assertEquals(1, loads(log) - loadsBefore, "cycle " + cycle + ": the application is loaded once, by the"
                    + " deployment, never by the start before it");
            HttpResponse<String> login = get("/dpf/login.xhtml");
            assertEquals(200, login.statusCode(), "cycle " + cycle + ": the login page");
            assertTrue(login.body().contains("西宁市"), "cycle " + cycle + ": the platform's page");

            // read through the running server (H2's automatic mixed mode)
            people = count("SELECT COUNT(*) FROM person");
            assertEquals(before, people, "cycle " + cycle + ": the data are kept (no person lost or generated again)");
            assertTrue(people > 0, "the demo registry is there");
        }
    }

    /** Leaves the domain as the other executions expect it: running, without the application. */
    @AfterAll
    static void undeploy() throws Exception {
        new RestartCyclesIT().script("undeploy");
    }

    private void awaitReady(String when) throws Exception {
        long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(5);
        String last = "";
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> r = get("/health/ready");
                if (r.statusCode() == 200 && r.body().replace(" ", "").contains("\"status\":\"UP\"")) {
                    return;
                }
                last = r.statusCode() + " " + r.body();
            } catch (java.io.IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(500);
        }
        throw new AssertionError(when + ": not ready within 5 minutes: " + last);
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = URI.create("http://localhost:" + property("dpf.it.httpPort") + path);
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Loads logged so far, in server.log and the files Payara rotated it into. */
    private static long loads(Path log) throws Exception {
        long n = 0;
        try (var files = Files.list(log.getParent())) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("server.log")).toList()) {
                Matcher m = LOADED.matcher(Files.readString(f, StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Runs dpf-server.sh with the test domain's settings (data kept); returns what it printed. */
    private String script(String... arguments) throws Exception {
        String[] command = new String[arguments.length + 2];
        command[0] = "bash";
        command[1] = property("dpf.server.script");
        System.arraycopy(arguments, 0, command, 2, arguments.length);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("DPF_SERVER_DIR", property("dpf.it.serverDir"));
        env.put("DPF_DOMAIN", property("dpf.it.domain"));
        env.put("DPF_PORTBASE", property("dpf.it.portbase"));
        env.put("DPF_DATA_DIR", property("dpf.it.dataDir"));
        env.put("DPF_DB", "h2");
        env.put("DPF_DEMO", "true");
        env.put("DPF_DEMO_PEOPLE", property("dpf.it.demoPeople"));
        env.put("DPF_WIPE_DATA", "false");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), "dpf-server.sh " + String.join(" ", arguments) + " did not end");
        System.out.print(out);
        assertEquals(0, p.exitValue(), "dpf-server.sh " + String.join(" ", arguments) + ": " + out);
        return out;
    }

    /** A count from the H2 file (the domain stopped), with the H2 driver Payara ships. */
    private static long count(String sql) throws Exception {
        File h2 = new File(property("dpf.it.serverDir"), "payara6/h2db/bin/h2.jar");
        assertTrue(h2.isFile(), "Payara's H2 driver: " + h2);
        try (URLClassLoader loader = new URLClassLoader(new URL[]{h2.toURI().toURL()}, null)) {
            Driver driver = (Driver) Class.forName("org.h2.Driver", true, loader).getDeclaredConstructor().newInstance();
            String url = "jdbc:h2:file:" + property("dpf.it.dataDir") + "/dpf;AUTO_SERVER=TRUE;MODE=Oracle;"
                    + "DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE";
            try (Connection c = driver.connect(url, new Properties()); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery(sql)) {
                assertFalse(c.isClosed());
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null && !value.isBlank(), "system property " + name);
        return value;
    }
}
