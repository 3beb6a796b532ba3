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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The education screens and the kernel's case pages with a case of a program other than the subsidies, in a
 * real browser: a grant (助学金) case opens on the shared case page without a "not found" message, with its
 * program's detail line, and is reviewed through its chain on the queue page (township 初审, district 审批);
 * the main journey applies on the grant form, reviews, and records the student's plan (一人一案) and its
 * yearly review and a fee relief on the student's page; the approved grant is paid once on the payment page; the district's enrolment list with its rate, filtered
 * by state.
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
        String detail = b.driver.findElement(By.id("programDetail")).getText();
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

        // the district pays it (助学金发放): without a reference it is refused next to the field, then paid once
        b.visible(By.id("menuGrantPayments")).click();
        b.wait.until(ExpectedConditions.urlContains("/app/education/grant-payments.xhtml"));
        WebElement row = unpaidRow(b, caseNumber);
        assertEquals("1250.00", row.findElement(By.className("amount")).getText().trim());
        row.findElement(By.cssSelector("button[id$=':choose']")).click();
        b.waitForAjax();
        b.visible(By.id("pay:reference"));
        assertEquals("1250.00", b.driver.findElement(By.id("pay:amount")).getAttribute("value"), "the case's amount offered");
        b.driver.findElement(By.id("pay:submit")).click();
        b.waitForAjax();
        b.wait.until(d -> !d.findElement(By.id("pay:referenceMsg")).getText().isBlank());
        b.checkAccessibility("district: grant payment with a problem");
        b.driver.findElement(By.id("pay:reference")).sendKeys("GK-BROWSER-1");
        b.driver.findElement(By.id("pay:submit")).click();
        b.waitForAjax();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("filter:messages"), caseNumber));
        assertTrue(b.driver.findElements(By.xpath("//tr[@class='grant'][td[@class='case-number' and normalize-space()='"
                + caseNumber + "']]")).isEmpty(), "no longer among the unpaid");
        b.driver.findElement(By.id("filter:unpaidOnly")).click();
        b.driver.findElement(By.id("filter:show")).click();
        b.waitForAjax();
        WebElement paid = b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//tr[@class='grant'][td[@class='case-number' and normalize-space()='" + caseNumber + "']]")));
        assertFalse(paid.findElement(By.className("paid-on")).getText().contains("未发放"), paid.getText());
        assertTrue(paid.getText().contains("GK-BROWSER-1"), paid.getText());
        assertTrue(paid.findElements(By.cssSelector("button[id$=':choose']")).isEmpty(), "not offered again");
        b.checkAccessibility("district: grant payments, all");
    }

    @Test
    void theDistrictSeesItsChildrenOfCompulsoryAgeWithTheRateAndFiltersThemByState() throws Exception {
        fixture("?enrolled");   // the IT demo has no enrolment reports: one child of 城东区 reported enrolled
        StaffBrowser b = StaffBrowser.shared();
        b.login("chengdong", "district123");
        b.visible(By.id("menuEnrolments")).click();
        b.wait.until(ExpectedConditions.urlContains("/app/education/enrolments.xhtml"));
        String percent = b.visible(By.id("ratePercent")).getText().trim();
        assertTrue(percent.matches("[\\d.]+%"), "the rate on top: " + percent);
        List<WebElement> rows = b.driver.findElements(By.cssSelector("#list\\:children tr.child"));
        assertFalse(rows.isEmpty(), "the demo district has children of the age band");
        assertTrue(rows.size() <= 20, "paged");
        b.checkAccessibility("district: enrolment list");

        new Select(b.driver.findElement(By.id("filter:state"))).selectByVisibleText("未报告");
        b.driver.findElement(By.id("filter:show")).click();
        b.waitForAjax();
        b.wait.until(d -> d.findElements(By.cssSelector("#list\\:children tr.child .child-state")).stream()
                .allMatch(e -> e.getText().trim().equals("未报告")));
        new Select(b.driver.findElement(By.id("filter:state"))).selectByVisibleText("已报入学");
        b.driver.findElement(By.id("filter:show")).click();
        b.waitForAjax();
        b.wait.until(d -> {
            List<WebElement> states = d.findElements(By.cssSelector("#list\\:children tr.child .child-state"));
            return !states.isEmpty() && states.stream().allMatch(e -> e.getText().trim().equals("已报入学"));
        });
        b.checkAccessibility("district: enrolment list filtered");

        // a school year written wrongly is said next to its field
        WebElement year = b.driver.findElement(By.id("filter:schoolYear"));
        year.clear();
        year.sendKeys("2025/26");
        b.driver.findElement(By.id("filter:show")).click();
        b.waitForAjax();
        b.wait.until(d -> !d.findElement(By.id("filter:schoolYearMsg")).getText().isBlank());
        b.checkAccessibility("district: enrolment list with a wrong school year");
    }

    private static WebElement unpaidRow(StaffBrowser b, String caseNumber) {
        return b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//tr[@class='grant'][td[@class='case-number' and normalize-space()='" + caseNumber + "']]")));
    }

    @Test
    void aGrantIsAppliedForReviewedAndTheStudentsPlanRecorded() throws Exception {
        Map<String, String> student = fixture("?student");
        String idNumber = student.get("idNumber");
        StaffBrowser b = StaffBrowser.shared();

        // the community worker applies; a missing name is said next to its field and nothing is opened
        b.login("worker-dongguan", "worker123");
        b.visible(By.id("menuGrantApply")).click();
        b.wait.until(ExpectedConditions.urlContains("/app/education/apply.xhtml"));
        b.visible(By.id("apply:idNumber")).sendKeys(idNumber);
        new Select(b.driver.findElement(By.id("apply:relation"))).selectByVisibleText("本人");
        b.driver.findElement(By.id("apply:studentIdNumber")).sendKeys(idNumber);
        b.driver.findElement(By.id("apply:schoolName")).sendKeys("西宁市第二中学");
        new Select(b.driver.findElement(By.id("apply:stage"))).selectByVisibleText("初中");
        b.driver.findElement(By.id("apply:grade")).sendKeys("2");
        b.driver.findElement(By.id("apply:submit")).click();
        b.waitForAjax();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("apply:studentNameMsg"), "姓名"));
        assertTrue(b.driver.getCurrentUrl().contains("/app/education/apply.xhtml"), "still on the form");
        b.checkAccessibility("worker: grant application with a problem");

        b.driver.findElement(By.id("apply:studentName")).sendKeys(student.get("name"));
        b.driver.findElement(By.id("apply:submit")).click();
        b.wait.until(ExpectedConditions.urlContains("/app/subsidy/case.xhtml"));
        String caseNumber = b.visible(By.id("caseNumber")).getText().trim();
        assertTrue(caseNumber.matches("JY-\\d+"), caseNumber);
        assertEquals("已提交", b.driver.findElement(By.id("state")).getText().trim());
        assertEquals("初审", b.driver.findElement(By.id("currentLevel")).getText().trim());
        String caseUrl = b.driver.getCurrentUrl();

        SubsidyJourneySteps.approveInQueue("clerk-dongguan", "clerk123", caseNumber, "初审");
        SubsidyJourneySteps.approveInQueue("chengdong", "district123", caseNumber, "审批");
        b.driver.get(caseUrl);
        assertEquals("已审批", b.visible(By.id("state")).getText().trim());

        // the district's staff find the student: the approved grant; they decide the plan, then review it
        b.visible(By.id("menuEducationStudent")).click();
        b.wait.until(ExpectedConditions.urlContains("/app/education/student.xhtml"));
        b.visible(By.id("find:idNumber")).sendKeys(idNumber);
        b.driver.findElement(By.id("find:findButton")).click();
        WebElement grant = b.wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#grants tr.grant")));
        assertTrue(grant.getText().contains(caseNumber), grant.getText());
        assertEquals("已审批", grant.findElement(By.className("grant-state")).getText().trim());
        assertEquals("1250.00", grant.findElement(By.className("grant-amount")).getText().trim());
        assertTrue(b.driver.findElements(By.cssSelector("#plans tr.plan")).isEmpty(), "no plan yet");

        new Select(b.driver.findElement(By.id("plan:placement"))).selectByVisibleText("随班就读");
        b.driver.findElement(By.id("plan:schoolName")).sendKeys("西宁市第二中学");
        b.driver.findElement(By.id("plan:decide")).click();
        b.waitForAjax();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "第1版"));
        assertEquals(1, b.driver.findElements(By.cssSelector("#plans tr.plan")).size());

        // a review without its reason is refused next to the field and adds no version
        new Select(b.driver.findElement(By.id("plan:placement"))).selectByVisibleText("送教上门");
        b.driver.findElement(By.id("plan:schoolName")).sendKeys("西宁市特殊教育学校");
        b.driver.findElement(By.id("plan:decide")).click();
        b.waitForAjax();
        b.wait.until(d -> !d.findElement(By.id("plan:noteMsg")).getText().isBlank());
        assertEquals(1, b.driver.findElements(By.cssSelector("#plans tr.plan")).size(), "no version added");

        b.driver.findElement(By.id("plan:note")).sendKeys("病情加重，改为送教上门");
        b.driver.findElement(By.id("plan:decide")).click();
        b.waitForAjax();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "第2版"));
        List<WebElement> versions = b.driver.findElements(By.cssSelector("#plans tr.plan"));
        assertEquals(List.of("2", "1"), versions.stream()
                .map(v -> v.findElement(By.className("plan-version")).getText().trim()).toList(), "newest first");
        assertEquals(List.of("送教上门", "随班就读"), versions.stream()
                .map(v -> v.findElement(By.className("plan-placement")).getText().trim()).toList());
        assertTrue(versions.get(0).findElement(By.className("plan-period")).getText().contains("现行"));
        assertFalse(versions.get(1).findElement(By.className("plan-period")).getText().contains("现行"),
                "the first version kept with its last day");

        new Select(b.driver.findElement(By.id("relief:term"))).selectByVisibleText("第一学期");
        new Select(b.driver.findElement(By.id("relief:kind"))).selectByVisibleText("学杂费减免");
        b.driver.findElement(By.id("relief:amount")).sendKeys("500");
        b.driver.findElement(By.id("relief:schoolName")).sendKeys("西宁市第二中学");
        b.driver.findElement(By.id("relief:recordRelief")).click();
        b.waitForAjax();
        WebElement relief = b.wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#reliefs tr.relief")));
        assertEquals("学杂费减免", relief.findElement(By.className("relief-kind")).getText().trim());
        b.checkAccessibility("district: student record with grant, plan versions and relief");
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
