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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A home modification's main journey (家庭无障碍改造) on the screens, in a real browser: 城东区 staff take a poor
 * household's application, the township and the district approve it on the kernel's queue, then on the
 * modifications page the survey (sent empty first: the Chinese message), a survey photo uploaded and listed,
 * the works, the acceptance and the payment to the contractor; the case page shows each step on its timeline
 * and the case ended; 城中区 staff do not see it.
 */
@ExtendWith({ArquillianExtension.class, StaffBrowserExtension.class})
class AccessibilityWorksBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(HomeModificationFixture.class);
    }

    @Test
    void aPoorHouseholdIsAppliedForApprovedSurveyedBuiltAcceptedAndPaid() throws Exception {
        String idNumber = fixtureIdNumber();
        StaffBrowser b = StaffBrowser.shared();

        // 1. The application, at the district office.
        b.login("chengdong", "district123");
        b.visible(By.id("menuHomeModifications")).click();
        b.waitForAjax();
        b.visible(By.id("homes:idNumber")).sendKeys(idNumber);
        b.driver.findElement(By.id("homes:saveButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("homes:messages"), "已受理家庭无障碍改造申请"));
        String caseNumber = b.driver.findElement(By.id("homes:messages")).getText().replaceAll("(?s).*(WZ-\\d+).*", "$1");
        assertTrue(caseNumber.matches("WZ-\\d+"), caseNumber);

        // 2. The kernel's chain: township 初审, district 审批.
        SubsidyJourneySteps.approveInQueue("clerk-dongguan", "clerk123", caseNumber, "初审");
        SubsidyJourneySteps.approveInQueue("chengdong", "district123", caseNumber, "审批");

        // 3. The survey: sent empty, then filled; a survey photo.
        b.open("app/accessibility/homes.xhtml");
        choose(b, caseNumber);
        b.visible(By.id("homes:recordButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "请填写此项"));
        b.driver.findElement(By.id("homes:surveyor")).sendKeys("勘查员丙");
        b.driver.findElement(By.id("homes:items")).sendKeys("入户坡道、卫生间扶手");
        b.driver.findElement(By.id("homes:amount")).sendKeys("4500.00");
        b.driver.findElement(By.id("homes:recordButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("homes:messages"), "已勘查"));
        Path photo = Files.createTempFile("survey", ".jpg");
        try {
            Files.write(photo, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'});
            b.driver.findElement(By.cssSelector("input[type=file][id^='homes:file']")).sendKeys(photo.toString());
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("homes:files"), photo.getFileName().toString()));
        } finally {
            Files.deleteIfExists(photo);
        }
        b.checkAccessibility("chengdong: home modification surveyed");

        // 4. Works, acceptance, payment.
        b.driver.findElement(By.id("homes:contractor")).sendKeys("西宁某无障碍工程公司");
        b.driver.findElement(By.id("homes:recordButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("homes:messages"), "施工中"));
        b.visible(By.id("homes:recordButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("homes:messages"), "已验收"));
        assertEquals("4500.00", b.visible(By.id("homes:amount")).getAttribute("value"), "the estimate offered");
        b.driver.findElement(By.id("homes:recordButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("homes:messages"), "已付款"));

        // 5. The case page: each step on the timeline, the case ended as completed.
        b.driver.findElement(By.xpath("//table//a[normalize-space(text())='" + caseNumber + "']")).click();
        b.wait.until(ExpectedConditions.urlContains("/app/subsidy/case.xhtml"));
        List<String> steps = b.visible(By.id("timeline")).findElements(By.cssSelector("tbody tr.step")).stream()
                .map(s -> s.findElement(By.className("step-type")).getText().trim()).toList();
        assertEquals(List.of("创建", "提交", "审查", "审查", "办理", "办理", "开始享受", "办理", "办理", "终止"), steps);

        // 6. Another district does not see it.
        b.login("chengzhong", "district123");
        b.open("app/accessibility/homes.xhtml");
        assertTrue(!b.visible(By.id("homes:list")).getText().contains(caseNumber), "not on another district's list");
    }

    private static void choose(StaffBrowser b, String caseNumber) {
        WebElement row = b.wait.until(d -> d.findElements(By.cssSelector("#homes\\:list tbody tr")).stream()
                .filter(r -> r.getText().contains(caseNumber)).findFirst().orElse(null));
        row.findElement(By.cssSelector("button[id$=':choose']")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), caseNumber + " · "));
    }

    private static String fixtureIdNumber() throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(StaffBrowser.url("it/home-modification-fixture"))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return r.body().trim().substring("idNumber=".length());
    }
}
