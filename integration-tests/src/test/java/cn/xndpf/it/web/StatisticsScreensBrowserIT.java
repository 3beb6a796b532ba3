package cn.xndpf.it.web;

import cn.xndpf.it.Deployments;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What issue 4 is done with, in a real browser: an administrator starts a period's statistics, watches the
 * progress bar until it finishes, opens the dashboard from the published period, and downloads the Excel
 * tables, the PDF summary and the period's review as Word; then each demo role signs in and lands on a home
 * page (工作台) showing that role's work.
 */
@ExtendWith({ArquillianExtension.class, StaffBrowserExtension.class})
class StatisticsScreensBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    private static WebDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        StaffBrowser b = StaffBrowser.shared();
        driver = b.driver;
        wait = b.wait;
    }

    @Test
    void anAdministratorRunsAMonthWatchesItAndDownloadsTheReports() throws Exception {
        driver.get(StaffBrowser.url("login.xhtml"));
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
        // the page's poll may be re-rendering the list at that moment
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector("#batch\\:published a")).click();
            return true;
        });
        wait.until(ExpectedConditions.urlContains("/app/statistics/dashboard.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kf-REG_HOLDERS")));
        String holders = driver.findElement(By.cssSelector("#kf-REG_HOLDERS .kf-value")).getText();
        assertTrue(Integer.parseInt(holders.trim()) > 0, "holders shown: " + holders);
        assertTrue(driver.findElement(By.id("asOf")).getText().contains("期末数截至"));

        StaffBrowser.shared().screenshot("StatisticsScreensBrowserIT-dashboard");
        // drill down to a district and back is a link per county
        assertTrue(driver.findElements(By.cssSelector("a.drill")).size() >= 7, "the seven counties side by side");

        driver.findElement(By.id("dash:excel")).click();
        Path xlsx = StaffBrowser.shared().awaitDownload(".xlsx");
        byte[] x = Files.readAllBytes(xlsx);
        assertEquals('P', x[0]);
        assertEquals('K', x[1]);
        driver.findElement(By.id("dash:pdf")).click();
        Path pdf = StaffBrowser.shared().awaitDownload(".pdf");
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"));

        // the period's review as Word, written from the same figures
        driver.findElement(By.id("dash:reviewWord")).click();
        Path docx = StaffBrowser.shared().awaitDownload(".docx");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertTrue(text.getText().contains("残疾人事业发展综述"), text.getText());
            assertTrue(text.getText().contains("持证残疾人" + holders.trim() + "人"), text.getText());
        }

        // each role's home page (工作台) shows that role's work, each part linking to its screen
        driver.findElement(By.id("menuHome")).click();
        wait.until(ExpectedConditions.urlContains("/app/home.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("runTable")));
        assertTrue(driver.findElement(By.id("figures")).getText().contains(holders.trim() + "人"),
                "the month just published is the administrator's key figures");
        assertTrue(driver.findElement(By.id("runTable")).getText().contains("COMPLETED"));
        assertTrue(driver.findElements(By.id("queueHeading")).isEmpty(), "an administrator reviews no stage");
        homeOf("chengdong", "district123", List.of("queueTable", "rollTable", "figures"), List.of("runTable"));
        homeOf("civil-chengdong", "civil123", List.of("queueTable", "rollTable"), List.of("runTable"));
        homeOf("clerk-dongguan", "clerk123", List.of("queueTable", "figures"), List.of("rollTable", "runTable"));
        homeOf("worker-dongguan", "worker123", List.of("shortcuts"),
                List.of("queueTable", "rollTable", "runTable", "figures"));
        homeOf("city", "city123", List.of("rollTable", "runTable", "figures"), List.of());
    }

    /** Signs in and lands on the home page, which shows the parts given and not the others. */
    private static void homeOf(String user, String password, List<String> shown, List<String> absent) {
        driver.manage().deleteAllCookies();
        driver.get(StaffBrowser.url("login.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("/app/home.xhtml"));
        for (String id : shown) {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        }
        for (String id : absent) {
            assertTrue(driver.findElements(By.id(id)).isEmpty(), user + " should not see " + id);
        }
        if (shown.contains("queueTable")) {
            assertFalse(driver.findElements(By.cssSelector("#queueTable a.case-link")).isEmpty(),
                    user + " has demo cases waiting at their stage");
        }
    }
}
