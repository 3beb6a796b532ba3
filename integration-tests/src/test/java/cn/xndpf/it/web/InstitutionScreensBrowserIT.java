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
 * The service institutions on the screens, in a real browser: city staff are told in Chinese what a form
 * sent empty lacks, register a care institution and revise it; the administrator creates a staff account
 * for that institution, whose owner, once the password is changed, lands on the service records page and
 * is offered no other page.
 */
@ExtendWith({ArquillianExtension.class, StaffBrowserExtension.class})
class InstitutionScreensBrowserIT {

    private static final String INITIAL = "Jigou-Chushi-2026";
    private static final String OWN = "Jigou#Ziji-2027";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @Test
    void cityStaffRegisterAnInstitutionWhoseStaffThenRecordItsServices() {
        StaffBrowser b = StaffBrowser.shared();
        String name = "浏览器阳光家园" + (System.currentTimeMillis() % 1_000_000);

        // 1. City staff open 服务机构 and send the form empty: each missing field is said in Chinese.
        b.login("city", "city123");
        b.driver.findElement(By.id("menuInstitutions")).click();
        b.waitForAjax();
        b.visible(By.id("institutions:saveButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "请填写机构名称"));

        // 2. They register a care institution of 城东区 offering day care.
        b.visible(By.id("institutions:name")).sendKeys(name);
        new Select(b.driver.findElement(By.id("institutions:kind"))).selectByVisibleText("托养机构");
        b.driver.findElement(By.id("institutions:qualification")).sendKeys("青残托字〔2024〕9号");
        b.driver.findElement(By.id("institutions:capacity")).sendKeys("30");
        b.driver.findElement(By.id("institutions:division")).sendKeys("630102");
        b.driver.findElement(By.id("institutions:validFrom_input")).sendKeys("2024-01-01");
        b.driver.findElement(By.xpath("//label[contains(normalize-space(.), '日间照料')]")).click();
        b.driver.findElement(By.id("institutions:saveButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("institutions:messages"),
                "已登记服务机构：" + name));
        WebElement row = row(b, name);
        String number = row.findElements(By.tagName("td")).get(0).getText().trim();
        assertTrue(row.getText().contains("日间照料") && row.getText().contains("30"), row.getText());

        // 3. They revise its places.
        row.findElement(By.cssSelector("button")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("formHeading"), "修改服务机构"));
        WebElement capacity = b.visible(By.id("institutions:capacity"));
        capacity.clear();
        capacity.sendKeys("45");
        b.driver.findElement(By.id("institutions:saveButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("institutions:messages"),
                "已保存对服务机构的修改：" + name));
        assertTrue(row(b, name).getText().contains("45"), row(b, name).getText());

        // 4. The administrator creates an account for the institution's staff with its number.
        String username = "it-jigou-" + (System.currentTimeMillis() % 1_000_000);
        b.login("admin", "admin123");
        b.driver.findElement(By.id("menuAccounts")).click();
        b.waitForAjax();
        b.visible(By.id("accounts:username")).sendKeys(username);
        b.driver.findElement(By.id("accounts:displayName")).sendKeys("机构工作人员");
        new Select(b.driver.findElement(By.id("accounts:role"))).selectByVisibleText("服务机构工作人员");
        b.driver.findElement(By.id("accounts:division")).sendKeys("630102");
        b.driver.findElement(By.id("accounts:institution")).sendKeys(number);
        b.driver.findElement(By.id("accounts:initialPassword")).sendKeys(INITIAL);
        b.driver.findElement(By.id("accounts:createButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts:messages"),
                "已新建账号" + username));

        // 5. Its owner changes the password and lands on the service records, the only page offered.
        b.login(username, INITIAL);
        b.wait.until(ExpectedConditions.urlContains("/account/password.xhtml"));
        b.visible(By.id("pwd:current")).sendKeys(INITIAL);
        b.driver.findElement(By.id("pwd:next")).sendKeys(OWN);
        b.driver.findElement(By.id("pwd:confirmation")).sendKeys(OWN);
        b.driver.findElement(By.id("pwd:changeButton")).click();
        b.wait.until(ExpectedConditions.urlContains("/app/institution/records.xhtml"));
        b.visible(By.id("records:saveButton"));
        List<String> menu = b.driver.findElements(By.cssSelector("nav.menu a")).stream()
                .map(a -> a.getAttribute("id")).toList();
        assertEquals(List.of("menuServiceRecords"), menu);
        assertTrue(b.driver.findElements(By.id("records:institution")).isEmpty(),
                "an institution's staff record for their own institution without naming it");
        b.checkAccessibility("institution staff: service records");
    }

    private static WebElement row(StaffBrowser b, String name) {
        return b.wait.until(d -> d.findElements(By.cssSelector("[id='institutions:list'] tbody tr")).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElse(null));
    }
}
