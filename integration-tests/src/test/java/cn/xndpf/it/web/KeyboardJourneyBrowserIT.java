package cn.xndpf.it.web;

import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.subsidy.SubsidyService;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.HandOver;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
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

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An application for one of the two subsidies (the nursing subsidy) taken to its final approval with the
 * keyboard alone, in a real browser: no element is ever clicked. Each user signs in with Tab and Enter,
 * reaches the page through the menu, the clerk skips to the content with the skip link, fills the form
 * (the subsidy chosen with the arrow keys), sends it with Enter; each review level finds the case in its
 * queue (paging with the keyboard when needed), opens the decision dialog with Enter or Space, writes its
 * opinion and confirms. Every control the journey needs must be reachable with Tab and show a visible
 * focus ({@link StaffBrowser#tabTo}); the case page then shows the case running.
 * <p>
 * The applicant is prepared inside the server through the registry's services, as in
 * {@link SubsidyJourneyBrowserIT}; the browser steps are in {@link KeyboardJourneySteps}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeyboardJourneyBrowserIT {

    private static final String APPLICANT_RESOURCE = "keyboard-journey-applicant.txt";
    static final String APPLICANT_NAME = "键盘旅程测试人";

    /** Chosen on the client when the archive is built; read back from the archive in the server. */
    static String applicantId;

    static String caseNumber;
    static String caseUrl;
    private static boolean browserUsed;

    @Deployment
    static EnterpriseArchive deployment() {
        applicantId = TestIds.valid("630102", false);
        HandOver.write(APPLICANT_RESOURCE, applicantId);
        return Deployments.earWithTests(KeyboardJourneyBrowserIT.class);
    }

    @EJB
    private RegistryService registry;

    @EJB
    private SubsidyService subsidies;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browserUsed) {
                KeyboardJourneySteps.screenshot(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getDisplayName());
            }
        }
    };

    @Test
    @Order(1)
    void prepareAPersonInDongguanWhoQualifiesForTheNursingSubsidy() throws IOException {
        String id;
        id = HandOver.read(APPLICANT_RESOURCE);
        StaffLogin.as("chengdong", "district123");
        long personId = registry.register(new PersonRegistration(id, APPLICANT_NAME, "汉族", "13900000002",
                "东关大街9号", "630102001001", "HJ" + id, true));
        registry.issueCertificate(personId, DisabilityCategory.PHYSICAL, DisabilityLevel.ONE,
                PlatformClock.today().minusMonths(2));
        assertTrue(subsidies.check(id, SubsidyType.NURSING).eligible());
    }

    @Test
    @Order(2)
    @RunAsClient
    void clerkAppliesWithTheKeyboard() {
        browserUsed = true;
        SubsidyJourneySteps.Applied applied = KeyboardJourneySteps.apply("clerk-dongguan", "clerk123", applicantId,
                APPLICANT_NAME);
        caseNumber = applied.caseNumber();
        caseUrl = applied.caseUrl();
    }

    @Test
    @Order(3)
    @RunAsClient
    void clerkPassesTheFirstReviewWithTheKeyboard() {
        assumeTrue(caseNumber != null, "the case was applied for");
        KeyboardJourneySteps.approve("clerk-dongguan", "clerk123", caseNumber, "初审", false);
    }

    @Test
    @Order(4)
    @RunAsClient
    void districtStaffPassTheReviewWithTheKeyboard() {
        assumeTrue(caseNumber != null, "the case was applied for");
        KeyboardJourneySteps.approve("chengdong", "district123", caseNumber, "审核", true);
    }

    @Test
    @Order(5)
    @RunAsClient
    void civilAffairsGiveTheFinalApprovalWithTheKeyboard() {
        assumeTrue(caseNumber != null, "the case was applied for");
        KeyboardJourneySteps.approve("civil-chengdong", "civil123", caseNumber, "审定", false);
    }

    @Test
    @Order(6)
    @RunAsClient
    void theCaseIsRunning() {
        assumeTrue(caseUrl != null, "the case was applied for");
        KeyboardJourneySteps.caseIsActive("civil-chengdong", "civil123", caseUrl);
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browserUsed) {
            StaffBrowser.closeShared();
        }
    }
}
