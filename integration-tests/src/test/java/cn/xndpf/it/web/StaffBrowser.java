package cn.xndpf.it.web;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A headless Chromium on the staff screens, shared by the steps of a browser test. Client side only:
 * tests that also run steps inside the server keep Selenium out of their own fields and signatures and
 * reach it through this class.
 */
final class StaffBrowser {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String DEFAULT_BASE_URL = "http://localhost:18080/dpf/";

    private static StaffBrowser shared;

    final WebDriver driver;
    final WebDriverWait wait;
    private final Path profileDir;

    private StaffBrowser() {
        try {
            profileDir = Files.createTempDirectory("dpf-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1366,900", "--lang=zh-CN",
                "--user-data-dir=" + profileDir.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, TIMEOUT);
    }

    /** The browser of this test run, started on first use. */
    static StaffBrowser shared() {
        if (shared == null) {
            shared = new StaffBrowser();
        }
        return shared;
    }

    static void closeShared() throws IOException {
        if (shared == null) {
            return;
        }
        shared.driver.quit();
        try (Stream<Path> files = Files.walk(shared.profileDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        shared = null;
    }

    /** A fresh session as this user (the previous one's cookies are dropped). */
    void login(String username, String password) {
        driver.get(url("login.xhtml"));
        driver.manage().deleteAllCookies();
        driver.get(url("login.xhtml"));
        visible(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
        waitForAjax();
    }

    void open(String path) {
        driver.get(url(path));
        waitForAjax();
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the page has loaded and PrimeFaces has no ajax request queued or running. */
    void waitForAjax() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0);"));
    }

    /** Leaves a screenshot in {@code target/screenshots/}. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name.replaceAll("[^\\w.-]", "_") + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot: " + e);
        }
    }

    static String url(String path) {
        String base = System.getProperty("dpf.it.baseUrl", DEFAULT_BASE_URL);
        return (base.endsWith("/") ? base : base + "/") + path;
    }
}
