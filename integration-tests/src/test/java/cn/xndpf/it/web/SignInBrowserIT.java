package cn.xndpf.it.web;

import cn.xndpf.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A refused sign-in, in a real browser, always shows the login page again with its message (Chinese, or
 * English when chosen), never a blank page and never someone else's session: straight on the login page, after
 * switching the language, and in a browser where another user is still signed in (a desk shared by two
 * people: the wrong password must not carry on as the previous user, and a right one signs in as the new user).
 */
@ExtendWith({ArquillianExtension.class, StaffBrowserExtension.class})
class SignInBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    private final StaffBrowser b = StaffBrowser.shared();

    @Test
    void aWrongPasswordShowsTheLoginPageWithItsMessage() {
        b.driver.get(StaffBrowser.url("login.xhtml"));
        b.driver.manage().deleteAllCookies();
        b.open("login.xhtml");
        signIn("chengdong", "not-the-password");
        refusedWith("用户名或密码错误");

        // in English, after the language switch (which starts a session before any sign-in)
        b.driver.findElement(By.id("lang:language")).click();
        b.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        signIn("chengdong", "not-the-password-either");
        refusedWith("Wrong user name or password");
        b.driver.findElement(By.id("lang:language")).click();
        b.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh-CN"));
    }

    @Test
    void aWrongPasswordWhileAnotherUserIsSignedInIsRefusedAndSignsThatUserOut() {
        b.login("chengdong", "district123");
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("userName"), "chengdong"));

        // the next person at the desk opens the login page in the same browser and mistypes
        b.open("login.xhtml");
        signIn("chengzhong", "not-the-password");
        refusedWith("用户名或密码错误");
        b.open("app/home.xhtml");
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        assertTrue(b.driver.getCurrentUrl().contains("login.xhtml"), "nobody is signed in any more: "
                + b.driver.getCurrentUrl());

        // signed in again as chengdong, then the other person's right password signs in as them
        b.login("chengdong", "district123");
        b.open("login.xhtml");
        signIn("chengzhong", "district123");
        b.wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("userName")));
        assertTrue(b.driver.findElement(By.id("userName")).getText().contains("chengzhong"),
                "signed in as the new user: " + b.driver.findElement(By.id("userName")).getText());
    }

    private void signIn(String username, String password) {
        b.visible(By.id("login:username")).clear();
        b.driver.findElement(By.id("login:username")).sendKeys(username);
        b.driver.findElement(By.id("login:password")).sendKeys(password);
        b.driver.findElement(By.id("login:submit")).click();
    }

    /** The login page again, its form usable and the message shown; the page is not blank. */
    private void refusedWith(String message) {
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), message));
        assertTrue(b.driver.getCurrentUrl().contains("login.xhtml"), b.driver.getCurrentUrl());
        assertEquals("", b.driver.findElement(By.id("login:password")).getAttribute("value"));
        assertTrue(b.driver.findElement(By.id("login:submit")).isDisplayed());
    }
}
