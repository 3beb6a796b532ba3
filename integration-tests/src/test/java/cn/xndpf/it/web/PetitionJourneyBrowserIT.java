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

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A petition's main journey on the screens, in a real browser: 城东区 staff register a visit (the form sent
 * empty first says in Chinese what it lacks), the petition appears on the division's list, they accept,
 * answer and close it with the petitioner's satisfaction, each step on its timeline, and it leaves the list;
 * 城中区 staff are not shown it.
 */
@ExtendWith({ArquillianExtension.class, StaffBrowserExtension.class})
class PetitionJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @Test
    void districtStaffRegisterAPetitionSeeItOnTheirListAnswerAndCloseIt() {
        StaffBrowser b = StaffBrowser.shared();
        String petitioner = "浏览器信访人" + (System.currentTimeMillis() % 1_000_000);

        // 1. The form sent empty says what is missing, in Chinese.
        b.login("chengdong", "district123");
        b.driver.findElement(By.id("menuPetitionRegister")).click();
        b.waitForAjax();
        b.visible(By.id("register:saveButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "请选择信访形式"));

        // 2. A visit is registered for 城东区.
        new Select(b.driver.findElement(By.id("register:channel"))).selectByVisibleText("来访");
        b.driver.findElement(By.id("register:name")).sendKeys(petitioner);
        b.driver.findElement(By.id("register:contact")).sendKeys("13987654321");
        b.driver.findElement(By.id("register:division")).sendKeys("630102");
        b.driver.findElement(By.id("register:matter")).sendKeys("小区无障碍坡道被占用，轮椅无法通行");
        b.driver.findElement(By.id("register:saveButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:messages"),
                "已登记信访事项"));

        // 3. It is on the division's list, not overdue.
        b.driver.findElement(By.id("menuPetitions")).click();
        b.waitForAjax();
        WebElement row = row(b, "list", petitioner);
        assertTrue(row.getText().contains("已登记") && !row.getText().contains("已超期"), row.getText());
        String number = row.findElement(By.tagName("a")).getText().trim();

        // 4. Its page: accept, answer, close as satisfied.
        row.findElement(By.tagName("a")).click();
        b.wait.until(ExpectedConditions.urlContains("/app/rights/petition.xhtml"));
        assertEquals(number, b.visible(By.id("number")).getText().trim());
        b.visible(By.id("step:acceptButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "已受理"));
        b.visible(By.id("step:note")).sendKeys("已协调物业清理坡道并设置禁停标志");
        b.driver.findElement(By.id("step:answerButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "已答复"));
        b.visible(By.id("step:closeButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "请选择信访人的满意度"));
        new Select(b.visible(By.id("step:satisfaction"))).selectByVisibleText("满意");
        b.driver.findElement(By.id("step:closeButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "已办结"));
        List<String> steps = b.driver.findElements(By.cssSelector("#timeline tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(1).getText()).toList();
        assertEquals(List.of("登记", "受理", "答复", "办结"), steps);
        assertTrue(b.driver.findElement(By.id("satisfaction")).getText().contains("满意"));
        b.checkAccessibility("chengdong: closed petition");

        // 5. Closed, it leaves the division's list.
        b.open("app/rights/petitions.xhtml");
        assertTrue(b.visible(By.id("list")).getText().indexOf(petitioner) < 0, "a closed petition is off the list");

        // 6. Another division's staff do not see it, even by its number.
        b.login("chengzhong", "district123");
        b.open("app/rights/petition.xhtml?id=" + number);
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "没有这件信访事项"));
        assertTrue(b.driver.findElements(By.id("timeline")).isEmpty());
    }

    private static WebElement row(StaffBrowser b, String table, String text) {
        return b.wait.until(d -> d.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElse(null));
    }
}
