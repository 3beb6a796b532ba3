package cn.xndpf.it.web;

import cn.xndpf.domain.shared.PlatformClock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What staff do on the subsidy screens, step by step in the browser, with the checks of each step. Waits
 * are explicit (PrimeFaces ajax), never sleeps.
 *
 * <p>Component ids used: {@code apply:idNumber}, {@code apply:type}, {@code apply:bankName},
 * {@code apply:bankAccount}, {@code apply:submit}, {@code applicantName}, {@code eligible}; on the case
 * page {@code caseNumber}, {@code personName}, {@code state}, {@code currentLevel}, {@code benefitFrom}, table {@code timeline}
 * (rows {@code tr.step}, cells {@code .step-type}, {@code .step-level}, {@code .step-decision},
 * {@code .step-actor}, {@code .step-states}, {@code .step-time}); in the queue {@code queueHeading},
 * {@code queue:messages}, table {@code queue:cases} (link {@code a.case-link}, button {@code ...:approve}),
 * dialog {@code decisionDlg} with {@code selectedCase}, {@code decision}, {@code decisionForm:reason},
 * {@code decisionForm:confirm}.
 */
final class SubsidyJourneySteps {

    /** The case an application opened. */
    record Applied(String caseNumber, String caseUrl) {
    }

    private SubsidyJourneySteps() {
    }

