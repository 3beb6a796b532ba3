package cn.xndpf.it.web;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What staff do on the care screens, step by step in the browser, with the checks of each step; the review
 * steps are the subsidies' ({@link SubsidyJourneySteps#approveInQueue}), since the queue is the kernel's.
 *
 * <p>Component ids used: {@code apply:idNumber}, {@code apply:kind}, {@code apply:appliedOn_input},
 * {@code apply:submit}, {@code applicantName}, {@code eligible}; on the placement page table {@code waiting}
 * (rows {@code tr.waiting-case}, button {@code ...:choose}), {@code place:institution},
 * {@code place:from_input}, {@code place:submit}; on the service records page {@code records:idNumber},
 * {@code records:institution}, {@code records:service}, {@code records:day_input}, {@code records:quantity},
 * {@code records:amount}, {@code records:saveButton}, {@code records:messages}; on the settlement page
 * {@code settle:month}, {@code settle:institution}, {@code settle:run}, {@code selectedTotal}, table
 * {@code lines}.
 */
final class CareJourneySteps {

    private CareJourneySteps() {
    }

    /** Applies for day care from {@code appliedOn}; the verdict shows as the form is filled; the case page opens. */
    static SubsidyJourneySteps.Applied apply(String username, String password, String idNumber, String expectedName,
                                             LocalDate appliedOn) {
        StaffBrowser b = StaffBrowser.shared();
        b.login(username, password);
        b.open("app/care/apply.xhtml");
        b.checkAccessibility("care application");
        b.visible(By.id("apply:idNumber")).sendKeys(idNumber, Keys.TAB);
        b.waitForAjax();
        assertEquals(expectedName, b.visible(By.id("applicantName")).getText().trim(), "whose number it is");
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("eligible"), "符合托养服务条件"));
        new Select(b.driver.findElement(By.id("apply:kind"))).selectByVisibleText("日间照料");
        typeDate(b.driver.findElement(By.id("apply:appliedOn_input")), appliedOn);
        b.driver.findElement(By.id("apply:submit")).click();
        b.wait.until(ExpectedConditions.urlContains("/app/subsidy/case.xhtml"));

        String caseNumber = b.visible(By.id("caseNumber")).getText().trim();
        assertTrue(caseNumber.matches("TY-\\d+"), caseNumber);
        assertEquals("已提交", b.driver.findElement(By.id("state")).getText().trim());
        assertEquals("初审", b.driver.findElement(By.id("currentLevel")).getText().trim());
        assertEquals(appliedOn.toString(), b.driver.findElement(By.id("appliedOn")).getText().trim());
        return new SubsidyJourneySteps.Applied(caseNumber, b.driver.getCurrentUrl());
    }

    /**
     * Places the approved case with the institution from {@code from}: the case page then shows it 享受中 with
     * the placement as the last step. Returns the institution's number, as the placement page offers it.
     */
    static String place(String username, String password, String caseNumber, String institutionName,
                        LocalDate from) {
        StaffBrowser b = StaffBrowser.shared();
        b.login(username, password);
        b.open("app/care/place.xhtml");
        WebElement row = b.wait.until(d -> d.findElements(By.cssSelector("#waiting tr.waiting-case")).stream()
                .filter(r -> r.getText().contains(caseNumber)).findFirst().orElse(null));
        row.findElement(By.cssSelector("button[id$=':choose']")).click();
        b.waitForAjax();
        assertEquals(caseNumber, b.visible(By.id("selectedCase")).getText().trim());
        b.checkAccessibility("care placement form");
        Select institution = new Select(b.driver.findElement(By.id("place:institution")));
        institution.selectByVisibleText(institutionName);
        String number = institution.getFirstSelectedOption().getAttribute("value");
        typeDate(b.driver.findElement(By.id("place:from_input")), from);
        b.driver.findElement(By.id("place:submit")).click();
        b.wait.until(ExpectedConditions.urlContains("/app/subsidy/case.xhtml"));
        assertEquals("享受中", b.visible(By.id("state")).getText().trim());
        assertTrue(b.driver.findElement(By.id("programDetail")).getText().contains(institutionName));
        List<WebElement> steps = b.driver.findElements(By.cssSelector("#timeline tbody tr.step"));
        WebElement last = steps.get(steps.size() - 1);
        assertEquals("开始享受", last.findElement(By.className("step-type")).getText().trim());
        assertEquals(username, last.findElement(By.className("step-actor")).getText().trim());
        return number;
    }

    /** Records one day of day care for the person at the institution on the service records page. */
    static void recordDayCare(String username, String password, String idNumber, String institutionNumber,
                              LocalDate day, String expectedName) {
        StaffBrowser b = StaffBrowser.shared();
        b.login(username, password);
        b.open("app/institution/records.xhtml");
        b.visible(By.id("records:idNumber")).sendKeys(idNumber);
        b.driver.findElement(By.id("records:institution")).sendKeys(institutionNumber);
        new Select(b.driver.findElement(By.id("records:service"))).selectByVisibleText("日间照料");
        typeDate(b.driver.findElement(By.id("records:day_input")), day);
        // The form comes with one day filled in: typed over, not after it (1 then "1" would be 11 days).
        WebElement quantity = b.driver.findElement(By.id("records:quantity"));
        quantity.clear();
        quantity.sendKeys("1");
        WebElement amount = b.driver.findElement(By.id("records:amount"));
        amount.clear();
        amount.sendKeys("40");
        b.driver.findElement(By.id("records:saveButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("records:messages"),
                "已记录" + expectedName + "在" + day + "的服务"));
    }

    /**
     * Replaces a date picker's day (which the page fills in with today) by typing over it: the picker's input
     * ignores {@code clear()}, so its text is selected and deleted first.
     */
    private static void typeDate(WebElement input, LocalDate day) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(day.toString(), Keys.ESCAPE);
        assertEquals(day.toString(), input.getAttribute("value"), "the day typed replaces today");
    }

    /** Settles the institution's month and sees the person's line and the total. */
    static void settle(String username, String password, String institutionName, YearMonth month,
                       String expectedName, String expectedTotal) {
        StaffBrowser b = StaffBrowser.shared();
        b.login(username, password);
        b.open("app/care/settlements.xhtml");
        WebElement m = b.visible(By.id("settle:month"));
        m.clear();
        m.sendKeys(month.toString());
        new Select(b.driver.findElement(By.id("settle:institution"))).selectByVisibleText(institutionName);
        b.driver.findElement(By.id("settle:run")).click();
        b.waitForAjax();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("selectedTotal"), "："));
        assertTrue(b.driver.findElement(By.id("selectedTotal")).getText().trim().endsWith("：" + expectedTotal),
                b.driver.findElement(By.id("selectedTotal")).getText());
        List<WebElement> lines = b.driver.findElements(By.cssSelector("#lines tbody tr.line"));
        assertEquals(1, lines.size(), "one person placed with the institution");
        assertTrue(lines.get(0).getText().contains(expectedName), lines.get(0).getText());
        assertEquals(expectedTotal, lines.get(0).findElement(By.className("amount")).getText().trim());
        b.checkAccessibility("care settlement with its lines");
    }
}
