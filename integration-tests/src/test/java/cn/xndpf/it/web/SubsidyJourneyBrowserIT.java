package cn.xndpf.it.web;

import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.subsidy.SubsidyService;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The journey of a nursing-subsidy application through the staff screens in a real browser (headless
 * Chromium): 东关街道's clerk applies for a person who qualifies and passes the 初审; 城东区's DPF staff pass
 * the 审核; 城东区's civil affairs pass the 审定; the case page then shows the whole timeline and the state
 * 享受中.
 * <p>
 * Each step is a test method, run in order and sharing the case through static fields, so that a later
 * step (such as the month's payment roll) can be added at the end. The applicant is prepared in the
 * server through the registry's services (the one step not run in the browser): their ID number is
 * chosen here and travels to the server inside the test archive. Waits are explicit, never sleeps; a
 * failing step leaves a screenshot in {@code target/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubsidyJourneyBrowserIT {

    private static final String APPLICANT_RESOURCE = "cn/xndpf/it/web/subsidy-journey-applicant.txt";
    private static final String APPLICANT_NAME = "补贴旅程测试人";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    /** Chosen on the client when the archive is built; read back from the archive in the server. */
    private static String applicantId;

    /** The case as the steps find it. */
    static String caseNumber;
    static String caseUrl;

    private static WebDriver driver;
    private static WebDriverWait wait;
    private static Path profileDir;

    @Deployment
    static EnterpriseArchive deployment() {
        applicantId = TestIds.valid("630102", false);
        EnterpriseArchive ear = Deployments.earWithTests(SubsidyJourneyBrowserIT.class);
        ear.getAsType(WebArchive.class, Deployments.WEB_MODULE)
                .addAsResource(new StringAsset(applicantId), APPLICANT_RESOURCE);
        return ear;
    }

    @EJB
    private RegistryService registry;

    @EJB
    private SubsidyService subsidies;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName());
        }
    };

    @Test
    @Order(1)
    void prepareAPersonInDongguanWhoQualifiesForTheNursingSubsidy() throws IOException {
        String id;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(APPLICANT_RESOURCE)) {
            assertNotNull(in, "the applicant's ID number travels in the test archive");
            id = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        StaffLogin.as("chengdong", "district123");
        long personId = registry.register(new PersonRegistration(id, APPLICANT_NAME, "汉族", "13900000001",
                "东关大街8号", "630102001001", "HJ" + id, true));
        registry.issueCertificate(personId, DisabilityCategory.PHYSICAL, DisabilityLevel.ONE,
                PlatformClock.today().minusMonths(3));
        assertTrue(subsidies.check(id, SubsidyType.NURSING).eligible());
    }

    @Test
    @Order(2)
    @RunAsClient
    void clerkAppliesAndSeesTheVerdictAsTheFormIsFilled() {
        login("clerk-dongguan", "clerk123", "app/subsidy/apply.xhtml");
        WebElement idField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("apply:idNumber")));
        idField.sendKeys(applicantId, Keys.TAB);
        waitForAjax();
        assertEquals(APPLICANT_NAME, wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("applicantName"))).getText(), "whose number it is");

        new Select(driver.findElement(By.id("apply:type"))).selectByVisibleText("重度残疾人护理补贴");
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("eligible"), "符合申请条件"));

        driver.findElement(By.id("apply:bankName")).sendKeys("青海银行");
        driver.findElement(By.id("apply:bankAccount")).sendKeys("6228480012340000123");
        driver.findElement(By.id("apply:submit")).click();
        wait.until(ExpectedConditions.urlContains("/app/subsidy/case.xhtml"));

        caseNumber = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseNumber"))).getText().trim();
        caseUrl = driver.getCurrentUrl();
        assertTrue(caseNumber.matches("NS-\\d+"), caseNumber);
        assertEquals("已提交", driver.findElement(By.id("state")).getText().trim());
        assertEquals("初审", driver.findElement(By.id("currentLevel")).getText().trim());
    }

    @Test
    @Order(3)
    @RunAsClient
    void clerkPassesTheFirstReview() {
        assumeTrue(caseNumber != null, "the case was applied for");
        login("clerk-dongguan", "clerk123", "app/subsidy/queue.xhtml");
        approveInQueue("初审");
    }

    @Test
    @Order(4)
    @RunAsClient
    void districtStaffPassTheReview() {
        assumeTrue(caseNumber != null, "the case was applied for");
        login("chengdong", "district123", "app/subsidy/queue.xhtml");
        approveInQueue("审核");
    }

    @Test
    @Order(5)
    @RunAsClient
    void civilAffairsGiveTheFinalApproval() {
        assumeTrue(caseNumber != null, "the case was applied for");
        login("civil-chengdong", "civil123", "app/subsidy/queue.xhtml");
        approveInQueue("审定");
    }

    @Test
    @Order(6)
    @RunAsClient
    void theCasePageShowsTheWholeTimelineAndTheBenefitRunning() {
        assumeTrue(caseUrl != null, "the case was applied for");
        driver.get(caseUrl);
        assertEquals("享受中", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("state"))).getText().trim());
        assertEquals(PlatformClock.today().withDayOfMonth(1).toString(),
                driver.findElement(By.id("benefitFrom")).getText().trim(), "from the month of application");

        List<WebElement> steps = driver.findElements(By.cssSelector("#timeline tbody tr.step"));
        assertEquals(List.of("创建", "提交", "审查", "审查", "审查", "开始享受"),
                steps.stream().map(s -> cell(s, "step-type")).toList());
        assertEquals(List.of("", "", "初审", "审核", "审定", ""), steps.stream().map(s -> cell(s, "step-level")).toList());
        assertEquals(List.of("", "", "通过", "通过", "通过", ""), steps.stream().map(s -> cell(s, "step-decision")).toList());
        assertEquals(List.of("clerk-dongguan", "clerk-dongguan", "clerk-dongguan", "chengdong", "civil-chengdong",
                "civil-chengdong"), steps.stream().map(s -> cell(s, "step-actor")).toList());
        assertEquals(List.of("草稿", "草稿 → 已提交", "已提交 → 已初审", "已初审 → 已审核", "已审核 → 已审批",
                "已审批 → 享受中"), steps.stream().map(s -> cell(s, "step-states")).toList());
        steps.forEach(s -> assertTrue(cell(s, "step-time").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"),
                "when each step happened"));
    }

    // -------------------------------------------------------------------------------------------- steps

    /**
     * In the user's review queue (whose heading names the level), finds the case, approves it in the
     * decision dialog and checks it has left the queue.
     */
    private static void approveInQueue(String levelName) {
        driver.get(url("app/subsidy/queue.xhtml"));
        assertEquals("待" + levelName + "办件", wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("queueHeading"))).getText().trim());
        WebElement row = queueRow().orElseThrow(() -> new AssertionError(caseNumber + " not in the " + levelName + " queue"));
        row.findElement(By.cssSelector("button[id$=':approve']")).click();
        waitForAjax();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decisionForm:confirm")));
        assertEquals(caseNumber, driver.findElement(By.id("selectedCase")).getText().trim());
        assertEquals("通过", driver.findElement(By.id("decision")).getText().trim());
        driver.findElement(By.id("decisionForm:reason")).sendKeys(levelName + "通过");
        driver.findElement(By.id("decisionForm:confirm")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue:messages"), "办件" + caseNumber + "：通过"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("decisionDlg")));
        assertFalse(queueRow().isPresent(), "the case has left the " + levelName + " queue");
    }

    /** The queue's row for the case, looking through the pages (oldest due date first, so it is near the end). */
    private static Optional<WebElement> queueRow() {
        for (int page = 0; page < 50; page++) {
            for (WebElement row : driver.findElements(By.cssSelector("#queue\\:cases_data > tr[data-ri]"))) {
                if (row.findElement(By.cssSelector("a.case-link")).getText().trim().equals(caseNumber)) {
                    return Optional.of(row);
                }
            }
            List<WebElement> next = driver.findElements(
                    By.cssSelector("#queue\\:cases_paginator_bottom .ui-paginator-next:not(.ui-state-disabled)"));
            if (next.isEmpty()) {
                return Optional.empty();
            }
            next.get(0).click();
            waitForAjax();
        }
        return Optional.empty();
    }

    private static String cell(WebElement row, String cssClass) {
        return row.findElement(By.className(cssClass)).getText().trim();
    }

    // ------------------------------------------------------------------------------------------ browser

    /** A fresh session as {@code username}, landing on {@code path} through the login page. */
    private static void login(String username, String password, String path) {
        browser();
        driver.manage().deleteAllCookies();
        driver.get(url(path));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains(path));
        waitForAjax();
    }

    /** Started by the first step that needs it, never in the server (where the preparation runs). */
    private static void browser() {
        if (driver != null) {
            return;
        }
        try {
            profileDir = Files.createTempDirectory("dpf-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
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

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profileDir != null) {
            try (Stream<Path> files = Files.walk(profileDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Waits until the page has loaded and PrimeFaces has no ajax request queued or running. */
    private static void waitForAjax() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0);"));
    }

    private static String url(String path) {
        String base = System.getProperty("dpf.it.baseUrl", Deployments.baseUri().toString());
        return (base.endsWith("/") ? base : base + "/") + path;
    }

    private static void screenshot(String name) {
        if (!(driver instanceof TakesScreenshot camera)) {
            return;
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = camera.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name.replaceAll("[^\\w.-]", "_") + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot: " + e);
        }
    }
}