    /** Applies for the nursing subsidy; the verdict shows as the form is filled; the case page opens. */
    static Applied apply(String username, String password, String idNumber, String expectedName) {
        StaffBrowser b = StaffBrowser.shared();
        b.login(username, password);
        b.open("app/subsidy/apply.xhtml");
        b.visible(By.id("apply:idNumber")).sendKeys(idNumber, Keys.TAB);
        b.waitForAjax();
        assertEquals(expectedName, b.visible(By.id("applicantName")).getText().trim(), "whose number it is");

        new Select(b.driver.findElement(By.id("apply:type"))).selectByVisibleText("重度残疾人护理补贴");
        b.waitForAjax();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("eligible"), "符合申请条件"));

        b.driver.findElement(By.id("apply:bankName")).sendKeys("青海银行");
        b.driver.findElement(By.id("apply:bankAccount")).sendKeys("6228480012340000123");
        b.driver.findElement(By.id("apply:submit")).click();
        b.wait.until(ExpectedConditions.urlContains("/app/subsidy/case.xhtml"));

        String caseNumber = b.visible(By.id("caseNumber")).getText().trim();
        assertTrue(caseNumber.matches("NS-\\d+"), caseNumber);
        assertEquals("已提交", b.driver.findElement(By.id("state")).getText().trim());
        assertEquals("初审", b.driver.findElement(By.id("currentLevel")).getText().trim());
        assertEquals(expectedName, b.driver.findElement(By.id("personName")).getText().trim());
        return new Applied(caseNumber, b.driver.getCurrentUrl());
    }

    /**
     * In the user's review queue (whose heading names the level), approves the case in the decision dialog
     * and checks that it has left the queue.
     */
    static void approveInQueue(String username, String password, String caseNumber, String levelName) {
        StaffBrowser b = StaffBrowser.shared();
        b.login(username, password);
        b.open("app/subsidy/queue.xhtml");
        // the user may decide at stages of other programs too: each is named once in the heading
        String heading = b.visible(By.id("queueHeading")).getText().trim();
        assertTrue(heading.startsWith("待") && heading.endsWith("办件") && heading.contains(levelName), heading);
        WebElement row = queueRow(b, caseNumber)
                .orElseThrow(() -> new AssertionError(caseNumber + " is not in the " + levelName + " queue"));
        row.findElement(By.cssSelector("button[id$=':approve']")).click();
        b.waitForAjax();
        b.visible(By.id("decisionForm:confirm"));
        assertEquals(caseNumber, b.driver.findElement(By.id("selectedCase")).getText().trim());
        assertEquals("通过", b.driver.findElement(By.id("decision")).getText().trim());
        b.driver.findElement(By.id("decisionForm:reason")).sendKeys(levelName + "意见：同意");
        b.driver.findElement(By.id("decisionForm:confirm")).click();
        b.waitForAjax();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue:messages"),
                "办件" + caseNumber + "：通过"));
        b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("decisionDlg")));
        assertFalse(queueRow(b, caseNumber).isPresent(), "the case has left the " + levelName + " queue");
    }

    /** The case page: state 享受中 since the month of application, and every step of the timeline. */
    static void caseIsActiveWithItsTimeline(String username, String password, String caseUrl) {
        StaffBrowser b = StaffBrowser.shared();
        b.login(username, password);
        b.driver.get(caseUrl);
        assertEquals("享受中", b.visible(By.id("state")).getText().trim());
        assertEquals(PlatformClock.today().withDayOfMonth(1).toString(),
                b.driver.findElement(By.id("benefitFrom")).getText().trim(), "from the month of application");

        List<WebElement> steps = b.driver.findElements(By.cssSelector("#timeline tbody tr.step"));
        assertEquals(List.of("创建", "提交", "审查", "审查", "审查", "开始享受"),
                steps.stream().map(s -> cell(s, "step-type")).toList());
        assertEquals(List.of("", "", "初审", "审核", "审定", ""), steps.stream().map(s -> cell(s, "step-level")).toList());
        assertEquals(List.of("", "", "通过", "通过", "通过", ""),
                steps.stream().map(s -> cell(s, "step-decision")).toList());
        assertEquals(List.of("clerk-dongguan", "clerk-dongguan", "clerk-dongguan", "chengdong", "civil-chengdong",
                "civil-chengdong"), steps.stream().map(s -> cell(s, "step-actor")).toList());
        assertEquals(List.of("草稿", "草稿 → 已提交", "已提交 → 已初审", "已初审 → 已审核", "已审核 → 已审批",
                "已审批 → 享受中"), steps.stream().map(s -> cell(s, "step-states")).toList());
        assertEquals(List.of("", "", "初审意见：同意", "审核意见：同意", "审定意见：同意", ""),
                steps.stream().map(s -> cell(s, "step-reason")).toList());
        steps.forEach(s -> assertTrue(cell(s, "step-time").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"),
                "when each step happened"));
    }

    /**
     * On the payment-roll screen, runs a month's roll for a division and waits, watching the progress,
     * until it has completed.
     */
    static void runMonthRoll(String username, String password, String month, String division) {
        StaffBrowser b = StaffBrowser.shared();
        b.login(username, password);
        b.open("app/subsidy/rolls.xhtml");
        WebElement monthField = b.visible(By.id("rolls:month"));
        monthField.clear();
        monthField.sendKeys(month);
        new org.openqa.selenium.support.ui.Select(b.driver.findElement(By.id("rolls:division"))).selectByValue(division);
        b.driver.findElement(By.id("rolls:runButton")).click();
        b.waitForAjax();
        // The status is re-rendered while the roll runs: a status read while it is replaced is read again.
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver, java.time.Duration.ofMinutes(4))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeContains(By.id("rollStatus"), "class", "status-COMPLETED"));
        assertTrue(Long.parseLong(b.driver.findElement(By.id("lineCount")).getText().trim()) > 0,
                "the roll has lines");
    }

    /** The queue's row for the case, through the pages (oldest due date first, so a new case is near the end). */
    private static Optional<WebElement> queueRow(StaffBrowser b, String caseNumber) {
        for (int page = 0; page < 50; page++) {
            for (WebElement row : b.driver.findElements(By.cssSelector("#queue\\:cases_data > tr[data-ri]"))) {
                if (row.findElement(By.cssSelector("a.case-link")).getText().trim().equals(caseNumber)) {
                    return Optional.of(row);
                }
            }
            List<WebElement> next = b.driver.findElements(
                    By.cssSelector("#queue\\:cases_paginator_bottom .ui-paginator-next:not(.ui-state-disabled)"));
            if (next.isEmpty()) {
                return Optional.empty();
            }
            next.get(0).click();
            b.waitForAjax();
        }
        return Optional.empty();
    }

    private static String cell(WebElement row, String cssClass) {
        return row.findElement(By.className(cssClass)).getText().trim();
    }

    static void screenshot(String name) {
        StaffBrowser.shared().screenshot(name);
    }

    static void closeBrowser() throws IOException {
        StaffBrowser.closeShared();
    }
}
