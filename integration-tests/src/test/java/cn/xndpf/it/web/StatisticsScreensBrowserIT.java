package cn.xndpf.it.web;

import cn.xndpf.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What issue 4 is done with, in a real browser: an administrator starts a period's statistics, watches the
 * progress bar until it finishes, opens the dashboard from the published period, and downloads the Excel
 * tables and the PDF summary.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsScreensBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static WebDriver driver;
    private static WebDriverWait wait;
    private static Path profileDir;
    private static Path downloads;

    @BeforeAll
    static void startBrowser() throws IOException {
        profileDir = Files.createTempDirectory("dpf-chromium-");
        downloads = Files.createTempDirectory("dpf-downloads-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1366,900", "--lang=zh-CN",
                "--user-data-dir=" + profileDir.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        driver = chrome;
        wait = new WebDriverWait(driver, TIMEOUT);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        for (Path dir : new Path[]{profileDir, downloads}) {
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Test
    void anAdministratorRunsAMonthWatchesItAndDownloadsTheReports() throws Exception {
        try {
            driver.get(url("login.xhtml"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys("admin");
            driver.findElement(By.id("login:password")).sendKeys("admin123");
            driver.findElement(By.id("login:submit")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("menuBatch"))).click();
            wait.until(ExpectedConditions.urlContains("/admin/batch.xhtml"));

            // the form proposes the month just ended, for the administrator's city
            wait.until(ExpectedConditions.elementToBeClickable(By.id("batch:start"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("batch:bar")));
            new WebDriverWait(driver, Duration.ofSeconds(300)).until(ExpectedConditions
                    .textToBePresentInElementLocated(By.id("batch:messages"), "统计数据已发布"));
            String progress = driver.findElement(By.id("batch:executions")).getText();
            assertTrue(progress.contains("已完成"), progress);

            // the published period opens the dashboard, with its key figures
            driver.findElement(By.cssSelector("#batch\\:published a")).click();
            wait.until(ExpectedConditions.urlContains("/app/statistics/dashboard.xhtml"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kf-REG_HOLDERS")));
            String holders = driver.findElement(By.cssSelector("#kf-REG_HOLDERS .kf-value")).getText();
            assertTrue(Integer.parseInt(holders.trim()) > 0, "holders shown: " + holders);
            assertTrue(driver.findElement(By.id("asOf")).getText().contains("期末数截至"));

            screenshot("StatisticsScreensBrowserIT-dashboard");
            // drill down to a district and back is a link per county
            assertTrue(driver.findElements(By.cssSelector("a.drill")).size() >= 7, "the seven counties side by side");

            driver.findElement(By.id("dash:excel")).click();
            Path xlsx = awaitDownload(".xlsx");
            byte[] x = Files.readAllBytes(xlsx);
            assertEquals('P', x[0]);
            assertEquals('K', x[1]);
            driver.findElement(By.id("dash:pdf")).click();
            Path pdf = awaitDownload(".pdf");
            assertTrue(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .startsWith("%PDF"));
        } catch (RuntimeException | AssertionError e) {
            screenshot("StatisticsScreensBrowserIT-failed");
            throw e;
        }
    }

    private static Path awaitDownload(String extension) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            try (Stream<Path> files = Files.list(downloads)) {
                Optional<Path> done = files.filter(p -> p.toString().endsWith(extension)).findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) {
                    return done.get();
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no " + extension + " downloaded");
    }

    private static String url(String path) {
        String base = System.getProperty("dpf.it.baseUrl", "http://localhost:18080/dpf/");
        return (base.endsWith("/") ? base : base + "/") + path;
    }

    private static void screenshot(String name) {
        if (!(driver instanceof TakesScreenshot camera)) {
            return;
        }
        try {
            Path dir = Paths.get("target", "screenshots");
            Files.createDirectories(dir);
            Files.copy(camera.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot: " + e);
        }
    }
}
