package cn.xndpf.it.web;

import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.rehabilitation.ChildAidService;
import cn.xndpf.application.rehabilitation.RehabilitationService;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
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
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The journey of a child's rehabilitation aid through the staff screens in a real browser: 东关's community
 * worker records the child's needs assessment (training needed); 东关街道's clerk applies for training aid (the
 * cap left shown, an amount beyond it refused next to its field) and passes the 初审; 城东区's DPF staff pass
 * the 审批; the approved case, with its line, is on the case page.
 * <p>
 * The child is registered inside the server through the services (the one step not taken in the browser); its
 * ID number is computed alike in the server and in the test JVM ({@link #childId()}). The browser steps are in
 * {@link RehabilitationJourneySteps}, so that this class, which the server loads too, needs no Selenium.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RehabilitationJourneyBrowserIT {

    static SubsidyJourneySteps.Applied applied;
    private static boolean browserUsed;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(RehabilitationJourneyBrowserIT.class);
    }

    /**
     * The child's ID number, the same wherever it is computed (the browser steps run in the test JVM, the
     * registration in the server): born on the first of this month three years ago, sequence 997. The
     * integration domain's data is wiped at each run; a child left over from an earlier run on the same day
     * is reused.
     */
    static String childId() {
        LocalDate birth = PlatformClock.today().minusYears(3).withDayOfMonth(1);
        String first17 = "630102" + String.format("%04d%02d%02d997", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth());
        return first17 + IdNumber.checkCharacter(first17);
    }

    @EJB
    private RegistryService registry;

    @EJB
    private RehabilitationService rehabilitation;

    @EJB
    private ChildAidService childAid;

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
    void prepareAChildInDongguan() {
        StaffLogin.as("chengdong", "district123");
        try {
            long personId = registry.register(new PersonRegistration(childId(), "康复旅程儿童", "汉族", "13900000003",
                    "东关大街11号", "630102001001", "HK" + childId(), true));
            registry.issueCertificate(personId, DisabilityCategory.HEARING, DisabilityLevel.ONE,
                    PlatformClock.today().minusMonths(1));
        } catch (InvalidValueException e) {
            assertEquals("person.duplicate", e.key(), "only an earlier run's child may be there already");
        }
        // The two who act on the screens see the child before any browser step (a child they cannot see would
        // show 未找到该人员 there).
        StaffLogin.as("worker-dongguan", "worker123");
        assertEquals(0, rehabilitation.assessments(childId()).size(), "the worker sees the child, not yet assessed");
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertEquals(0, childAid.remaining(childId(), PlatformClock.today().getYear()).compareTo(
                new java.math.BigDecimal("20000.00")), "the clerk sees the child, with the whole cap left");
    }

    @Test
    @Order(2)
    @RunAsClient
    void theCommunityWorkerRecordsTheNeedsAssessment() {
        browserUsed = true;
        RehabilitationJourneySteps.assessTrainingNeeded("worker-dongguan", "worker123", childId());
    }

    @Test
    @Order(3)
    @RunAsClient
    void theClerkAppliesForTrainingAidWithinTheCap() {
        browserUsed = true;
        applied = RehabilitationJourneySteps.applyForTrainingAid("clerk-dongguan", "clerk123", childId(), "20000.00",
                "20000.01", "3000");
    }

    @Test
    @Order(4)
    @RunAsClient
    void theClerkPassesTheFirstReview() {
        assumeTrue(applied != null, "the case was applied for");
        SubsidyJourneySteps.approveInQueue("clerk-dongguan", "clerk123", applied.caseNumber(), "初审");
    }

    @Test
    @Order(5)
    @RunAsClient
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
