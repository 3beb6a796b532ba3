package cn.xndpf.it.web;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A headless Chromium on the staff screens, shared by the steps of a browser test. Client side only:
 * tests that also run steps inside the server keep Selenium out of their own fields and signatures and
 * reach it through this class.
 */
public final class StaffBrowser {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String DEFAULT_BASE_URL = "http://localhost:18080/dpf/";

    private static StaffBrowser shared;

    public final WebDriver driver;
    public final WebDriverWait wait;
    private final Path profileDir;
    private final Path downloads;
    /** The platform's address this browser works on; null: the test run's ({@link #url}). */
    private final String base;

    private StaffBrowser(String base) {
        this.base = base;
        try {
            profileDir = Files.createTempDirectory("dpf-chromium-");
            downloads = Files.createTempDirectory("dpf-downloads-");
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
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        driver = chrome;
        // A condition that finds an element of a page being replaced (a language switch reloads it) is asked
        // again rather than failing the test: SignInBrowserIT once lost the <html> it was reading.
        wait = new WebDriverWait(driver, TIMEOUT);
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** The browser of this test run, started on first use. */
    public static StaffBrowser shared() {
        if (shared == null) {
            shared = new StaffBrowser(null);
        }
        return shared;
    }

    /** The browser if a step of this test class started it, else null (nothing to photograph). */
    static StaffBrowser sharedIfStarted() {
        return shared;
    }

    /**
     * A browser of its own on another address of the platform (one instance of a cluster rather than its
     * load balancer); the caller closes it.
     */
    public static StaffBrowser at(String baseUrl) {
        return new StaffBrowser(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    public static void closeShared() throws IOException {
        if (shared == null) {
            return;
        }
        shared.close();
        shared = null;
    }

    public void close() throws IOException {
        driver.quit();
        for (Path dir : new Path[]{profileDir, downloads}) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The first file with this extension the browser finished downloading (within a minute). */
    public Path awaitDownload(String extension) throws InterruptedException, IOException {
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

    /** A fresh session as this user (the previous one's cookies are dropped). */
    public void login(String username, String password) {
        driver.get(address("login.xhtml"));
        driver.manage().deleteAllCookies();
        driver.get(address("login.xhtml"));
        visible(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
        waitForAjax();
    }

    /**
     * Signs in with the keyboard alone: Tab from the top of the login page to each field and to the button,
     * each reached with a visible focus, and Enter on the button.
     */
    void loginWithKeyboard(String username, String password) {
        driver.get(address("login.xhtml"));
        driver.manage().deleteAllCookies();
        open("login.xhtml");
        tabTo(By.id("login:username"));
        press(username);
        tabTo(By.id("login:password"));
        press(password);
        tabTo(By.id("login:submit"));
        press(Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
        waitForAjax();
    }

    /** The element that has the keyboard focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Moves the keyboard focus to the element with Tab (Shift+Tab when the element comes before the focus
     * in the page), and checks that the focus is visible there; fails if 150 presses do not reach it.
     */
    WebElement tabTo(By by) {
        WebElement target = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        boolean backwards = (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return !!(arguments[0].compareDocumentPosition(document.activeElement)"
                        + " & Node.DOCUMENT_POSITION_FOLLOWING);", target);
        for (int presses = 0; presses < 150; presses++) {
            if (focused().equals(target)) {
                assertFocusVisible(target);
                return target;
            }
            CharSequence key = backwards ? Keys.chord(Keys.SHIFT, Keys.TAB) : Keys.TAB;
            new Actions(driver).sendKeys(key).perform();
        }
        throw new AssertionError("Tab never reaches " + by + " on " + driver.getCurrentUrl());
    }

    /** Presses keys on whatever has the focus (no element is clicked to give it the focus first). */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /**
     * The focused element shows it: an outline or a focus ring (box shadow) that the page draws around it
     * when it has the focus (WCAG 2.4.7).
     */
    void assertFocusVisible(WebElement element) {
        Object shown = ((JavascriptExecutor) driver).executeScript(
                "var e = arguments[0], s = getComputedStyle(e);"
                        + "return e === document.activeElement && ((s.outlineStyle !== 'none'"
                        + " && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none');", element);
        if (!Boolean.TRUE.equals(shown)) {
            throw new AssertionError("no visible focus on " + element.getTagName() + "#"
                    + element.getAttribute("id") + " on " + driver.getCurrentUrl());
        }
    }

    public void open(String path) {
        driver.get(address(path));
        waitForAjax();
    }

    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the page has loaded and PrimeFaces has no ajax request queued or running. */
    public void waitForAjax() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0);"));
    }

    /**
     * Runs axe-core on the page as it is now (dialogs and panels that are open included) against WCAG 2.1
     * A and AA, and fails with every violation: rule, impact, what to do, and the selectors of the elements
     * concerned. {@code where} names the page and state in the message (e.g. "city: queue, decision dialog").
     */
    void checkAccessibility(String where) {
        String report = accessibilityViolations(where);
        if (!report.isEmpty()) {
            throw new AssertionError(report);
        }
    }

    /**
     * What {@link #checkAccessibility} fails with, or "" when axe-core finds nothing; for a test that
     * checks many pages and reports them all at once. Leaves a screenshot of a page that fails.
     */
    String accessibilityViolations(String where) {
        waitForAjax();
        // A dialog or panel still fading in, or a button still changing colour under the pointer that just
        // clicked it (CSS transitions, which jQuery does not see), would be measured half way: 3.17:1 was once
        // measured on a queue button behind an opening dialog. A spinner that turns for ever is not waited for.
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return (typeof jQuery === 'undefined' || jQuery(':animated').length === 0)"
                        + " && (typeof document.getAnimations !== 'function'"
                        + " || document.getAnimations().every(a => a.playState !== 'running'"
                        + " || (a.effect && a.effect.getComputedTiming().iterations === Infinity)));"));
        Results results = new AxeBuilder().withOptions(wcag21aa()).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + where + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (violations.isEmpty()) {
            return "";
        }
        screenshot("axe-" + where);
        return accessibilityReport(where, driver.getCurrentUrl(), violations);
    }

    /** The axe-core tags of WCAG 2.1 levels A and AA (2.0 rules carry only the 2.0 tags). */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * The rules of those tags, plus label-content-name-mismatch (WCAG 2.1 A, 2.5.3 label in name), which
     * axe-core leaves out by default as experimental.
     */
    private static AxeRunOptions wcag21aa() {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_21_AA);
        AxeRuleOptions on = new AxeRuleOptions();
        on.setEnabled(true);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setRules(Map.of("label-content-name-mismatch", on));
        return options;
    }

    static String accessibilityReport(String where, String url, List<Rule> violations) {
        StringBuilder report = new StringBuilder().append(violations.size()).append(" accessibility violation(s) on ")
                .append(where).append(" (").append(url).append("):");
        for (Rule rule : violations) {
            report.append("\n- ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
                    .append(rule.getHelp());
            for (CheckedNode node : rule.getNodes()) {
                report.append("\n    ").append(node.getTarget());
                String summary = node.getFailureSummary();
                if (summary != null) {
                    report.append(": ").append(summary.replaceAll("\\s*\n\\s*", " "));
                }
            }
        }
        return report.toString();
    }

    /** Leaves a screenshot in {@code target/screenshots/}. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name.replaceAll("[^\\w.-]", "_") + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot: " + e);
        }
    }

    private String address(String path) {
        return base == null ? url(path) : base + path;
    }

    public static String url(String path) {
        String base = System.getProperty("dpf.it.baseUrl", DEFAULT_BASE_URL);
        return (base.endsWith("/") ? base : base + "/") + path;
    }
}
