package cn.xndpf.it.web;

import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The journey of a child's rehabilitation aid through the staff screens in a real browser: 东关's community
 * worker records the child's needs assessment (training needed); 东关街道's clerk applies for training aid (the
 * cap left shown, an amount beyond it refused next to its field) and passes the 初审; 城东区's DPF staff pass
 * the 审批; the approved case, with its line, is on the case page.
 * <p>
 * The child is registered by {@link RehabilitationChildFixture}, a test servlet called over HTTP (the one step
 * not taken in the browser), which answers its ID number. An earlier version registered the child inside an
 * Arquillian in-container test method: those calls saw the child, but nothing of that request reached the
 * database (neither the person, nor its audit, nor the sign-ins' audit), so the screens answered 未找到该人员.
 * Every step here runs on the client.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RehabilitationJourneyBrowserIT {

    static String childId;
    static SubsidyJourneySteps.Applied applied;
    private static boolean browserUsed;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(RehabilitationChildFixture.class);
    }

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browserUsed) {
                SubsidyJourneySteps.screenshot(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getDisplayName());
            }
        }
    };

    @Test
    @Order(1)
    void prepareAChildInDongguan() throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(StaffBrowser.url("it/rehabilitation-child-fixture"))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        String line = r.body().trim();
        assertTrue(line.startsWith("idNumber="), line);
        childId = line.substring("idNumber=".length());
    }

    @Test
    @Order(2)
    void theCommunityWorkerRecordsTheNeedsAssessment() {
        assumeTrue(childId != null, "the child was registered");
        browserUsed = true;
        RehabilitationJourneySteps.assessTrainingNeeded("worker-dongguan", "worker123", childId);
    }

    @Test
    @Order(3)
    void theClerkAppliesForTrainingAidWithinTheCap() {
        assumeTrue(childId != null, "the child was registered");
        browserUsed = true;
        applied = RehabilitationJourneySteps.applyForTrainingAid("clerk-dongguan", "clerk123", childId, "20000.00",
                "20000.01", "3000");
    }

    @Test
    @Order(4)
    void theClerkPassesTheFirstReview() {
        assumeTrue(applied != null, "the case was applied for");
        SubsidyJourneySteps.approveInQueue("clerk-dongguan", "clerk123", applied.caseNumber(), "初审");
    }

    @Test
    @Order(5)
    void theDistrictApprovesAndTheApprovedCaseIsOnItsPage() {
        assumeTrue(applied != null, "the case was applied for");
        SubsidyJourneySteps.approveInQueue("chengdong", "district123", applied.caseNumber(), "审批");
        RehabilitationJourneySteps.caseIsApproved("chengdong", "district123", applied.caseUrl(),
                "康复训练 · " + PlatformClock.today().getYear() + "年 · 3000.00元");
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browserUsed) {
            SubsidyJourneySteps.closeBrowser();
        }
    }
}
