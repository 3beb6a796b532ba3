package cn.xndpf.it.web;

import cn.xndpf.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Poverty relief's main journey on the screens, in a real browser: 城东区 staff record a household of the registry
 * poor (the form sent empty first says in Chinese what it lacks), then lifted out; its page shows both changes;
 * they put it under return-to-poverty monitoring, its page shows the open risk, they record a measure and the
 * risk removed, and it leaves the list of open risks; 城中区 staff are not shown it.
 */
@ExtendWith({ArquillianExtension.class, StaffBrowserExtension.class})
class PovertyJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PovertyHouseholdFixture.class);
    }

    @Test
    void districtStaffRecordAHouseholdPoorThenLiftedAndMonitorItUntilItsRiskIsRemoved()
            throws IOException, InterruptedException {
        String number = household();
        StaffBrowser b = StaffBrowser.shared();

        // 1. The form sent empty says what is missing, in Chinese.
        b.login("chengdong", "district123");
        b.driver.findElement(By.id("menuPovertyHouseholds")).click();
        b.waitForAjax();
        b.visible(By.id("households:saveButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "请填写户号"));

        // 2. Recorded poor (建档立卡), then lifted out: two rows on its page.
        b.driver.findElement(By.id("households:householdNumber")).sendKeys(number);
        new Select(b.driver.findElement(By.id("households:status"))).selectByVisibleText("贫困");
        new Select(b.driver.findElement(By.id("households:poorKind"))).selectByVisibleText("建档立卡户");
        b.driver.findElement(By.id("households:saveButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("households:messages"), "已登记户"));
        new Select(b.visible(By.id("households:status"))).selectByVisibleText("已脱贫");
        b.driver.findElement(By.id("households:saveButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("currentStatus"), "已脱贫"));
        assertEquals(2, b.driver.findElements(By.cssSelector("[id='households:history'] tbody tr")).size());
        assertTrue(b.visible(By.id("households:list")).getText().contains(number));

        // 3. Under monitoring for illness, a measure, the risk removed.
        b.driver.findElement(By.id("menuPovertyMonitoring")).click();
        b.waitForAjax();
        b.visible(By.id("monitoring:householdNumber")).sendKeys(number);
        b.driver.findElement(By.xpath("//label[normalize-space()='因病']")).click();
        b.driver.findElement(By.id("monitoring:startButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("monitoring:messages"), "已纳入防返贫监测"));
        b.open("app/poverty/households.xhtml");
        b.visible(By.id("households:householdNumber")).sendKeys(number);
        b.driver.findElement(By.id("households:openButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("households:openRisk"), "因病"));
        b.checkAccessibility("chengdong: a monitored household's page");

        b.open("app/poverty/monitoring.xhtml");
        row(b, number).findElement(By.tagName("button")).click();
        new Select(b.visible(By.id("monitoring:measureKind"))).selectByVisibleText("健康帮扶");
        b.driver.findElement(By.id("monitoring:measureNote")).sendKeys("落实大病保险和医疗救助");
        b.driver.findElement(By.id("monitoring:measureButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("monitoring:picked"), "落实大病保险"));
        b.driver.findElement(By.id("monitoring:removeButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("monitoring:messages"), "返贫风险已消除"));
        assertTrue(b.visible(By.id("monitoring:list")).getText().indexOf(number) < 0, "off the list of open risks");

        // 4. Another district's staff are not shown it.
        b.login("chengzhong", "district123");
        b.open("app/poverty/households.xhtml");
        b.visible(By.id("households:householdNumber")).sendKeys(number);
        b.driver.findElement(By.id("households:openButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "本辖区没有该户号的家庭"));
        assertTrue(b.driver.findElements(By.id("households:household")).isEmpty());
    }

    private static WebElement row(StaffBrowser b, String text) {
        return b.wait.until(d -> d.findElements(By.cssSelector("[id='monitoring:list'] tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElse(null));
    }

    private static String household() throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(StaffBrowser.url("it/poverty-household-fixture"))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        String line = r.body().lines().filter(l -> l.startsWith("householdNumber=")).findFirst().orElseThrow();
        return line.substring("householdNumber=".length()).trim();
    }
}
