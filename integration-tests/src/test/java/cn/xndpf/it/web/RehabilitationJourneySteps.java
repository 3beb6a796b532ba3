package cn.xndpf.it.web;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What staff do on the rehabilitation screens, step by step in the browser, with the checks of each step; the
 * review steps are the kernel's queue ({@link SubsidyJourneySteps#approveInQueue}).
 *
 * <p>Component ids used: on the assessment page {@code assess:idNumber}, {@code assess:needed},
 * {@code assess:submit}, {@code assess:messages}, table {@code assessments} (rows {@code tr.assessment});
 * on the children's aid page {@code aid:idNumber}, {@code remainingAmount}, {@code aid:kind}, {@code aid:amount},
 * {@code aid:submit}, {@code aid:amountMsg}; on the case page {@code caseNumber}, {@code state},
 * {@code currentLevel}, {@code programDetail}.
 */
final class RehabilitationJourneySteps {

    private RehabilitationJourneySteps() {
    }

    /** Records today's needs assessment: rehabilitation training needed; the row appears in the history. */
    static void assessTrainingNeeded(String username, String password, String idNumber) {
        StaffBrowser b = StaffBrowser.shared();
        b.login(username, password);
        b.open("app/rehabilitation/assess.xhtml");
        b.visible(By.id("assess:idNumber")).sendKeys(idNumber, Keys.TAB);
        b.waitForAjax();
        b.visible(By.id("noHistory"));
        new Select(b.driver.findElement(By.id("assess:needed"))).selectByVisibleText("康复训练");
        b.driver.findElement(By.id("assess:note")).sendKeys("旅程测试评估");
        b.driver.findElement(By.id("assess:submit")).click();
        b.waitForAjax();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assess:messages"), "的康复需求评估"));
        List<WebElement> rows = b.driver.findElements(By.cssSelector("#assessments tr.assessment"));
        assertEquals(1, rows.size());
        assertEquals("康复训练", rows.get(0).findElement(By.className("assessment-result")).getText().trim());
        b.checkAccessibility("needs assessment with its history");
    }

    /**
     * Applies for training aid: the remaining cap shows once the number is typed; an amount beyond it is refused
     * next to the field and opens nothing; the allowed amount opens the case page (已提交, 初审).
     */
    static SubsidyJourneySteps.Applied applyForTrainingAid(String username, String password, String idNumber, String remaining,
                                      String tooMuch, String amount) {
        StaffBrowser b = StaffBrowser.shared();
        b.login(username, password);
        b.open("app/rehabilitation/child-aid.xhtml");
        b.checkAccessibility("children's aid application");
        b.visible(By.id("aid:idNumber")).sendKeys(idNumber, Keys.TAB);
        b.waitForAjax();
        assertEquals(remaining, b.visible(By.id("remainingAmount")).getText().trim(), "what the cap leaves");
        new Select(b.driver.findElement(By.id("aid:kind"))).selectByVisibleText("康复训练");
        WebElement amountField = b.driver.findElement(By.id("aid:amount"));
        amountField.sendKeys(tooMuch);
        b.driver.findElement(By.id("aid:submit")).click();
        b.waitForAjax();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("aid:amountMsg"), "超过每名儿童每年救助上限"));
        assertTrue(b.driver.getCurrentUrl().contains("child-aid.xhtml"), "nothing opened");
        b.driver.findElement(By.id("aid:amount")).clear();
        b.driver.findElement(By.id("aid:amount")).sendKeys(amount);
        b.driver.findElement(By.id("aid:submit")).click();
        b.wait.until(ExpectedConditions.urlContains("/app/subsidy/case.xhtml"));
        String caseNumber = b.visible(By.id("caseNumber")).getText().trim();
        assertTrue(caseNumber.matches("ET-\\d+"), caseNumber);
        assertEquals("已提交", b.driver.findElement(By.id("state")).getText().trim());
        assertEquals("初审", b.driver.findElement(By.id("currentLevel")).getText().trim());
        return new SubsidyJourneySteps.Applied(caseNumber, b.driver.getCurrentUrl());
    }

    /** The approved case on the case page, with its program's line. */
    static void caseIsApproved(String username, String password, String caseUrl, String detail) {
        StaffBrowser b = StaffBrowser.shared();
        b.login(username, password);
        b.driver.get(caseUrl);
        assertEquals("已审批", b.visible(By.id("state")).getText().trim());
        assertTrue(b.driver.findElement(By.id("programDetail")).getText().contains(detail),
                b.driver.findElement(By.id("programDetail")).getText());
    }
}
