package cn.xndpf.it.subsidy;

import cn.xndpf.application.audit.AuditService;
import cn.xndpf.application.person.PersonRecord;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.shared.Page;
import cn.xndpf.application.subsidy.SubsidyApplication;
import cn.xndpf.application.subsidy.SubsidyService;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.audit.AuditEntry;
import cn.xndpf.domain.audit.AuditRepository.AuditQuery;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.CancellationReason;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.security.StaffUserRepository;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySettingRepository;
import cn.xndpf.domain.subsidy.EligibilityResult;
import cn.xndpf.domain.subsidy.EligibilityRules;
import cn.xndpf.domain.subsidy.OverlappingBenefitType;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.CaseEventType;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import cn.xndpf.it.subsidy.Applicants.Applicant;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two subsidies through their services inside the real EAR: every eligibility rule and exclusion as
 * {@code check} and {@code apply} see it, and the workflow from application to approval, return and
 * resubmission, rejection, suspension and termination, with roles, jurisdiction, version checks and
 * the audit log. Applicants are made up for each test through the registry's services.
 */
@ExtendWith(ArquillianExtension.class)
class SubsidyWorkflowIT {

    private static final String BANK = "青海银行";
    private static final String ACCOUNT = "6228480012345678901";
    private static final String SECOND_CLERK = SecondClerk.USERNAME;
    private static final String SECOND_CLERK_PASSWORD = SecondClerk.PASSWORD;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SubsidyWorkflowIT.class, Applicants.class, Applicants.Applicant.class,
                TodaysSetting.class, TodaysChain.class, SecondClerk.class);
    }

    @EJB
    private SubsidyService subsidies;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private RegistryService registry;

    @EJB
    private AuditService audit;

    @Inject
    private PolicySettingRepository settings;

    @Inject
    private StaffUserRepository staffUsers;

    @Resource(lookup = "java:comp/UserTransaction")
    private UserTransaction tx;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private Applicants applicants;
    private final LocalDate today = PlatformClock.today();

    @BeforeEach
    void setUp() {
        applicants = new Applicants(registry);
    }

    private EligibilityResult check(Applicant a, SubsidyType type) {
        StaffLogin.as("clerk-dongguan", "clerk123");
        return subsidies.check(a.idNumber(), type);
    }

    private static SubsidyApplication form(Applicant a, SubsidyType type) {
        return new SubsidyApplication(a.idNumber(), type, BANK, ACCOUNT, null);
    }

    private long apply(Applicant a, SubsidyType type) {
        StaffLogin.as("clerk-dongguan", "clerk123");
        return subsidies.apply(form(a, type));
    }

    private void review(String user, String password, long caseId, ReviewDecision decision, String reason) {
        StaffLogin.as(user, password);
        workflow.review(caseId, workflow.open(caseId).version(), decision, reason);
    }

    private CaseView open(long caseId) {
        StaffLogin.as("city", "city123");
        return workflow.open(caseId);
    }

    private long active(Applicant a, SubsidyType type) {
        long caseId = apply(a, type);
        review("clerk-dongguan", "clerk123", caseId, ReviewDecision.APPROVE, null);
        review("chengdong", "district123", caseId, ReviewDecision.APPROVE, null);
        review("civil-chengdong", "civil123", caseId, ReviewDecision.APPROVE, null);
        assertEquals(CaseState.ACTIVE, open(caseId).state());
        return caseId;
    }

    /** The application is refused with this reason, named on the subsidy field, and no case is opened. */
    private void refused(Applicant a, SubsidyType type, String key) {
        StaffLogin.as("clerk-dongguan", "clerk123");
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> subsidies.apply(form(a, type)));
        assertEquals("type", e.field());
        assertEquals(key, e.key());
        assertTrue(subsidies.problems(form(a, type)).stream().anyMatch(p -> p.key().equals(key)));
        StaffLogin.as("chengdong", "district123");
        assertFalse(subsidies.check(a.idNumber(), type).hasReason("eligibility.alreadyHolds"), "no case was opened");
    }

    // ---------------------------------------------------------------------------------------- eligibility

    @Test
    void livingSubsidyIsForDibaoHouseholdsOnly() {
        Applicant dibao = applicants.holder(Applicants.DONGGUAN, DisabilityCategory.VISUAL, DisabilityLevel.FOUR,
                AssistanceStatus.DIBAO);
        Applicant none = applicants.holder(Applicants.DONGGUAN, DisabilityCategory.VISUAL, DisabilityLevel.FOUR);
        assertTrue(check(dibao, SubsidyType.LIVING).eligible());
        EligibilityResult no = check(none, SubsidyType.LIVING);
        assertFalse(no.eligible());
        assertEquals(List.of("家庭不是低保家庭"), no.messages(Locale.SIMPLIFIED_CHINESE));
        refused(none, SubsidyType.LIVING, "eligibility.notDibao");
    }

    @Test
    void livingSubsidyWidenedToLowIncomeByADatedSettingAndBackWhenItIsTakenOut() throws Exception {
        Applicant lowIncome = applicants.holder(Applicants.DONGGUAN, DisabilityCategory.HEARING, DisabilityLevel.THREE,
                AssistanceStatus.LOW_INCOME);
        Applicant none = applicants.holder(Applicants.DONGGUAN, DisabilityCategory.HEARING, DisabilityLevel.THREE);
        assertTrue(check(lowIncome, SubsidyType.LIVING).hasReason("eligibility.notDibao"));

        try (TodaysSetting widened = new TodaysSetting(settings, tx, dataSource,
                EligibilityRules.LIVING_INCLUDES_LOW_INCOME, "true")) {
            assertTrue(check(lowIncome, SubsidyType.LIVING).eligible(), "低收入 counts from today");
            assertEquals(List.of("家庭不是低保或低收入家庭"),
                    check(none, SubsidyType.LIVING).messages(Locale.SIMPLIFIED_CHINESE));
        }
        assertTrue(check(lowIncome, SubsidyType.LIVING).hasReason("eligibility.notDibao"), "restored");
    }

    @Test
    void nursingSubsidyIsForLevels1And2() {
        Applicant one = applicants.holder(Applicants.DONGGUAN, DisabilityCategory.PHYSICAL, DisabilityLevel.ONE);
        Applicant two = applicants.holder(Applicants.DONGGUAN, DisabilityCategory.VISUAL, DisabilityLevel.TWO);
        Applicant three = applicants.holder(Applicants.DONGGUAN, DisabilityCategory.PHYSICAL, DisabilityLevel.THREE);
        assertTrue(check(one, SubsidyType.NURSING).eligible());
        assertTrue(check(two, SubsidyType.NURSING).eligible());
        assertEquals(List.of("残疾等级不是一级或二级"), check(three, SubsidyType.NURSING).messages(Locale.SIMPLIFIED_CHINESE));
        refused(three, SubsidyType.NURSING, "eligibility.levelNotSevere");
    }

    @Test
    void nursingSubsidyWidenedToLevels3And4IntellectualOrMental() throws Exception {
        Applicant intellectual = applicants.holder(Applicants.DONGGUAN, DisabilityCategory.INTELLECTUAL,
                DisabilityLevel.THREE);
        Applicant mental = applicants.holder(Applicants.DONGGUAN, DisabilityCategory.MENTAL, DisabilityLevel.FOUR);
        Applicant physical = applicants.holder(Applicants.DONGGUAN, DisabilityCategory.PHYSICAL, DisabilityLevel.THREE);
        assertTrue(check(intellectual, SubsidyType.NURSING).hasReason("eligibility.levelNotSevere"));

        try (TodaysSetting widened = new TodaysSetting(settings, tx, dataSource,
                EligibilityRules.NURSING_INCLUDES_LEVEL_3_4_INTELLECTUAL_MENTAL, "true")) {
            assertTrue(check(intellectual, SubsidyType.NURSING).eligible());
            assertTrue(check(mental, SubsidyType.NURSING).eligible());
            assertTrue(check(physical, SubsidyType.NURSING).hasReason("eligibility.levelNotCoveredWidened"),
                    "physical level 3 stays out");
        }
        assertTrue(check(mental, SubsidyType.NURSING).hasReason("eligibility.levelNotSevere"), "restored");
    }

    @Test
    void anOverlappingBenefitExcludesTheSubsidyItOverlaps() {
        Applicant a = applicants.qualifyingForBoth();
        StaffLogin.as("chengdong", "district123");
        subsidies.recordOverlappingBenefit(a.personId(), OverlappingBenefitType.WORK_INJURY_NURSING,
                today.minusMonths(2), null);
        EligibilityResult nursing = check(a, SubsidyType.NURSING);
        assertEquals(List.of("已享受工伤保险生活护理费，不能重复享受"), nursing.messages(Locale.SIMPLIFIED_CHINESE));
        assertTrue(check(a, SubsidyType.LIVING).eligible(), "the living subsidy is not affected");
        refused(a, SubsidyType.NURSING, "eligibility.overlapping");
    }

    @Test
    void centralisedTekunCareExcludesTheNursingSubsidy() {
        Applicant a = applicants.holder(Applicants.DONGGUAN, DisabilityCategory.PHYSICAL, DisabilityLevel.ONE,
                AssistanceStatus.TEKUN_CENTRALISED);
        assertEquals(List.of("已纳入特困人员集中供养"), check(a, SubsidyType.NURSING).messages(Locale.SIMPLIFIED_CHINESE));
        refused(a, SubsidyType.NURSING, "eligibility.centralisedCare");
    }

    @Test
    void deathEndsEligibility() {
        Applicant a = applicants.qualifyingForBoth();
        assertTrue(check(a, SubsidyType.NURSING).eligible());
        StaffLogin.as("chengdong", "district123");
        PersonRecord record = registry.open(a.personId());
        registry.cancel(a.certificateId(), record.validCertificate().version(), CancellationReason.DEATH, today, "家属报告");

        EligibilityResult after = check(a, SubsidyType.NURSING);
        assertTrue(after.hasReason("eligibility.deceased"));
        assertTrue(after.hasReason("eligibility.noValidCertificate"), "the certificate was cancelled with the death");
        refused(a, SubsidyType.NURSING, "eligibility.noValidCertificate");
    }

    @Test
    void movingOutOfTheDistrictEndsEligibilityForItsRunningCase() {
        Applicant a = applicants.qualifyingForBoth();
        long caseId = active(a, SubsidyType.NURSING);
        assertTrue(subsidies.recheck(caseId, today).eligible());

        // A move between districts is made by a user with rights on both sides: the city federation.
        StaffLogin.as("city", "city123");
        registry.transfer(a.certificateId(), registry.open(a.personId()).validCertificate().version(), "630103001001",
                today, "迁居城中区");

        EligibilityResult recheck = subsidies.recheck(caseId, today);
        assertEquals(List.of("不在本地区（630102）居住"), recheck.messages(Locale.SIMPLIFIED_CHINESE));
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertEquals("person.notFound", assertThrows(NotFoundException.class,
                () -> subsidies.check(a.idNumber(), SubsidyType.LIVING),
                "the old township no longer takes their applications, nor learns where they went").key());
    }

    @Test
    void noValidCertificateNoSubsidy() {
        Applicant a = applicants.withoutCertificate(Applicants.DONGGUAN);
        EligibilityResult r = check(a, SubsidyType.NURSING);
        assertEquals(List.of("未持有有效残疾人证"), r.messages(Locale.SIMPLIFIED_CHINESE));
        refused(a, SubsidyType.NURSING, "eligibility.noValidCertificate");
    }

    @Test
    void everyProblemOfAFormAtOnceTheFirstThrownAndNothingSaved() {
        Applicant a = applicants.holder(Applicants.DONGGUAN, DisabilityCategory.PHYSICAL, DisabilityLevel.THREE);
        SubsidyApplication bad = new SubsidyApplication(a.idNumber(), SubsidyType.NURSING, " ", "12ab",
                today.plusDays(1));
        StaffLogin.as("clerk-dongguan", "clerk123");
        List<InvalidValueException> problems = subsidies.problems(bad);
        assertEquals(List.of("bankAccount", "bankName", "appliedOn", "type"),
                problems.stream().map(InvalidValueException::field).toList());
        assertEquals(List.of("银行账号应为12至30位数字", "请填写开户银行", "日期不能晚于今天", "残疾等级不是一级或二级"),
                problems.stream().map(InvalidValueException::getMessage).toList());
        InvalidValueException thrown = assertThrows(InvalidValueException.class, () -> subsidies.apply(bad));
        assertEquals("bankAccount", thrown.field());
        assertFalse(subsidies.check(a.idNumber(), SubsidyType.NURSING).hasReason("eligibility.alreadyHolds"));
    }

    @Test
    void oneOpenCaseOfASubsidyAtATime() {
        Applicant a = applicants.qualifyingForBoth();
        apply(a, SubsidyType.NURSING);
        assertTrue(check(a, SubsidyType.NURSING).hasReason("eligibility.alreadyHolds"));
        refusedAgain(a);
        assertTrue(check(a, SubsidyType.LIVING).eligible(), "the other subsidy can be held as well");
    }

    private void refusedAgain(Applicant a) {
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertEquals("eligibility.alreadyHolds",
                assertThrows(InvalidValueException.class, () -> subsidies.apply(form(a, SubsidyType.NURSING))).key());
    }

    // ------------------------------------------------------------------------------------------ workflow

    @Test
    void threeLevelsOfApprovalStartTheBenefitInTheMonthOfApplicationEveryStepAudited() {
        Applicant a = applicants.qualifyingForBoth();
        LocalDate appliedOn = today.minusMonths(2);
        StaffLogin.as("clerk-dongguan", "clerk123");
        long caseId = subsidies.apply(new SubsidyApplication(a.idNumber(), SubsidyType.LIVING, BANK, ACCOUNT, appliedOn));

        CaseView submitted = open(caseId);
        assertEquals(CaseState.SUBMITTED, submitted.state());
        assertEquals("FIRST_REVIEW", submitted.currentLevel().code());
        assertEquals(today.plusDays(10), submitted.levelDue(), "the deadline of the stage set-up (V3: 10 days)");
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertTrue(queueOf().stream().anyMatch(c -> c.id() == caseId), "in the clerk's 初审 queue");

        review("clerk-dongguan", "clerk123", caseId, ReviewDecision.APPROVE, null);
        assertEquals(CaseState.FIRST_REVIEWED, open(caseId).state());
        StaffLogin.as("chengdong", "district123");
        assertTrue(queueOf().stream().anyMatch(c -> c.id() == caseId), "in 城东区's 审核 queue");
        review("chengdong", "district123", caseId, ReviewDecision.APPROVE, "材料齐全");
        StaffLogin.as("civil-chengdong", "civil123");
        assertTrue(queueOf().stream().anyMatch(c -> c.id() == caseId), "in civil affairs' 审定 queue");
        review("civil-chengdong", "civil123", caseId, ReviewDecision.APPROVE, null);

        CaseView active = open(caseId);
        assertEquals(CaseState.ACTIVE, active.state());
        assertNull(active.currentLevel());
        assertEquals(appliedOn.withDayOfMonth(1), active.benefitFrom(), "paid back to the month of application");
        assertEquals(List.of(CaseEventType.CREATED, CaseEventType.SUBMITTED, CaseEventType.REVIEWED,
                        CaseEventType.REVIEWED, CaseEventType.REVIEWED, CaseEventType.ACTIVATED),
                active.timeline().stream().map(CaseView.Step::type).toList());
        CaseView.Step first = active.timeline().get(2);
        assertEquals("FIRST_REVIEW", first.level().code());
        assertEquals(ReviewDecision.APPROVE, first.decision());
        assertEquals("clerk-dongguan", first.actor());
        assertEquals(CaseState.SUBMITTED, first.from());
        assertEquals(CaseState.FIRST_REVIEWED, first.to());
        assertEquals("材料齐全", active.timeline().get(3).reason());
        assertEquals(List.of("clerk-dongguan", "clerk-dongguan", "clerk-dongguan", "chengdong", "civil-chengdong",
                "civil-chengdong"), active.timeline().stream().map(CaseView.Step::actor).toList());

        assertEquals(1, auditCount(caseId, "clerk-dongguan", AuditAction.CREATE));
        // the account of the application is stored masked by the one rule of bank accounts (last four)
        String created = auditOf(caseId, "clerk-dongguan", AuditAction.CREATE).get(0).after();
        assertFalse(created.contains(ACCOUNT), created);
        assertTrue(created.contains("\"bankAccount\":\"" + "*".repeat(ACCOUNT.length() - 4)
                + ACCOUNT.substring(ACCOUNT.length() - 4) + "\""), created);
        assertEquals(1, auditCount(caseId, "clerk-dongguan", AuditAction.UPDATE));
        assertEquals(1, auditCount(caseId, "chengdong", AuditAction.UPDATE));
        List<AuditEntry> approval = auditOf(caseId, "civil-chengdong", AuditAction.UPDATE);
        assertEquals(1, approval.size());
        assertTrue(approval.get(0).before().contains("\"state\":\"REVIEWED\""), approval.get(0).before());
        assertTrue(approval.get(0).after().contains("\"state\":\"ACTIVE\""), approval.get(0).after());
    }

    @Test
    void twoReviewersWithTheSameVersionOneWinsTheOtherIsRefusedNothingOverwritten() throws Exception {
        ensureSecondClerk();
        Applicant a = applicants.qualifyingForBoth();
        long caseId = apply(a, SubsidyType.NURSING);

        StaffLogin.as("clerk-dongguan", "clerk123");
        int seenByFirst = workflow.open(caseId).version();
        StaffLogin.as(SECOND_CLERK, SECOND_CLERK_PASSWORD);
        int seenBySecond = workflow.open(caseId).version();
        assertEquals(seenByFirst, seenBySecond);

        StaffLogin.as("clerk-dongguan", "clerk123");
        workflow.review(caseId, seenByFirst, ReviewDecision.APPROVE, null);
        StaffLogin.as(SECOND_CLERK, SECOND_CLERK_PASSWORD);
        ConcurrentChangeException e = assertThrows(ConcurrentChangeException.class,
                () -> workflow.review(caseId, seenBySecond, ReviewDecision.REJECT, "不予批准"));
        assertEquals("该记录已被他人修改，请刷新后重试", e.getMessage());

        CaseView now = open(caseId);
        assertEquals(CaseState.FIRST_REVIEWED, now.state(), "the first decision stands");
        List<CaseView.Step> reviews = now.timeline().stream().filter(s -> s.type() == CaseEventType.REVIEWED).toList();
        assertEquals(1, reviews.size());
        assertEquals("clerk-dongguan", reviews.get(0).actor());
        assertEquals(0, auditCount(caseId, SECOND_CLERK, null), "the refused decision left no trace");
    }

    @Test
    void returnedForCorrectionThenResubmittedToFirstReview() {
        Applicant a = applicants.qualifyingForBoth();
        long caseId = apply(a, SubsidyType.NURSING);
        StaffLogin.as("clerk-dongguan", "clerk123");
        int version = workflow.open(caseId).version();
        assertEquals("reason", assertThrows(InvalidValueException.class,
                () -> workflow.review(caseId, version, ReviewDecision.RETURN, " ")).field(), "a return needs a reason");
        assertEquals(version, workflow.open(caseId).version(), "the refused return changed nothing");

        workflow.review(caseId, version, ReviewDecision.RETURN, "请补充户口簿复印件");
        CaseView returned = open(caseId);
        assertEquals(CaseState.RETURNED, returned.state());
        assertNull(returned.currentLevel());
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertFalse(queueOf().stream().anyMatch(c -> c.id() == caseId), "off the queue while being corrected");
        refusedAgain(a);

        StaffLogin.as("worker-dongguan", "worker123");
        workflow.submit(caseId, returned.version());
        CaseView resubmitted = open(caseId);
        assertEquals(CaseState.SUBMITTED, resubmitted.state());
        assertEquals("FIRST_REVIEW", resubmitted.currentLevel().code());
        List<CaseView.Step> steps = resubmitted.timeline();
        CaseView.Step returnStep = steps.get(steps.size() - 2);
        assertEquals(ReviewDecision.RETURN, returnStep.decision());
        assertEquals("请补充户口簿复印件", returnStep.reason());
        assertEquals(CaseState.RETURNED, steps.get(steps.size() - 1).from());
        assertEquals("worker-dongguan", steps.get(steps.size() - 1).actor());
        assertEquals(1, auditCount(caseId, "worker-dongguan", AuditAction.UPDATE));
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertTrue(queueOf().stream().anyMatch(c -> c.id() == caseId), "back in the 初审 queue");
    }

    @Test
    void rejectedAtReviewClosesTheCaseAndThePersonMayApplyAgain() {
        Applicant a = applicants.qualifyingForBoth();
        long caseId = apply(a, SubsidyType.LIVING);
        review("clerk-dongguan", "clerk123", caseId, ReviewDecision.APPROVE, null);
        review("chengdong", "district123", caseId, ReviewDecision.REJECT, "经入户核查，申请材料与实际情况不符");
        CaseView rejected = open(caseId);
        assertEquals(CaseState.REJECTED, rejected.state());
        CaseView.Step last = rejected.timeline().get(rejected.timeline().size() - 1);
        assertEquals("REVIEW", last.level().code());
        assertEquals("经入户核查，申请材料与实际情况不符", last.reason());
        assertEquals(1, auditCount(caseId, "chengdong", AuditAction.UPDATE));
        assertTrue(check(a, SubsidyType.LIVING).eligible(), "a rejected case is closed");
    }

    @Test
    void theChainIsReadFromItsRowsInForceOnTheApplicationDay() throws Exception {
        Applicant a = applicants.qualifyingForBoth();
        Applicant earlier = applicants.qualifyingForBoth();
        try (TodaysChain chain = new TodaysChain(dataSource)) {
            long caseId = apply(a, SubsidyType.NURSING);
            CaseView submitted = open(caseId);
            assertEquals(TodaysChain.CHECK, submitted.currentLevel().code(), "the first row in force today");
            assertEquals("区县残联核查", submitted.currentLevel().chineseName());
            assertEquals(fiveWorkingDaysFrom(today), submitted.levelDue(), "the row counts working days");

            StaffLogin.as("clerk-dongguan", "clerk123");
            assertFalse(workflow.myQueue(0, 200).rows().stream().anyMatch(c -> c.id() == caseId));
            int version = submitted.version();
            assertThrows(AccessDeniedException.class,
                    () -> workflow.review(caseId, version, ReviewDecision.APPROVE, null), "no township stage now");
            StaffLogin.as("chengdong", "district123");
            assertTrue(workflow.myQueue(0, 200).rows().stream().anyMatch(c -> c.id() == caseId),
                    "the role the row names has it in its queue");
            assertEquals(version, open(caseId).version(), "the refusal changed nothing");

            review("chengdong", "district123", caseId, ReviewDecision.APPROVE, null);
            assertEquals(CaseState.FIRST_REVIEWED, open(caseId).state());
            assertEquals("APPROVAL", open(caseId).currentLevel().code());
            review("civil-chengdong", "civil123", caseId, ReviewDecision.APPROVE, null);
            assertEquals(CaseState.ACTIVE, open(caseId).state());

            StaffLogin.as("clerk-dongguan", "clerk123");
            long before = subsidies.apply(new SubsidyApplication(earlier.idNumber(), SubsidyType.NURSING, BANK,
                    ACCOUNT, today.minusDays(1)));
            assertEquals("FIRST_REVIEW", open(before).currentLevel().code(),
                    "applied yesterday: the chain in force yesterday, township first");
            review("clerk-dongguan", "clerk123", before, ReviewDecision.APPROVE, null);
            assertEquals("REVIEW", open(before).currentLevel().code());
        }
    }

    private static LocalDate fiveWorkingDaysFrom(LocalDate day) {
        LocalDate d = day;
        int left = 5;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek().getValue() <= 5) {
                left--;
            }
        }
        return d;
    }

    @Test
    void onlyTheLevelsOwnRoleDecidesThere() {
        Applicant a = applicants.qualifyingForBoth();
        long caseId = apply(a, SubsidyType.NURSING);
        int version = open(caseId).version();
        StaffLogin.as("chengdong", "district123");
        assertThrows(AccessDeniedException.class, () -> workflow.review(caseId, version, ReviewDecision.APPROVE, null));
        StaffLogin.as("civil-chengdong", "civil123");
        assertThrows(AccessDeniedException.class, () -> workflow.review(caseId, version, ReviewDecision.APPROVE, null));
        StaffLogin.as("worker-dongguan", "worker123");
        assertThrows(EJBAccessException.class, () -> workflow.review(caseId, version, ReviewDecision.APPROVE, null));

        review("clerk-dongguan", "clerk123", caseId, ReviewDecision.APPROVE, null);
        int next = open(caseId).version();
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertThrows(AccessDeniedException.class, () -> workflow.review(caseId, next, ReviewDecision.APPROVE, null),
                "the clerk's level is done");
        CaseView now = open(caseId);
        assertEquals(CaseState.FIRST_REVIEWED, now.state());
        assertEquals(next, now.version(), "the refusals changed nothing");
    }

    @Test
    void otherDistrictsAndTownshipsAreRefused() {
        Applicant a = applicants.qualifyingForBoth();
        long caseId = apply(a, SubsidyType.NURSING);
        review("clerk-dongguan", "clerk123", caseId, ReviewDecision.APPROVE, null);
        int version = open(caseId).version();

        StaffLogin.as("chengzhong", "district123");
        // a case of another district is answered exactly like an id nobody uses: its existence is not revealed
        long noCase = Long.MAX_VALUE;
        NotFoundException missing = assertThrows(NotFoundException.class, () -> workflow.open(noCase));
        for (org.junit.jupiter.api.function.Executable lookUp : List.<org.junit.jupiter.api.function.Executable>of(
                () -> workflow.open(caseId),
                () -> workflow.review(caseId, version, ReviewDecision.APPROVE, null),
                () -> workflow.suspend(caseId, version, "越权"),
                () -> subsidies.details(caseId))) {
            NotFoundException elsewhere = assertThrows(NotFoundException.class, lookUp, "城中区 staff, 城东区 case");
            assertEquals(missing.field(), elsewhere.field());
            assertEquals(missing.key(), elsewhere.key());
            assertEquals(missing.getMessage(), elsewhere.getMessage());
        }
        assertEquals(missing.getMessage(), assertThrows(NotFoundException.class, () -> subsidies.details(noCase))
                .getMessage());
        // the same answer as for a number nobody registered: another district learns nothing of it
        InvalidValueException elsewhereRegistered = assertThrows(NotFoundException.class,
                () -> subsidies.apply(form(a, SubsidyType.LIVING)));
        InvalidValueException unregistered = assertThrows(NotFoundException.class,
                () -> subsidies.apply(new SubsidyApplication(TestIds.valid("630103", true), SubsidyType.LIVING, BANK,
                        ACCOUNT, null)));
        assertEquals("idNumber", elsewhereRegistered.field());
        assertEquals(unregistered.key(), elsewhereRegistered.key());
        assertEquals(unregistered.getMessage(), elsewhereRegistered.getMessage());
        assertFalse(queueOf().stream().anyMatch(c -> c.id() == caseId));

        Applicant elsewhere = applicants.holder("630102002001", DisabilityCategory.PHYSICAL, DisabilityLevel.ONE);
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertEquals("person.notFound", assertThrows(NotFoundException.class,
                () -> subsidies.check(elsewhere.idNumber(), SubsidyType.NURSING),
                "another township of the same district").key());
        assertEquals(version, open(caseId).version());
        assertEquals(0, auditCount(caseId, "chengzhong", null));
    }

    @Test
    void districtStaffSuspendReinstateAndTerminateARunningCase() {
        Applicant a = applicants.qualifyingForBoth();
        long caseId = active(a, SubsidyType.NURSING);
        StaffLogin.as("chengdong", "district123");
        int version = workflow.open(caseId).version();
        assertEquals("reason", assertThrows(InvalidValueException.class,
                () -> workflow.suspend(caseId, version, "")).field());
        workflow.suspend(caseId, version, "银行账户冻结");
        assertEquals(CaseState.SUSPENDED, workflow.open(caseId).state());
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertThrows(EJBAccessException.class, () -> workflow.reinstate(caseId, version + 1, "恢复"),
                "only district staff manage running cases");
        StaffLogin.as("chengdong", "district123");
        workflow.reinstate(caseId, workflow.open(caseId).version(), "账户已解冻");
        LocalDate lastDay = today.minusDays(3);
        workflow.terminate(caseId, workflow.open(caseId).version(), lastDay, "本人申请停止享受");

        CaseView ended = workflow.open(caseId);
        assertEquals(CaseState.TERMINATED, ended.state());
        assertEquals(lastDay.withDayOfMonth(lastDay.lengthOfMonth()), ended.benefitUntil(), "paid to the end of that month");
        assertEquals(List.of(CaseEventType.SUSPENDED, CaseEventType.REINSTATED, CaseEventType.TERMINATED),
                ended.timeline().subList(ended.timeline().size() - 3, ended.timeline().size()).stream()
                        .map(CaseView.Step::type).toList());
        assertEquals(4, auditCount(caseId, "chengdong", AuditAction.UPDATE),
                "the 审核 decision, then suspend, reinstate and terminate");
        assertTrue(check(a, SubsidyType.NURSING).eligible(), "a terminated case is closed");
    }

    @Test
    void theOverdueListHoldsOnlyCasesPastTheirDeadline() throws Exception {
        StaffLogin.as("chengdong", "district123");
        Page<CaseView> firstPage = workflow.overdue(0, 2);
        assertEquals(overdueInSql("630102"), firstPage.total(), "every case at a stage past its deadline, none other");
        assertFalse(firstPage.rows().isEmpty(), "the demo data has overdue cases in 城东区");
        assertEquals(Math.min(2, firstPage.total()), firstPage.rows().size());
        // page by page (two a page), oldest deadline first, each case once
        List<CaseView> overdue = new java.util.ArrayList<>();
        for (int first = 0; first < firstPage.total(); first += 2) {
            overdue.addAll(workflow.overdue(first, 2).rows());
        }
        assertEquals(firstPage.total(), overdue.size());
        assertEquals(overdue.size(), overdue.stream().map(CaseView::id).distinct().count());
        for (int i = 1; i < overdue.size(); i++) {
            assertFalse(overdue.get(i).levelDue().isBefore(overdue.get(i - 1).levelDue()), "oldest deadline first");
        }
        overdue.forEach(c -> {
            assertTrue(c.overdue());
            assertTrue(c.levelDue().isBefore(today));
            assertTrue(c.divisionCode().startsWith("630102"));
        });
        StaffLogin.as("clerk-dongguan", "clerk123");
        workflow.overdue(0, 200).rows().forEach(c -> assertTrue(c.divisionCode().startsWith("630102001")));
    }

    private long overdueInSql(String prefix) throws Exception {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM program_case WHERE current_level IS NOT NULL AND level_due < ?"
                        + " AND division_code LIKE ?")) {
            s.setDate(1, java.sql.Date.valueOf(today));
            s.setString(2, prefix + "%");
            try (java.sql.ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private List<CaseView> queueOf() {
        Page<CaseView> first = workflow.myQueue(0, 200);
        assertTrue(first.total() <= 200, "the test queue fits one page");
        return first.rows();
    }

    private long auditCount(long caseId, String actor, AuditAction action) {
        StaffLogin.as("admin", "admin123");
        return audit.count(new AuditQuery(actor, "Case", String.valueOf(caseId), action, null, null));
    }

    private List<AuditEntry> auditOf(long caseId, String actor, AuditAction action) {
        StaffLogin.as("admin", "admin123");
        return audit.search(new AuditQuery(actor, "Case", String.valueOf(caseId), action, null, null), 0, 50);
    }

    private void ensureSecondClerk() throws Exception {
        SecondClerk.ensure(staffUsers, tx);
    }
}
