package cn.xndpf.it.cluster;

import cn.xndpf.it.web.StaffBrowser;
import cn.xndpf.it.web.StaffBrowserExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform on a cluster (run by {@code mvn -Pcluster verify}, see README "Scaling out"): two instances of a
 * Payara deployment group behind nginx. A district officer signed in through the load balancer has a search
 * open; the instance serving the session is killed ({@code kill -9}); the officer goes on, still signed in, on
 * the other instance, with the screen's state (the search and its page) intact, read from the data grid.
 */
@ExtendWith(StaffBrowserExtension.class)
class ClusterFailoverIT {

    private static final int PORT_BASE = Integer.getInteger("dpf.it.portbase", 25000);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aSignedInOfficerGoesOnWorkingWhenTheInstanceServingThemIsKilled() throws Exception {
        StaffBrowser b = StaffBrowser.shared();
        b.login("chengdong", "district123");
        b.open("app/person/search.xhtml");
        b.visible(By.id("search:results"));
        // the search's second page: state the view-scoped screen keeps in the session
        WebElement next = b.visible(By.cssSelector("#search\\:results_paginator_bottom .ui-paginator-next"));
        next.click();
        b.waitForAjax();
        List<String> secondPage = names(b);
        assertFalse(secondPage.isEmpty(), "the district's registry has a second page");

        int serving = instanceServing(b);
        long pid = instancePid(serving);
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();   // SIGKILL: no shutdown, no session written out
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());

        // the same screen, same view: its paginator still answers, from the other instance
        b.driver.findElement(By.cssSelector("#search\\:results_paginator_bottom .ui-paginator-prev")).click();
        b.waitForAjax();
        assertFalse(b.driver.getCurrentUrl().contains("login.xhtml"), "still signed in: " + b.driver.getCurrentUrl());
        List<String> firstPage = names(b);
        assertFalse(firstPage.isEmpty(), "the first page is listed again");
        assertNotEquals(secondPage, firstPage);
        b.driver.findElement(By.cssSelector("#search\\:results_paginator_bottom .ui-paginator-next")).click();
        b.waitForAjax();
        assertEquals(secondPage, names(b), "the same second page, from the surviving instance");

        // and a new page of the signed-in user
        b.open("app/home.xhtml");
        assertFalse(b.driver.getCurrentUrl().contains("login.xhtml"), "still signed in: " + b.driver.getCurrentUrl());
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main")));
        int now = instanceServing(b);
        assertNotEquals(serving, now, "the session is served by the surviving instance");
        assertTrue(ProcessHandle.of(pid).isEmpty() || !ProcessHandle.of(pid).get().isAlive(), "instance " + serving + " is dead");
    }

    private static List<String> names(StaffBrowser b) {
        return b.driver.findElements(By.cssSelector("#search\\:results_data > tr[data-ri] a.person-link")).stream()
                .map(WebElement::getText).toList();
    }

    /** Which instance (1, 2, ...) the load balancer sends this browser's session to, from its X-DPF-Instance header. */
    private static int instanceServing(StaffBrowser b) throws Exception {
        Cookie session = b.driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(StaffBrowser.url("app/home.xhtml")))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.discarding());
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
}
