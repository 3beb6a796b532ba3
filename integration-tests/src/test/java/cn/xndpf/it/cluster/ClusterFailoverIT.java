package cn.xndpf.it.cluster;

import cn.xndpf.it.web.StaffBrowser;
import cn.xndpf.it.web.StaffBrowserExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform on a cluster (run by {@code mvn -Pcluster verify}, see README "Scaling out"): two instances of a
 * Payara deployment group behind nginx, one H2 server. In order, on the same cluster:
 * <ol>
 * <li>the month's statistics schedule (fired every minute on both instances in this profile) ran last month
 * once;</li>
 * <li>the same roll started on both instances at once is one roll, no month paid twice;</li>
 * <li>city staff signed in through the load balancer start the city's roll and open the registry search;
 * the instance serving them (and running the roll) is killed with {@code kill -9}; they go on, still
 * signed in, on the other instance, with the screen's state read from the data grid; the surviving
 * instance marks the dead one's roll failed, and the roll run again from the same screen completes with
 * no month paid twice.</li>
 * </ol>
 */
@ExtendWith(StaffBrowserExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

    private static final int PORT_BASE = Integer.getInteger("dpf.it.portbase", 25000);
    private static final Path SERVER_DIR = Paths.get(System.getProperty("dpf.it.serverDir", "target"));
    private static final String DOMAIN = System.getProperty("dpf.it.domain", "dpf-it");
    private static final String CITY = "630100";
    private static final String SMALL_DISTRICT = "630106";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    @Order(1)
    void theMonthsScheduleFiredOnEveryInstanceRunsLastMonthOnce() throws Exception {
        LocalDate lastMonth = YearMonth.now().minusMonths(1).atDay(1);
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(4).toMillis();
        while (!(firedOn(1) && firedOn(2) && published(lastMonth) > 0)) {
            assertTrue(System.currentTimeMillis() < deadline, "both instances fire the schedule and the month is published"
                    + " (fired on 1: " + firedOn(1) + ", on 2: " + firedOn(2) + ")");
            Thread.sleep(5000);
        }
        Thread.sleep(65_000);   // another firing on each instance
        try (Connection c = db()) {
            assertEquals(1, count(c, "SELECT COUNT(*) FROM run_claim WHERE claim_key = 'statistics-schedule:MONTH:"
                    + lastMonth + "'"), "the period is claimed once");
            long cities = count(c, "SELECT COUNT(*) FROM stat_publication WHERE period_type = 'MONTH' AND period_start = DATE '"
                    + lastMonth + "'");
            assertTrue(cities > 0, "last month is published");
            assertEquals(cities, count(c, "SELECT COUNT(*) FROM jobinstancedata WHERE name = 'statistics-month'"),
                    "one run of the month per city, however often the two instances fired");
        }
        assertTrue(log(1).contains("already started by another server") || log(2).contains("already started by another server"),
                "an instance that lost the claim says so");
    }

    @Test
    @Order(2)
    void theSameRollStartedOnBothInstancesAtOnceIsOneRoll() throws Exception {
        String month = YearMonth.now().toString();
        List<StaffBrowser> browsers = List.of(StaffBrowser.at(instanceUrl(1)), StaffBrowser.at(instanceUrl(2)));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (StaffBrowser b : browsers) {
                b.login("city", "city123");
                chooseRoll(b, month, SMALL_DISTRICT);
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Void>> clicks = new ArrayList<>();
            for (StaffBrowser b : browsers) {
                clicks.add(pool.submit((Callable<Void>) () -> {
                    go.await();
                    b.driver.findElement(By.id("rolls:runButton")).click();
                    b.waitForAjax();
                    return null;
                }));
            }
            go.countDown();
            for (Future<Void> click : clicks) {
                click.get();
            }
            awaitRollStatus(browsers.get(0), "COMPLETED", Duration.ofMinutes(5));
            try (Connection c = db()) {
                assertEquals(1, count(c, "SELECT COUNT(*) FROM payment_roll WHERE division_code = '" + SMALL_DISTRICT
                        + "' AND roll_month = DATE '" + month + "-01'"), "one roll of the month for the district");
                assertTrue(count(c, rollLines(month, SMALL_DISTRICT)) > 0, "the roll has lines");
                assertEquals(0, count(c, monthsPaidTwice()), "no case is paid a month twice");
            }
        } finally {
            pool.shutdownNow();
            for (StaffBrowser b : browsers) {
                b.close();
            }
        }
    }

    @Test
    @Order(3)
    void aSignedInOfficerGoesOnWorkingAndTheirRollIsRecoveredWhenTheInstanceServingThemIsKilled() throws Exception {
        String month = YearMonth.now().toString();
        StaffBrowser b = StaffBrowser.shared();
        b.login("city", "city123");
        int serving = instanceServing(b);

        // the registry search's second page: state the view-scoped screen keeps in the session
        b.open("app/person/search.xhtml");
        b.visible(By.id("search:results"));
        b.visible(By.cssSelector("#search\\:results_paginator_bottom .ui-paginator-next")).click();
        b.waitForAjax();
        List<String> secondPage = names(b);
        assertFalse(secondPage.isEmpty(), "the city's registry has a second page");
        String searchTab = b.driver.getWindowHandle();

        // in another tab, the city's roll, run by the instance serving this session: the whole city's back-pay
        b.driver.switchTo().newWindow(WindowType.TAB);
        chooseRoll(b, month, CITY);
        b.driver.findElement(By.id("rolls:runButton")).click();
        b.waitForAjax();
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(3).toMillis();
        while (casesDone(month) <= 0) {
            assertTrue(System.currentTimeMillis() < deadline, "the city's roll makes progress");
            Thread.sleep(200);
        }
        String rollTab = b.driver.getWindowHandle();

        long pid = instancePid(serving);
        try (Connection c = db()) {
            assertEquals("RUNNING", rollStatus(c, month, CITY), "the roll is still running when its instance dies");
        }
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();   // SIGKILL: no shutdown, no session written out
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());

        // the same screen, same view: its paginator still answers, from the other instance
        b.driver.switchTo().window(searchTab);
        b.driver.findElement(By.cssSelector("#search\\:results_paginator_bottom .ui-paginator-prev")).click();
        b.waitForAjax();
        assertFalse(b.driver.getCurrentUrl().contains("login.xhtml"), "still signed in: " + b.driver.getCurrentUrl());
        List<String> firstPage = names(b);
        assertFalse(firstPage.isEmpty(), "the first page is listed again");
        assertNotEquals(secondPage, firstPage);
        b.driver.findElement(By.cssSelector("#search\\:results_paginator_bottom .ui-paginator-next")).click();
        b.waitForAjax();
        assertEquals(secondPage, names(b), "the same second page, from the surviving instance");

        // a new page of the signed-in user
        b.open("app/home.xhtml");
        assertFalse(b.driver.getCurrentUrl().contains("login.xhtml"), "still signed in: " + b.driver.getCurrentUrl());
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main")));
        int now = instanceServing(b);
        assertNotEquals(serving, now, "the session is served by the surviving instance");

        // the dead instance's roll: the survivor says it stopped, and it is run again from the screen
        b.driver.switchTo().window(rollTab);
        chooseRoll(b, month, CITY);
        awaitRollStatus(b, "FAILED", Duration.ofMinutes(4));
        assertTrue(b.driver.findElement(By.id("failureReason")).getText().contains("服务器"),
                "the reason names the stopped server: " + b.driver.findElement(By.id("failureReason")).getText());
        b.driver.findElement(By.id("rolls:runButton")).click();
        b.waitForAjax();
        awaitRollStatus(b, "COMPLETED", Duration.ofMinutes(10));
        try (Connection c = db()) {
            assertEquals(0, count(c, monthsPaidTwice()), "no case is paid a month twice");
            assertEquals("dpf-i" + now, string(c, "SELECT running_on FROM payment_roll WHERE division_code = '" + CITY
                    + "' AND roll_month = DATE '" + month + "-01'"), "the survivor ran it to the end");
        }
    }

    // ---- the screens

    private static void chooseRoll(StaffBrowser b, String month, String division) {
        b.open("app/subsidy/rolls.xhtml");
        WebElement monthField = b.visible(By.id("rolls:month"));
        monthField.clear();
        monthField.sendKeys(month);
        new Select(b.driver.findElement(By.id("rolls:division"))).selectByValue(division);
        b.driver.findElement(By.id("rolls:showButton")).click();
        b.waitForAjax();
    }

    /** Waits for the roll shown to reach a status, showing it again now and then (the poller stops with the run). */
    private static void awaitRollStatus(StaffBrowser b, String status, Duration within) {
        new WebDriverWait(b.driver, within, Duration.ofSeconds(5))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    if (!d.findElements(By.cssSelector("#rollStatus.status-" + status)).isEmpty()) {
                        return true;
                    }
                    d.findElement(By.id("rolls:showButton")).click();
                    b.waitForAjax();
                    return false;
                });
    }

    private static List<String> names(StaffBrowser b) {
        return b.driver.findElements(By.cssSelector("#search\\:results_data > tr[data-ri] a.person-link")).stream()
                .map(WebElement::getText).toList();
    }

    // ---- the cluster

    private static String instanceUrl(int n) {
        return "http://localhost:" + (PORT_BASE + 100 * n + 80) + "/dpf/";
    }

    /** Which instance (1, 2, ...) the load balancer sends this browser's session to, from its X-DPF-Instance header. */
    private static int instanceServing(StaffBrowser b) throws Exception {
        // the browser's cookies, all of them: with the session Payara sends the version of it the grid must hold
        String cookies = b.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(StaffBrowser.url("app/home.xhtml")))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, r.statusCode(), "signed in through the load balancer");
        Optional<String> upstream = r.headers().firstValue("X-DPF-Instance");
        assertTrue(upstream.isPresent(), "the load balancer names the instance");
        String[] tried = upstream.get().split(",\\s*");   // nginx lists every instance it tried
        int port = Integer.parseInt(tried[tried.length - 1].substring(tried[tried.length - 1].lastIndexOf(':') + 1));
        return (port - PORT_BASE - 80) / 100;
    }

    /** The JVM of instance n (its command line names its directory). */
    private static long instancePid(int n) {
        String marker = "/dpf-i" + n + "/";
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker) && c.contains("instanceRoot")).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no running JVM of instance dpf-i" + n)).pid();
    }

    private static String log(int n) throws Exception {
        Path log = SERVER_DIR.resolve("payara6/glassfish/nodes/localhost-" + DOMAIN + "/dpf-i" + n + "/logs/server.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private static boolean firedOn(int n) throws Exception {
        return log(n).contains("Scheduled statistics MONTH");
    }

    // ---- the shared database, read as the instances write it

    private static Connection db() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:tcp://localhost:" + (PORT_BASE + 92) + "/dpf;MODE=Oracle;"
                + "DEFAULT_NULL_ORDERING=HIGH", "", "");
    }

    private static long published(LocalDate month) throws SQLException {
        try (Connection c = db()) {
            return count(c, "SELECT COUNT(*) FROM stat_publication WHERE period_type = 'MONTH' AND period_start = DATE '"
                    + month + "'");
        }
    }

    private static long casesDone(String month) throws SQLException {
        try (Connection c = db()) {
            return count(c, "SELECT COALESCE(MAX(cases_done), 0) FROM payment_roll WHERE division_code = '" + CITY
                    + "' AND roll_month = DATE '" + month + "-01' AND status = 'RUNNING'");
        }
    }

    private static String rollStatus(Connection c, String month, String division) throws SQLException {
        return string(c, "SELECT status FROM payment_roll WHERE division_code = '" + division + "' AND roll_month = DATE '"
                + month + "-01'");
    }

    private static String rollLines(String month, String division) {
        return "SELECT COUNT(*) FROM payment_line l JOIN payment_roll r ON r.id = l.roll_id WHERE r.division_code = '"
                + division + "' AND r.roll_month = DATE '" + month + "-01'";
    }

    /** Months a case was paid (or is to be paid) more than once, failed payments aside. */
    private static String monthsPaidTwice() {
        return "SELECT COUNT(*) FROM (SELECT case_id, paid_month FROM payment_line WHERE status <> 'FAILED'"
                + " GROUP BY case_id, paid_month HAVING COUNT(*) > 1) t";
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
