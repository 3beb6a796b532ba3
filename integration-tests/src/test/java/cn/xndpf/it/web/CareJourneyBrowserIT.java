package cn.xndpf.it.web;

import cn.xndpf.application.care.CareService;
import cn.xndpf.application.institution.InstitutionForm;
import cn.xndpf.application.institution.InstitutionService;
import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.HandOver;
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
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The journey of a care application through the staff screens in a real browser: 东关街道's clerk applies
 * (dated the first of last month) for a person who qualifies and passes the 初审; 城东区's DPF staff pass the
 * 审核 and place the case with a care institution (阳光家园) from that day; the community worker records a
 * day of day care last month; 城东区's staff settle the institution's last month: one person, one day of
 * the twenty that earn the full 400.00, so 20.00.
 * <p>
 * The applicant and the institution are prepared inside the server through the services (the one step not
 * taken in the browser); their ID number and name are chosen here and travel inside the test archive. The
 * browser steps are in {@link CareJourneySteps}, so that this class, which the server loads too, needs no
 * Selenium.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CareJourneyBrowserIT {

    private static final String RESOURCE = "care-journey.txt";
    static final String APPLICANT_NAME = "托养旅程测试人";

    /** Chosen on the client when the archive is built: the applicant's ID number and the institution's name. */
    static String applicantId;
    static String institutionName;

    static String caseNumber;
    static String institutionNumber;
    private static boolean browserUsed;

    private static final YearMonth LAST_MONTH = YearMonth.from(PlatformClock.today()).minusMonths(1);
    private static final LocalDate STARTED = LAST_MONTH.atDay(1);

    @Deployment
    static EnterpriseArchive deployment() {
        SecureRandom random = new SecureRandom();
        LocalDate birth = PlatformClock.today().minusYears(25 + random.nextInt(20)).minusDays(random.nextInt(300));
        String first17 = "630102" + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), 1 + random.nextInt(998));
        applicantId = first17 + IdNumber.checkCharacter(first17);
        institutionName = "旅程阳光家园" + (System.currentTimeMillis() % 1_000_000);
        HandOver.write(RESOURCE, applicantId + "\n" + institutionName);
        return Deployments.earWithTests(CareJourneyBrowserIT.class);
    }

    @EJB
    private RegistryService registry;

    @EJB
    private InstitutionService institutions;

    @EJB
    private CareService care;

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
    void prepareAnApplicantInDongguanAndACareInstitution() throws IOException {
        String[] chosen;
        chosen = HandOver.read(RESOURCE).split("\n");
        StaffLogin.as("chengdong", "district123");
        long personId = registry.register(new PersonRegistration(chosen[0], APPLICANT_NAME, "汉族", "13900000002",
                "东关大街9号", "630102001001", "HT" + chosen[0], true));
        registry.issueCertificate(personId, DisabilityCategory.INTELLECTUAL, DisabilityLevel.TWO,
                PlatformClock.today().minusYears(1));
        assertTrue(care.check(chosen[0]).eligible());
        StaffLogin.as("city", "city123");
        institutions.register(new InstitutionForm(chosen[1], InstitutionKind.CARE, "青残托字〔2024〕3号",
                EnumSet.of(ServiceKind.DAY_CARE), 10, "630102", PlatformClock.today().minusYears(2), null));
    }

    @Test
    @Order(2)
    @RunAsClient
    void clerkAppliesAndSeesTheVerdictAsTheFormIsFilled() {
        browserUsed = true;
        caseNumber = CareJourneySteps.apply("clerk-dongguan", "clerk123", applicantId, APPLICANT_NAME, STARTED)
                .caseNumber();
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
    void districtStaffPlaceTheCaseWithTheInstitution() {
        assumeTrue(caseNumber != null, "the case was applied for");
        institutionNumber = CareJourneySteps.place("chengdong", "district123", caseNumber, institutionName, STARTED);
    }

    @Test
    @Order(6)
    @RunAsClient
    void theCommunityWorkerRecordsADayOfDayCare() {
        assumeTrue(institutionNumber != null, "the case was placed");
        CareJourneySteps.recordDayCare("worker-dongguan", "worker123", applicantId, institutionNumber,
                LAST_MONTH.atDay(2), APPLICANT_NAME);
    }

    @Test
    @Order(7)
    @RunAsClient
    void districtStaffSettleTheInstitutionsMonth() {
        assumeTrue(institutionNumber != null, "the case was placed");
        CareJourneySteps.settle("chengdong", "district123", institutionName, LAST_MONTH, APPLICANT_NAME, "20.00");
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browserUsed) {
            SubsidyJourneySteps.closeBrowser();
        }
    }
}
