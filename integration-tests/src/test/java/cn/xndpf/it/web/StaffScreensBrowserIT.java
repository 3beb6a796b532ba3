package cn.xndpf.it.web;

import cn.xndpf.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.xndpf.domain.person.IdNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The staff screens in a real browser (headless Chromium): login, registry search within the user's
 * jurisdiction, a full record, and registration with a field-level validation message.
 * <p>
 * Arquillian deploys the real EAR as a client-side deployment; the browser ({@link StaffBrowser}) talks
 * to it at {@code dpf.it.baseUrl}. Waits are explicit (PrimeFaces ajax), never sleeps. A failing test
 * leaves a screenshot in {@code target/screenshots/} ({@link StaffBrowserExtension}).
 */
@ExtendWith({ArquillianExtension.class, StaffBrowserExtension.class})
class StaffScreensBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    private static final String DISTRICT = "630102";
    private static final String COMMUNITY = "630102001001";

    private static WebDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        StaffBrowser b = StaffBrowser.shared();
        driver = b.driver;
        wait = b.wait;
    }

    @Test
    void districtStaffSearchesOpensAndRegisters() {
        // 1. A protected page sends the visitor to the login page; a wrong password is refused in Chinese.
        driver.get(StaffBrowser.url("app/person/search.xhtml"));
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        username.sendKeys("chengdong");
        driver.findElement(By.id("login:password")).sendKeys("wrong-password");
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "用户名或密码错误"));

        // 2. The right password then signs in; after a refused attempt the page first asked for is forgotten
        //    and the user lands on the home page (工作台), from which the search is one link away.
        driver.findElement(By.id("login:username")).clear();
        driver.findElement(By.id("login:username")).sendKeys("chengdong");
        driver.findElement(By.id("login:password")).sendKeys("district123");
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("/app/home.xhtml"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("menuSearch"))).click();
        wait.until(ExpectedConditions.urlContains("/app/person/search.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:results")));
        assertTrue(driver.findElement(By.id("userRole")).getText().contains("区县残联"), "role shown in the top bar");

        // 3. A name search shows only people of the user's district (城东区, 630102). The surname searched
        //    for is taken from the unfiltered list, so the test holds for any size of demo data.
        List<WebElement> all = resultRows();
        assertFalse(all.isEmpty(), "the district's registry is listed");
        String surname = all.get(0).findElement(By.cssSelector("a.person-link")).getText().substring(0, 1);
        search(surname);
        List<WebElement> rows = resultRows();
        assertFalse(rows.isEmpty(), "people named " + surname + " in 城东区");
        for (WebElement row : rows) {
            String division = row.findElement(By.cssSelector(".division-cell .code")).getText();
            assertTrue(division.startsWith(DISTRICT), "row outside 城东区: " + row.getText());
            assertTrue(row.findElement(By.cssSelector("a.person-link")).getText().contains(surname), row.getText());
        }

        // 4. The person page shows the full ID number.
        String listedName = rows.get(0).findElement(By.cssSelector("a.person-link")).getText();
        rows.get(0).findElement(By.cssSelector("a.person-link")).click();
        wait.until(ExpectedConditions.urlContains("/app/person/view.xhtml"));
        assertEquals(listedName, wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personName"))).getText());
        String fullId = driver.findElement(By.id("idNumber")).getText().trim();
        assertTrue(fullId.matches("\\d{17}[\\dX]"), "full ID number shown: " + fullId);

        // 5. Registration: a wrong check character is reported next to the ID field, nothing is saved.
        driver.findElement(By.id("menuRegister")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reg:idNumber")));
        Random random = new Random();
        String first17 = DISTRICT + LocalDate.of(1950, 1, 1).plusDays(random.nextInt(18_000))
                .toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        char check = IdNumber.checkCharacter(first17);
        char wrong = "0123456789X".charAt(("0123456789X".indexOf(check) + 1 + random.nextInt(10)) % 11);
        assertNotEquals(check, wrong);
        String name = "测试" + uniqueHan(random);

        driver.findElement(By.id("reg:idNumber")).sendKeys(first17 + wrong, Keys.TAB);
        waitForAjax();
        driver.findElement(By.id("reg:name")).sendKeys(name);
        driver.findElement(By.id("reg:ethnicity")).sendKeys("汉族");
        driver.findElement(By.id("reg:phone")).sendKeys("0971-1234567");
        driver.findElement(By.id("reg:address")).sendKeys("西宁市城东区东关大街1号");
        new Select(driver.findElement(By.id("reg:division"))).selectByValue(COMMUNITY);
        waitForAjax();
        driver.findElement(By.id("reg:household")).sendKeys("HIT" + System.currentTimeMillis());
        WebElement form = driver.findElement(By.id("reg"));
        driver.findElement(By.id("reg:save")).click();
        wait.until(ExpectedConditions.stalenessOf(form));
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reg:idNumberMsg"), "身份证号校验码不正确"));
        assertTrue(driver.getCurrentUrl().contains("/app/person/register.xhtml"), "still on the register page");
        assertEquals("", driver.findElement(By.id("reg:nameMsg")).getText().trim(), "no message on a valid name");

        // 6. With the right check character the person is registered and their record opens.
        WebElement idField = driver.findElement(By.id("reg:idNumber"));
        idField.clear();
        idField.sendKeys(first17 + check, Keys.TAB);
        waitForAjax();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("derivedSex")));
        driver.findElement(By.id("reg:save")).click();
        wait.until(ExpectedConditions.urlContains("/app/person/view.xhtml"));
        assertEquals(name, wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personName"))).getText());
        assertEquals(first17 + check, driver.findElement(By.id("idNumber")).getText().trim());

        // 7. Exactly one person of that name: the refused attempt saved nothing.
        driver.findElement(By.id("menuSearch")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:results")));
        search(name);
        assertEquals(1, resultRows().size(), "one registration only");
    }

    private static void search(String text) {
        WebElement field = driver.findElement(By.id("search:text"));
        field.clear();
        field.sendKeys(text);
        WebElement form = driver.findElement(By.id("search"));
        driver.findElement(By.id("search:searchButton")).click();
        wait.until(ExpectedConditions.stalenessOf(form));
        waitForAjax();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:results")));
    }

    /** Data rows of the result table (none when it shows its empty message). */
    private static List<WebElement> resultRows() {
        return driver.findElements(By.cssSelector("#search\\:results_data > tr[data-ri]"));
    }

    /** Waits until PrimeFaces has no ajax request queued or running. */
    private static void waitForAjax() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0);"));
    }

    /** Three Han characters chosen at random, to make a test name unique in the registry. */
    private static String uniqueHan(Random random) {
        String pool = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星云山川";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            s.append(pool.charAt(random.nextInt(pool.length())));
        }
        return s.toString();
    }
}
