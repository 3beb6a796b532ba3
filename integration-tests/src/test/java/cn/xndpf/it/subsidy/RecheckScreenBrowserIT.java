package cn.xndpf.it.subsidy;

import cn.xndpf.it.Deployments;
import cn.xndpf.it.web.StaffBrowser;
import cn.xndpf.it.web.StaffBrowserExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The re-check screen in a real browser (headless Chromium), as district staff use it: start a re-check
 * of a community, see the run end and the case whose holder died listed with its reason in Chinese, be
 * told in Chinese what is missing, then end the benefit with the month of death.
 */
@ExtendWith({ArquillianExtension.class, StaffBrowserExtension.class})
class RecheckScreenBrowserIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(RecheckScreenFixture.class, SubsidyFixtures.class, SubsidyFixtures.Holder.class,
                SubsidyFixtures.Login.class);
    }

    private static WebDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        StaffBrowser b = StaffBrowser.shared();
        driver = b.driver;
        wait = new WebDriverWait(driver, TIMEOUT); // the re-check job runs while the page waits
    }

    @Test
    void districtStaffRunTheRecheckAndEndTheBenefitOfAPersonWhoDied() throws Exception {
        Map<String, String> fixture = fixture();
        String caseNumber = fixture.get("caseNumber");

        driver.get(StaffBrowser.url("app/subsidy/recheck.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys("chengdong");
        driver.findElement(By.id("login:password")).sendKeys("district123");
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("/app/"));
        driver.get(StaffBrowser.url("app/subsidy/recheck.xhtml"));
        assertEquals("两项补贴年度核查", wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText());

        // start a re-check of the fixture's community (check date: today, as the form proposes)
        driver.findElement(By.id("start:division")).sendKeys(SubsidyFixtures.COMMUNITY_SCREEN);
        driver.findElement(By.id("start:startButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "已启动年度核查"));
        Matcher started = Pattern.compile("执行编号 (\\d+)").matcher(driver.findElement(By.id("pageMessages")).getText());
        assertTrue(started.find(), driver.findElement(By.id("pageMessages")).getText());
        String execution = started.group(1);

        // the run ends (the screen polls while it runs); its finding is listed with the reason in Chinese
        String status = wait.until(d -> {
            List<WebElement> done = d.findElements(By.xpath("//*[@id='runs:runTable']//tr[td[1][normalize-space(.)='"
                    + execution + "']]//span[@class='run-status' and (.='已完成' or .='失败')]"));
            return done.isEmpty() ? null : done.get(0).getText();
        });
        assertEquals("已完成", status);
        waitForAjax();
        WebElement row = findingRow(caseNumber);
        assertTrue(row.getText().contains("本人已死亡"), row.getText());
        assertTrue(row.getText().contains("重度残疾人护理补贴"), row.getText());

        // handle it: without a reason the dialog says so in Chinese and nothing happens
        row.findElement(By.cssSelector("button[id$=':handle']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resolveForm:reason")));
        assertEquals(caseNumber, driver.findElement(By.id("selectedCase")).getText().trim());
        driver.findElement(By.xpath("//label[contains(.,'终止发放')]")).click();
        assertEquals(fixture.get("deathMonth"), driver.findElement(By.id("resolveForm:lastMonth")).getAttribute("value"),
                "the month of death is proposed as the last month paid");
        driver.findElement(By.id("resolveForm:submit")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resolveForm"), "请填写原因"));

        driver.findElement(By.id("resolveForm:reason")).sendKeys("民政推送死亡信息，已核实");
        driver.findElement(By.id("resolveForm:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "已处理 " + caseNumber));
        waitForAjax();
        assertTrue(driver.findElements(By.xpath("//*[@id='findingsForm:findings']//tr[contains(.,'" + caseNumber + "')]"))
                .isEmpty(), "the handled finding is no longer open");
    }

    /** The row of the open findings table showing a case, paging forward if needed. */
    private static WebElement findingRow(String caseNumber) {
        return wait.until(d -> {
            List<WebElement> rows = d.findElements(By.xpath(
                    "//*[@id='findingsForm:findings']//tr[contains(.,'" + caseNumber + "')]"));
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            List<WebElement> next = d.findElements(By.cssSelector("#findingsForm\\:findings .ui-paginator-next:not(.ui-state-disabled)"));
            if (!next.isEmpty()) {
                next.get(0).click();
                waitForAjax();
            }
            return null;
        });
    }

    private static Map<String, String> fixture() throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(StaffBrowser.url("it/recheck-fixture")))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        Map<String, String> values = new HashMap<>();
        for (String line : r.body().split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1).trim());
            }
        }
        return values;
    }

    /** Waits until PrimeFaces has no ajax request queued or running. */
    private static void waitForAjax() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0);"));
    }
}
