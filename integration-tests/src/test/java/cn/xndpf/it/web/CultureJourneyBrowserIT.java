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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main journeys of culture and sports events and of legal aid on the screens, in a real browser (rights and
 * culture). Events: 城东区 staff send the form empty (told in Chinese what it lacks), record an event with a
 * registered participant by ID number and others counted, see it listed with its counts, revise it and delete it.
 * Legal aid: they record a legal-aid case, see it listed as open, record its outcome and see it concluded. Fuel
 * subsidy: a community worker applies for an owner on the subsidy's screen and sees the case listed, without
 * payment.
 */
@ExtendWith({ArquillianExtension.class, StaffBrowserExtension.class})
class CultureJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(RightsCultureFixture.class);
    }

    @Test
    void districtStaffRecordAnEventWithItsParticipantsSeeItListedReviseAndDeleteIt()
            throws IOException, InterruptedException {
        String idNumber = person(false);
        String title = "浏览器助残日活动" + (System.currentTimeMillis() % 1_000_000);
        StaffBrowser b = StaffBrowser.shared();

        // 1. The form sent empty says what is missing, in Chinese.
        b.login("chengdong", "district123");
        b.driver.findElement(By.id("menuCultureEvents")).click();
        b.waitForAjax();
        b.visible(By.id("events:saveButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "请选择活动类别"));

        // 2. An event with one registered participant by ID number and 30 others.
        new Select(b.driver.findElement(By.id("events:kind"))).selectByVisibleText("全国助残日");
        b.driver.findElement(By.id("events:title")).sendKeys(title);
        b.driver.findElement(By.id("events:organiser")).sendKeys("城东区残联");
        b.driver.findElement(By.id("events:place")).sendKeys("城东区文化广场");
        b.driver.findElement(By.id("events:division")).sendKeys("630102");
        b.driver.findElement(By.id("events:others")).sendKeys("30");
        b.driver.findElement(By.id("events:participants")).sendKeys(idNumber);
        b.driver.findElement(By.id("events:saveButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("events:messages"),
                "已登记文体活动：" + title + "，参与 31 人"));

        // 3. Listed this year with its counts: 1 registered, 30 others, 31 in all.
        assertEquals(List.of("1", "30", "31"), counts(row(b, title)));

        // 4. Revised: 40 others, the registered participant kept (no numbers typed).
        row(b, title).findElement(By.cssSelector("button[id$=':edit']")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "修改文体活动"));
        assertEquals(title, b.visible(By.id("events:title")).getAttribute("value"));
        b.checkAccessibility("chengdong: an event being revised");
        WebElement others = b.driver.findElement(By.id("events:others"));
        others.clear();
        others.sendKeys("40");
        b.driver.findElement(By.id("events:saveButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("events:messages"),
                "已修改文体活动：" + title + "，参与 41 人"));
        assertEquals(List.of("1", "40", "41"), counts(row(b, title)));

        // 5. Deleted: off the list.
        row(b, title).findElement(By.cssSelector("button[id$=':delete']")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("events:messages"), "已删除文体活动"));
        assertTrue(b.visible(By.id("events:list")).getText().indexOf(title) < 0, "a deleted event is off the list");
    }

    @Test
    void districtStaffRecordALegalAidCaseAndItsOutcome() {
        String person = "浏览器受援人" + (System.currentTimeMillis() % 1_000_000);
        StaffBrowser b = StaffBrowser.shared();
        b.login("chengdong", "district123");
        b.driver.findElement(By.id("menuLegal")).click();
        b.waitForAjax();

        // 1. A legal-aid case recorded for 城东区; listed as being handled.
        new Select(b.visible(By.id("legal:kind"))).selectByVisibleText("法律援助案件");
        b.driver.findElement(By.id("legal:name")).sendKeys(person);
        b.driver.findElement(By.id("legal:contact")).sendKeys("13987650000");
        b.driver.findElement(By.id("legal:division")).sendKeys("630102");
        b.driver.findElement(By.id("legal:matter")).sendKeys("用人单位拖欠工资，申请法律援助");
        b.driver.findElement(By.id("legal:saveButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("legal:messages"), "已登记，编号"));
        assertTrue(row(b, person).getText().contains("办理中"), row(b, person).getText());

        // 2. Its outcome: the outcomes of a case offered, none chosen is refused, settled is recorded.
        row(b, person).findElement(By.cssSelector("button[id$=':pick']")).click();
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("legal:outcome")));
        b.driver.findElement(By.id("legal:concludeButton")).click();
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#legal .ui-message-error, #legal .ui-messages-error")));
        new Select(b.visible(By.id("legal:outcome"))).selectByVisibleText("调解或和解");
        b.driver.findElement(By.id("legal:concludeButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("legal:messages"), "已办结，编号"));
        String concluded = row(b, person).getText();
        assertTrue(concluded.contains("调解或和解") && !concluded.contains("办理中"), concluded);
        assertTrue(b.driver.findElements(By.id("legal:outcome")).isEmpty(), "the outcome form is closed");
    }

    @Test
    void aCommunityWorkerAppliesForTheFuelSubsidyOnItsScreen() throws IOException, InterruptedException {
        String owner = person(true);
        StaffBrowser b = StaffBrowser.shared();
        b.login("worker-dongguan", "worker123");
        b.driver.findElement(By.id("menuFuelSubsidy")).click();
        b.waitForAjax();

        // the owner's application for this year, from the community
        b.visible(By.id("fuel:idNumber")).sendKeys(owner);
        b.driver.findElement(By.id("fuel:plate")).sendKeys("青A 54321");
        b.driver.findElement(By.id("fuel:saveButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fuel:messages"), "已提交申请"));

        // listed for the community, masked, waiting for the township's first review; paying is not theirs
        WebElement row = row(b, "燃油页面车主");
        assertTrue(row.getText().contains(owner.substring(0, 4) + "**********" + owner.substring(14))
                && !row.getText().contains(owner), row.getText());
        assertTrue(row.getText().contains("RY-"), row.getText());
        assertTrue(b.driver.findElements(By.cssSelector("button[id$=':pay']")).isEmpty(), "no payment for a worker");
        assertTrue(b.driver.findElements(By.id("fuel:paidOn")).isEmpty());

        // the same owner and year again: refused in Chinese, next to the field
        b.driver.findElement(By.id("fuel:idNumber")).sendKeys(owner);
        b.driver.findElement(By.id("fuel:plate")).sendKeys("青A 54321");
        b.driver.findElement(By.id("fuel:saveButton")).click();
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#fuel .ui-message-error, #fuel .ui-messages-error")));
        assertEquals(1, b.driver.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains("燃油页面车主")).count(), "one case a person and year");
    }

    /** The registered, other and total participants of an event's row. */
    private static List<String> counts(WebElement row) {
        List<WebElement> cells = row.findElements(By.tagName("td"));
        return cells.subList(6, 9).stream().map(c -> c.getText().trim()).toList();
    }

    private static WebElement row(StaffBrowser b, String text) {
        return b.wait.until(d -> d.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElse(null));
    }

    /** A person of 东关 community registered for the test: with {@code fuelOwner}, eligible for the fuel subsidy. */
    private static String person(boolean fuelOwner) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(StaffBrowser.url("it/rights-culture-fixture?fuelOwner=" + fuelOwner))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        String line = r.body().lines().filter(l -> l.startsWith("idNumber=")).findFirst().orElseThrow();
        return line.substring("idNumber=".length()).trim();
    }
}
