package cn.xndpf.it.web;

import cn.xndpf.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The education screens and the kernel's case pages with a case of a program other than the subsidies, in a
 * real browser: a grant (助学金) case opens on the shared case page without a "not found" message, with its
 * program's detail line, and is reviewed through its chain on the queue page (township 初审, district 审批).
 */
@ExtendWith({ArquillianExtension.class, StaffBrowserExtension.class})
class EducationScreensBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(EducationCaseFixture.class);
    }

    @Test
    void aGrantCaseOpensOnTheCasePageAndIsReviewedThroughItsChain() throws Exception {
        Map<String, String> fixture = fixture("");
        String caseUrl = "app/subsidy/case.xhtml?id=" + fixture.get("caseId");
        StaffBrowser b = StaffBrowser.shared();

        b.login("clerk-dongguan", "clerk123");
        b.open(caseUrl);
        String caseNumber = b.visible(By.id("caseNumber")).getText().trim();
        assertTrue(caseNumber.matches("JY-\\d+"), caseNumber);
        assertEquals("", b.driver.findElement(By.id("pageMessages")).getText().trim(),
                "no message above the case");
        assertTrue(b.driver.findElement(By.id("caseHeading")).getText().contains("助学金"), "the program's name");
        assertEquals("已提交", b.driver.findElement(By.id("state")).getText().trim());
        assertEquals("初审", b.driver.findElement(By.id("currentLevel")).getText().trim());
        String detail = b.driver.findElement(By.id("caseDetail")).getText();
        assertTrue(detail.contains(fixture.get("student")) && detail.contains("1250.00"), detail);
        assertTrue(b.driver.findElements(By.id("subsidy")).isEmpty(), "no subsidy data for a grant");

        SubsidyJourneySteps.approveInQueue("clerk-dongguan", "clerk123", caseNumber, "初审");
        SubsidyJourneySteps.approveInQueue("chengdong", "district123", caseNumber, "审批");

        b.login("chengdong", "district123");
        b.open(caseUrl);
        assertEquals("已审批", b.visible(By.id("state")).getText().trim());
        assertEquals("", b.driver.findElement(By.id("pageMessages")).getText().trim(), "no message above the case");
        List<WebElement> steps = b.driver.findElements(By.cssSelector("#timeline tbody tr.step"));
        assertEquals(List.of("创建", "提交", "审查", "审查"),
                steps.stream().map(s -> s.findElement(By.className("step-type")).getText().trim()).toList());
        assertEquals(List.of("", "", "初审", "审批"),
                steps.stream().map(s -> s.findElement(By.className("step-level")).getText().trim()).toList());
        assertEquals(List.of("clerk-dongguan", "chengdong"),
                steps.subList(2, 4).stream().map(s -> s.findElement(By.className("step-actor")).getText().trim())
                        .toList());
    }

    private static Map<String, String> fixture(String query) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(StaffBrowser.url("it/education-case-fixture" + query))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        Map<String, String> values = new HashMap<>();
        for (String line : r.body().split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1).trim());
            }
        }
        return values;
    }
}
