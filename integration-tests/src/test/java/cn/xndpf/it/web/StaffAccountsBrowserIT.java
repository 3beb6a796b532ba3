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

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff accounts on the screens (用户管理), in a real browser: the administrator creates a township
 * clerk; the clerk signs in with the initial password, is held on the password page until the password
 * is changed (a password breaking the policy is refused in Chinese), then works.
 */
@ExtendWith({ArquillianExtension.class, StaffBrowserExtension.class})
class StaffAccountsBrowserIT {

    private static final String INITIAL = "Chushi-Mima-2026";
    private static final String OWN = "Ziji#Mima-2027";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @Test
    void anAdministratorCreatesAUserWhoChangesThePasswordThenWorks() {
        StaffBrowser b = StaffBrowser.shared();
        String username = "it-browser-" + (System.currentTimeMillis() % 1_000_000);

        // 1. The administrator creates a township clerk of 东关街道 on the 用户管理 page.
        b.login("admin", "admin123");
        b.driver.findElement(By.id("menuAccounts")).click();
        b.waitForAjax();
        b.visible(By.id("accounts:username")).sendKeys(username);
        b.driver.findElement(By.id("accounts:displayName")).sendKeys("浏览器测试经办员");
        new Select(b.driver.findElement(By.id("accounts:role"))).selectByVisibleText("乡镇/街道经办员");
        b.driver.findElement(By.id("accounts:division")).sendKeys("630102001");
        b.driver.findElement(By.id("accounts:initialPassword")).sendKeys(INITIAL);
        b.driver.findElement(By.id("accounts:createButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts:messages"),
                "已新建账号" + username));
        WebElement list = b.driver.findElement(By.id("accounts:list"));
        assertTrue(list.getText().contains(username) && list.getText().contains("待修改密码"), list.getText());

        // 2. The clerk signs in with the initial password and is held on the password page.
        b.login(username, INITIAL);
        b.wait.until(ExpectedConditions.urlContains("/account/password.xhtml"));
        b.visible(By.id("required"));
        b.open("app/person/search.xhtml");
        b.wait.until(ExpectedConditions.urlContains("/account/password.xhtml"));

        // 3. A password that breaks the policy is refused in Chinese; a good one is taken.
        b.visible(By.id("pwd:current")).sendKeys(INITIAL);
        b.driver.findElement(By.id("pwd:next")).sendKeys("short");
        b.driver.findElement(By.id("pwd:confirmation")).sendKeys("short");
        b.driver.findElement(By.id("pwd:changeButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "密码至少需要"));
        b.visible(By.id("pwd:current")).sendKeys(INITIAL);
        b.driver.findElement(By.id("pwd:next")).sendKeys(OWN);
        b.driver.findElement(By.id("pwd:confirmation")).sendKeys(OWN);
        b.driver.findElement(By.id("pwd:changeButton")).click();

        // 4. Then the clerk works: their home page with the review queue of their level.
        b.wait.until(ExpectedConditions.urlContains("/app/home.xhtml"));
        b.visible(By.id("queueHeading"));
        assertTrue(b.driver.findElement(By.id("userRole")).getText().contains("乡镇/街道经办员"));
        b.login(username, OWN);
        b.wait.until(ExpectedConditions.urlContains("/app/home.xhtml"));
    }
}
