package cn.xndpf.it.web;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The steps of {@link KeyboardJourneyBrowserIT}: keys only (Tab, Shift+Tab, Enter, Space, arrows), never a
 * click. Navigating to a page's address is allowed (a user types it); everything on a page is keyboard.
 */
final class KeyboardJourneySteps {

    private static final String NURSING = "重度残疾人护理补贴";

    private KeyboardJourneySteps() {
    }

    static SubsidyJourneySteps.Applied apply(String username, String password, String idNumber, String expectedName) {
        StaffBrowser b = StaffBrowser.shared();
        b.loginWithKeyboard(username, password);
        b.tabTo(By.id("menuSubsidyApply"));
        b.press(Keys.ENTER);
        b.wait.until(ExpectedConditions.urlContains("/app/subsidy/apply.xhtml"));
        b.waitForAjax();

        // the skip link is the first stop, and takes the focus past the header and the menu
        b.tabTo(By.id("skip"));
        b.press(Keys.ENTER);
        b.wait.until(d -> "main".equals(b.focused().getAttribute("id")));

        b.tabTo(By.id("apply:idNumber"));
        b.press(idNumber);
        b.tabTo(By.id("apply:type"));
        b.waitForAjax();
        assertEquals(expectedName, b.visible(By.id("applicantName")).getText().trim(), "whose number it is");
        Select type = new Select(b.driver.findElement(By.id("apply:type")));
        for (int i = 0; i < 5 && !NURSING.equals(type.getFirstSelectedOption().getText().trim()); i++) {
            b.press(Keys.ARROW_DOWN);
            b.waitForAjax();
        }
        assertEquals(NURSING, type.getFirstSelectedOption().getText().trim(), "chosen with the arrow keys");
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("eligible"), "符合申请条件"));

        b.tabTo(By.id("apply:bankName"));
        b.press("青海银行");
        b.tabTo(By.id("apply:bankAccount"));
        b.press("6228480012340000456");
        b.tabTo(By.id("apply:appliedOn_input"));
        b.tabTo(By.cssSelector("#apply\\:appliedOn button"));
        b.tabTo(By.id("apply:submit"));
        b.press(Keys.ENTER);
        b.wait.until(ExpectedConditions.urlContains("/app/subsidy/case.xhtml"));
        b.waitForAjax();

        String caseNumber = b.visible(By.id("caseNumber")).getText().trim();
        assertTrue(caseNumber.matches("NS-\\d+"), caseNumber);
        assertEquals("已提交", b.driver.findElement(By.id("state")).getText().trim());
        return new SubsidyJourneySteps.Applied(caseNumber, b.driver.getCurrentUrl());
    }

    /**
     * In the user's queue, finds the case (the last page first, where a new case is), opens the decision
     * dialog with Enter (or Space), writes the opinion and confirms with Enter.
     */
    static void approve(String username, String password, String caseNumber, String levelName, boolean space) {
        StaffBrowser b = StaffBrowser.shared();
        b.loginWithKeyboard(username, password);
        b.tabTo(By.id("menuSubsidyQueue"));
        b.press(Keys.ENTER);
        b.wait.until(ExpectedConditions.urlContains("/app/subsidy/queue.xhtml"));
        b.waitForAjax();
        // the user may decide at stages of other programs too: each is named once in the heading
        String heading = b.visible(By.id("queueHeading")).getText().trim();
        assertTrue(heading.startsWith("待") && heading.endsWith("办件") && heading.contains(levelName), heading);

        WebElement row = findByPaging(b, caseNumber)
                .orElseThrow(() -> new AssertionError(caseNumber + " is not in the " + levelName + " queue"));
        String approveId = row.findElement(By.cssSelector("button[id$=':approve']")).getAttribute("id");
        b.tabTo(By.id(approveId));
        b.press(space ? Keys.SPACE : Keys.ENTER);
        b.waitForAjax();
        b.visible(By.id("decisionForm:confirm"));
        b.wait.until(d -> !d.findElements(By.cssSelector("#decisionDlg :focus")).isEmpty());
        assertEquals(caseNumber, b.driver.findElement(By.id("selectedCase")).getText().trim());

        b.tabTo(By.id("decisionForm:reason"));
        b.press(levelName + "意见：同意");
        b.tabTo(By.id("decisionForm:confirm"));
        b.press(Keys.ENTER);
        b.waitForAjax();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue:messages"),
                "办件" + caseNumber + "：通过"));
        b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("decisionDlg")));
    }

    /** The case page: running (享受中) after the three levels, each decided by its user. */
    static void caseIsActive(String username, String password, String caseUrl) {
        StaffBrowser b = StaffBrowser.shared();
        b.loginWithKeyboard(username, password);
        b.driver.get(caseUrl);
        b.waitForAjax();
        assertEquals("享受中", b.visible(By.id("state")).getText().trim());
        List<String> deciders = b.driver.findElements(By.cssSelector("#timeline tbody tr.step-REVIEWED .step-actor"))
                .stream().map(e -> e.getText().trim()).toList();
        assertEquals(List.of("clerk-dongguan", "chengdong", "civil-chengdong"), deciders);
    }

    /** The case's row: on the page shown, else from the last page backwards, paging with Enter. */
    private static Optional<WebElement> findByPaging(StaffBrowser b, String caseNumber) {
        Optional<WebElement> row = row(b, caseNumber);
        String last = "#queue\\:cases_paginator_bottom .ui-paginator-last:not(.ui-state-disabled)";
        String previous = "#queue\\:cases_paginator_bottom .ui-paginator-prev:not(.ui-state-disabled)";
        if (row.isEmpty() && !b.driver.findElements(By.cssSelector(last)).isEmpty()) {
            b.tabTo(By.cssSelector(last));
            b.press(Keys.ENTER);
            b.waitForAjax();
            row = row(b, caseNumber);
        }
        for (int page = 0; row.isEmpty() && page < 50
                && !b.driver.findElements(By.cssSelector(previous)).isEmpty(); page++) {
            b.tabTo(By.cssSelector(previous));
            b.press(Keys.ENTER);
            b.waitForAjax();
            row = row(b, caseNumber);
        }
        assertFalse(row.isEmpty() && !b.driver.findElements(By.cssSelector(previous)).isEmpty(), "paged to the end");
        return row;
    }

    private static Optional<WebElement> row(StaffBrowser b, String caseNumber) {
        return b.driver.findElements(By.cssSelector("#queue\\:cases_data > tr[data-ri]")).stream()
                .filter(r -> r.findElement(By.cssSelector("a.case-link")).getText().trim().equals(caseNumber))
                .findFirst();
    }

    static void screenshot(String name) {
        StaffBrowser.shared().screenshot(name);
    }
}
