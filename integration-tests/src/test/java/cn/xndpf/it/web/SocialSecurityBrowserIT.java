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
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Social security's journey on the screens, in a real browser: 城东区 staff are refused a year no longer open (in
 * Chinese, the list unchanged), compile this year's pension list and find a new person of 东关 on it, masked, at the
 * share of level 1 (代缴), not yet answered; the HR and social-security partner answers over the REST API and the
 * line shows 已参保 with the counts moved by one; the person's page shows the 社会保障 section (the year's line with
 * its answer, the household in 低保 today). 城中区 staff see neither the line nor the person.
 */
@ExtendWith({ArquillianExtension.class, StaffBrowserExtension.class})
class SocialSecurityBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SocialSecurityFixture.class);
    }

    @Test
    void districtStaffCompileTheYearTheAnswerArrivesAndThePersonsPageShowsIt() throws Exception {
        Map<String, String> f = fixture();
        String masked = f.get("masked");
        StaffBrowser b = StaffBrowser.shared();

        b.login("chengdong", "district123");
        b.driver.findElement(By.id("menuSocialSecurityPension")).click();
        b.waitForAjax();
        List<String> years = new Select(b.visible(By.id("pension:year"))).getOptions().stream()
                .map(WebElement::getText).toList();
        String year = years.get(0);
        String closed = years.get(years.size() - 1);

        // 1. A year no longer open: refused in Chinese, its list as it was.
        choose(b, closed, "showButton");
        String closedListed = text(b, "listed");
        choose(b, closed, "compileButton");
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pension"), "只能编制本年度和上一年度"));
        choose(b, closed, "showButton");
        assertEquals(closedListed, text(b, "listed"), "the refusal listed nobody");

        // 2. This year's list compiled: the person on it, masked, level 1 at 200.00 代缴 (V55), not answered yet.
        choose(b, year, "compileButton");
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pension:messages"),
                year + "年度名单已编制"));
        WebElement line = row(b, masked);
        assertNotNull(line, "the new person is on this year's list");
        String before = line.getText();
        assertTrue(before.contains("社保页面测试") && before.contains("一级") && before.contains("200.00")
                && before.contains("代缴") && before.contains("未答复"), before);
        assertTrue(!before.contains(f.get("idNumber")), "the ID number masked");
        long listed = Long.parseLong(text(b, "listed"));
        long answered = Long.parseLong(text(b, "answered"));
        long insured = Long.parseLong(text(b, "insured"));
        assertTrue(listed >= 1 && text(b, "rate").endsWith("%"), text(b, "rate"));
        b.checkAccessibility("chengdong: this year's pension list");

        // 3. The partner answers over the REST API: 已参保, the counts moved by one.
        HttpResponse<String> answer = post(f.get("partner"), "api/v1/social-security/pension-answers",
                "{\"year\":\"" + year + "\",\"answers\":[{\"idNumber\":\"" + f.get("idNumber")
                        + "\",\"pensionInsured\":\"true\",\"medicalInsured\":\"true\"}]}");
        assertEquals(200, answer.statusCode(), answer.body());
        choose(b, year, "showButton");
        String after = row(b, masked).getText();
        assertTrue(after.contains("已参保") && after.contains("医保已参保") && !after.contains("未答复"), after);
        assertEquals(listed, Long.parseLong(text(b, "listed")));
        assertEquals(answered + 1, Long.parseLong(text(b, "answered")));
        assertEquals(insured + 1, Long.parseLong(text(b, "insured")));

        // 4. The person's page: the 社会保障 section.
        b.open("app/person/view.xhtml?id=" + f.get("personId"));
        WebElement section = b.visible(By.id("socialSecurity"));
        assertTrue(section.getText().contains("社会保障"), section.getText());
        String today = b.driver.findElement(By.id("includedToday")).getText();
        assertTrue(today.startsWith("是") && today.contains("低保"), today);
        List<WebElement> lines = b.driver.findElements(By.cssSelector("#pensionLines tbody tr"));
        assertEquals(1, lines.size());
        String mine = lines.get(0).getText();
        assertTrue(mine.contains(year) && mine.contains("200.00") && mine.contains("代缴") && mine.contains("已参保"), mine);
        b.checkAccessibility("chengdong: a person's page with its social security");

        // 5. Another district sees neither the line nor the person.
        b.login("chengzhong", "district123");
        b.open("app/socialsecurity/pension.xhtml");
        assertNull(row(b, masked), "not on 城中区's list");
        b.open("app/person/view.xhtml?id=" + f.get("personId"));
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "未找到该人员"));
        assertTrue(b.driver.findElements(By.id("socialSecurity")).isEmpty());
    }

    /** Chooses the year and presses the button (show or compile). */
    private static void choose(StaffBrowser b, String year, String button) {
        new Select(b.visible(By.id("pension:year"))).selectByVisibleText(year);
        b.driver.findElement(By.id("pension:" + button)).click();
        b.waitForAjax();
    }

    private static String text(StaffBrowser b, String id) {
        return b.visible(By.id(id)).getText().trim();
    }

    /** The list's row holding {@code text}, page after page; null when no page has it. */
    private static WebElement row(StaffBrowser b, String text) {
        while (true) {
            for (WebElement r : b.driver.findElements(By.cssSelector("[id='pension:lines'] tbody tr"))) {
                if (r.getText().contains(text)) {
                    return r;
                }
            }
            List<WebElement> next = b.driver.findElements(By.cssSelector("[id='pension:lines'] .ui-paginator-next"));
            if (next.isEmpty() || !next.get(0).isDisplayed() || next.get(0).getAttribute("class").contains("ui-state-disabled")) {
                return null;
            }
            next.get(0).click();
            b.waitForAjax();
        }
    }

    private static Map<String, String> fixture() throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(StaffBrowser.url("it/social-security-fixture"))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        Map<String, String> out = new HashMap<>();
        r.body().lines().filter(l -> l.contains("=")).forEach(l -> out.put(l.substring(0, l.indexOf('=')),
                l.substring(l.indexOf('=') + 1).trim()));
        return out;
    }

    private static HttpResponse<String> post(String partner, String path, String json)
            throws IOException, InterruptedException {
        String basic = "Basic " + Base64.getEncoder().encodeToString((partner + ":" + partner + "-secret")
                .getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(StaffBrowser.url(path)))
                        .header("Authorization", basic).header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
