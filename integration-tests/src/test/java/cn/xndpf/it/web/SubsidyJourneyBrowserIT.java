package cn.xndpf.it.web;

import jakarta.annotation.Resource;
import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The journey of a nursing-subsidy application through the staff screens in a real browser (headless
 * Chromium): 东关街道's clerk applies for a person who qualifies and passes the 初审; 城东区's DPF staff pass
 * the 审核; 城东区's civil affairs pass the 审定; the case page then shows the whole timeline and the state
 * 享受中; 城东区's DPF staff then run the month's payment roll on its screen, and the roll pays the
 * applicant that month at the rate in force.
 * <p>
 * Each step is a test method, run in order and sharing the case through static fields, so that a further
 * step (such as the month's payment roll) can be added at the end. The applicant is prepared inside the
 * server through the registry's services, the one step not taken in the browser: their ID number is
 * chosen here and travels to the server inside the test archive. The browser steps are in
 * {@link SubsidyJourneySteps}, so that this class, which the server loads too, needs no Selenium.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubsidyJourneyBrowserIT {

    private static final String APPLICANT_RESOURCE = "subsidy-journey-applicant.txt";
    static final String APPLICANT_NAME = "补贴旅程测试人";

    /** Chosen on the client when the archive is built; read back from the archive in the server. */
    static String applicantId;

    /** The case, once applied for: its number (e.g. NS-1234) and its page. */
    static String caseNumber;
    static String caseUrl;

    /** Whether a browser step ran (only then is there a browser to photograph or close). */
    private static boolean browserUsed;

    @Deployment
    static EnterpriseArchive deployment() {
        applicantId = TestIds.valid("630102", false);
        HandOver.write(APPLICANT_RESOURCE, applicantId);
        return Deployments.earWithTests(SubsidyJourneyBrowserIT.class);
    }

    @EJB
    private RegistryService registry;

    @EJB
    private SubsidyService subsidies;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

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
    void prepareAPersonInDongguanWhoQualifiesForTheNursingSubsidy() throws IOException {
        String id;
        id = HandOver.read(APPLICANT_RESOURCE);
        StaffLogin.as("chengdong", "district123");
        long personId = registry.register(new PersonRegistration(id, APPLICANT_NAME, "汉族", "13900000001",
                "东关大街8号", "630102001001", "HJ" + id, true));
        registry.issueCertificate(personId, DisabilityCategory.PHYSICAL, DisabilityLevel.ONE,
                PlatformClock.today().minusMonths(3));
        assertTrue(subsidies.check(id, SubsidyType.NURSING).eligible());
    }

    @Test
    @Order(2)
    @RunAsClient
    void clerkAppliesAndSeesTheVerdictAsTheFormIsFilled() {
        browserUsed = true;
        SubsidyJourneySteps.Applied applied =
                SubsidyJourneySteps.apply("clerk-dongguan", "clerk123", applicantId, APPLICANT_NAME);
        caseNumber = applied.caseNumber();
        caseUrl = applied.caseUrl();
    }

    @Test
    @Order(3)
    @RunAsClient
    void clerkPassesTheFirstReview() {
        assumeTrue(caseNumber != null, "the case was applied for");
        SubsidyJourneySteps.approveInQueue("clerk-dongguan", "clerk123", caseNumber, "初审");
    }

    @Test
    @Order(4)
    @RunAsClient
    void districtStaffPassTheReview() {
        assumeTrue(caseNumber != null, "the case was applied for");
        SubsidyJourneySteps.approveInQueue("chengdong", "district123", caseNumber, "审核");
    }

    @Test
    @Order(5)
    @RunAsClient
    void civilAffairsGiveTheFinalApproval() {
        assumeTrue(caseNumber != null, "the case was applied for");
        SubsidyJourneySteps.approveInQueue("civil-chengdong", "civil123", caseNumber, "审定");
    }

    @Test
    @Order(6)
    @RunAsClient
    void theCasePageShowsTheWholeTimelineAndTheBenefitRunning() {
        assumeTrue(caseUrl != null, "the case was applied for");
        SubsidyJourneySteps.caseIsActiveWithItsTimeline("civil-chengdong", "civil123", caseUrl);
    }

    @Test
    @Order(7)
    @RunAsClient
    void districtStaffRunTheMonthsRoll() {
        assumeTrue(caseUrl != null, "the case was applied for");
        SubsidyJourneySteps.runMonthRoll("chengdong", "district123", YearMonth.now(PlatformClock.ZONE).toString(),
                "630102");
    }

    /** The roll pays the applicant the month of application, once, at the nursing rate of level 1 in force. */
    @Test
    @Order(8)
    void theRollPaysTheApplicantThisMonthAtTheRateInForce() throws SQLException {
        LocalDate month = PlatformClock.today().withDayOfMonth(1);
        BigDecimal rate = subsidies.monthlyAmount(SubsidyType.NURSING, DisabilityLevel.ONE, month).orElseThrow();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT l.amount, l.status FROM payment_line l JOIN person p ON p.id = l.person_id"
                        + " WHERE p.id_number = ? AND l.paid_month = ?")) {
            s.setString(1, readApplicantId());
            s.setDate(2, java.sql.Date.valueOf(month));
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "a line for the month of application");
                assertEquals(0, rate.compareTo(r.getBigDecimal(1)), "paid at the rate in force");
                assertEquals("PENDING", r.getString(2), "waiting for the bank");
                assertFalse(r.next(), "exactly one line");
            }
        }
    }

    private String readApplicantId() {
        return HandOver.read(APPLICANT_RESOURCE);
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browserUsed) {
            SubsidyJourneySteps.closeBrowser();
        }
    }
}
