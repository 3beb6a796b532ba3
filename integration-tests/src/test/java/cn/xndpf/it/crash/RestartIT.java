package cn.xndpf.it.crash;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Starting again must always work" (issue 11): {@code dpf-server.sh start <ear>} on a domain whose deployed
 * application is stale (a previous version) or half deployed (the JVM killed with {@code kill -9} in the middle
 * of a deployment) brings the platform up with the current EAR, and the domain never loads the application it
 * is about to replace (loading it and then redeploying is what failed about once in five starts); on a running
 * domain it restarts the domain rather than redeploying into the JVM that loaded the application.
 * <p>
 * A domain of its own ({@value #DOMAIN}, port base + 300, its own H2 directory, a small demo), started,
 * stopped and started several times; it is stopped at the end. It runs in the crash-recovery execution.
 */
class RestartIT {

    private static final String DOMAIN = "dpf-restart";
    private static final String SERVER_DIR = System.getProperty("dpf.it.serverDir", "target");
    private static final int PORT_BASE = Integer.parseInt(System.getProperty("dpf.it.portbase", "18000")) + 300;
    private static final Path DATA = Paths.get(SERVER_DIR, "restart-data").toAbsolutePath();
    private static final Path DOMAIN_DIR = Paths.get(SERVER_DIR, "payara6", "glassfish", "domains", DOMAIN)
            .toAbsolutePath();
    private static final Path MARKER = DOMAIN_DIR.resolve(StaleAppMarker.FILE);
    private static final Path SERVER_LOG = DOMAIN_DIR.resolve("logs/server.log");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @AfterAll
    static void stopTheDomain() throws Exception {
        script("stop");
    }

    @Test
    void startWithTheEarAlwaysBringsTheCurrentPlatformUp() throws Exception {
        String ear = System.getProperty("dpf.ear");
        script("provision");

        // a previous version deployed as dpf; the marker shows that a server loads it
        Path stale = Paths.get(SERVER_DIR, "stale-dpf.war").toAbsolutePath();
        ShrinkWrap.create(WebArchive.class, "stale-dpf.war").addClass(StaleAppMarker.class)
                .addAsWebResource(new StringAsset("previous version"), "index.html")
                .as(ZipExporter.class).exportTo(stale.toFile(), true);
        script("deploy", stale.toString());
        assertTrue(Files.exists(MARKER), "the stale application's marker works: " + MARKER);
        Files.delete(MARKER);
        script("stop");

        script("start", ear);
        assertFalse(Files.exists(MARKER), "the domain started without loading the application it replaced");
        awaitPlatform("start over a previous version");

        // A plain start (no EAR) bringing the deployed platform back by itself is CrashRecoveryIT's: it does so
        // after each kill -9, with the test domain (a third start here cost a minute and a half of the suite).

        // kill -9 in the middle of a deployment, then start with the EAR
        Process deploy = process("deploy", ear).start();
        Thread.sleep(15_000);
        CrashRecoveryIT.killServer(DOMAIN_DIR.toString());
        assertTrue(deploy.waitFor(5, TimeUnit.MINUTES), "the interrupted deploy command ends");
        script("start", ear);
        awaitPlatform("start after a kill -9 mid-deploy");
        assertFalse(Files.exists(MARKER), "the previous version was never loaded again");

        // start with the EAR on the running domain: restarted without the application it loaded, not
        // redeployed into (a redeployment into that JVM is what failed once in five); the pid shows it
        String before = Files.readString(DOMAIN_DIR.resolve("config/pid")).trim();
        script("start", ear);
        awaitPlatform("start on the running domain");
        assertNotEquals(before, Files.readString(DOMAIN_DIR.resolve("config/pid")).trim(),
                "a new JVM: the running one was restarted, not redeployed into");
    }

    /** The platform's login page and its readiness (which checks the database) answer. */
    private static void awaitPlatform(String when) throws Exception {
        String base = "http://localhost:" + (PORT_BASE + 80);
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(5).toMillis();
        String last = "";
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> login = get(base + "/dpf/login.xhtml");
                HttpResponse<String> ready = get(base + "/health/ready");
                if (login.statusCode() == 200 && login.body().contains("login:username") && ready.statusCode() == 200) {
                    return;
                }
                last = "login " + login.statusCode() + ", ready " + ready.statusCode() + " " + ready.body();
            } catch (java.io.IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(2_000);
        }
        throw new AssertionError(when + ": the platform did not come up: " + last);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void script(String... args) throws Exception {
        ProcessBuilder p = process(args);
        Path output = Files.createTempFile(Paths.get(SERVER_DIR).toAbsolutePath(), "restart-script-", ".log");
        p.redirectErrorStream(true).redirectOutput(output.toFile());
        Process run = p.start();
        boolean ended = run.waitFor(15, TimeUnit.MINUTES);
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        System.out.print(printed);
        assertTrue(ended, String.join(" ", p.command()) + " did not end");
        // CI shows the failure's message, not the whole log: the script's own words and the server's last
        // severe lines go into it, so that a start failing once in many runs can be understood afterwards
        assertEquals(0, run.exitValue(), () -> String.join(" ", p.command()) + " printed:\n" + printed
                + "\nlast severe lines of " + SERVER_LOG + ":\n" + severeLines());
    }

    private static String severeLines() {
        try {
            List<String> lines = Files.readAllLines(SERVER_LOG, StandardCharsets.UTF_8);
            List<String> severe = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("SEVERE") || lines.get(i).contains("Exception")) {
                    severe.add(lines.get(i));
                    if (i + 1 < lines.size()) {
                        severe.add(lines.get(i + 1));
                    }
                }
            }
            return String.join("\n", severe.subList(Math.max(0, severe.size() - 30), severe.size()));
        } catch (java.io.IOException e) {
            return "(not readable: " + e + ")";
        }
    }

    private static ProcessBuilder process(String... args) {
        List<String> command = new ArrayList<>(List.of("bash", System.getProperty("dpf.server.script")));
        command.addAll(List.of(args));
        ProcessBuilder p = new ProcessBuilder(command).inheritIO();
        Map<String, String> env = p.environment();
        env.put("DPF_SERVER_DIR", SERVER_DIR);
        env.put("DPF_DOMAIN", DOMAIN);
        env.put("DPF_PORTBASE", String.valueOf(PORT_BASE));
        env.put("DPF_DATA_DIR", DATA.toString());
        env.put("DPF_WIPE_DATA", "true");
        env.put("DPF_DB", "h2");
        env.put("DPF_DEMO", "true");
        env.put("DPF_DEMO_PEOPLE", "30");
        env.put("DPF_DEMO_HISTORY", "false");
        env.put("DPF_HEAP", "768m");
        return p;
    }
}
