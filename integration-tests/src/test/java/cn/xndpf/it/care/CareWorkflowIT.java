package cn.xndpf.it.care;

import cn.xndpf.application.care.CareApplication;
import cn.xndpf.application.care.CareCaseDetails;
import cn.xndpf.application.care.CareService;
import cn.xndpf.application.institution.InstitutionForm;
import cn.xndpf.application.institution.InstitutionService;
import cn.xndpf.application.institution.InstitutionView;
import cn.xndpf.application.institution.NewServiceRecord;
import cn.xndpf.application.institution.ServiceRecordService;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.care.CareKind;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.RecordChannel;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.workflow.CaseEventType;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.care.CarePeople.Applicant;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The care program (托养) through its service and the workflow kernel inside the real EAR: application with
 * its eligibility rules, the two-stage review, and the kernel's start of a case whose benefit staff start
 * separately, which for care is the placement with an institution (start and enrolment in one transaction);
 * versions, jurisdiction, roles and the audit log; every refusal changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CareWorkflowIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CareWorkflowIT.class, CarePeople.class, CarePeople.Applicant.class);
    }

    @EJB
    private CareService care;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private RegistryService registry;

    @EJB
    private InstitutionService institutions;

    @EJB
    private ServiceRecordService records;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private final LocalDate today = PlatformClock.today();

    /** Applied for ten days ago, so that the placement may start on a day before today. */
    private long apply(Applicant a, CareKind kind) {
        StaffLogin.as("clerk-dongguan", "clerk123");
        return care.apply(new CareApplication(a.idNumber(), kind, today.minusDays(10)));
    }

    private void review(String user, String password, long caseId, ReviewDecision decision, String reason) {
        StaffLogin.as(user, password);
        workflow.review(caseId, workflow.open(caseId).version(), decision, reason);
    }

    private CaseView open(long caseId) {
        StaffLogin.as("city", "city123");
        return workflow.open(caseId);
    }

    /** A case applied for, first-reviewed at the township and approved by the district federation. */
    private long approved(Applicant a, CareKind kind) {
        long caseId = apply(a, kind);
        assertEquals(CaseState.SUBMITTED, open(caseId).state());
        assertEquals("FIRST_REVIEW", open(caseId).currentLevel().code());
        review("clerk-dongguan", "clerk123", caseId, ReviewDecision.APPROVE, null);
        assertEquals("REVIEW", open(caseId).currentLevel().code());
        review("chengdong", "district123", caseId, ReviewDecision.APPROVE, null);
        return caseId;
    }

    /** A 城东区 care institution offering day and home care. */
    private InstitutionView careInstitution(int places) {
        StaffLogin.as("city", "city123");
        return institutions.register(new InstitutionForm("阳光家园" + System.nanoTime() % 1_000_000,
                InstitutionKind.CARE, "青残托字〔2023〕9号", EnumSet.of(ServiceKind.DAY_CARE, ServiceKind.HOME_CARE),
                places, "630102", today.minusYears(2), null));
    }

    @Test
    void anApprovedCareCaseWaitsForItsPlacementWhichStartsItAndEnrolsThePerson() throws SQLException {
        Applicant a = CarePeople.register(registry);
        InstitutionView home = careInstitution(10);
        long caseId = approved(a, CareKind.DAY_CARE);
        CaseView approved = open(caseId);
        assertEquals(CaseState.APPROVED, approved.state(), "care does not start by itself on approval");
        assertNull(approved.benefitFrom());
        assertTrue(approved.caseNumber().startsWith("TY-"), approved.caseNumber());
        assertEquals("日间照料", approved.detail());

        LocalDate from = today.minusDays(3);
        StaffLogin.as("chengdong", "district123");
        care.place(caseId, workflow.open(caseId).version(), home.id(), from);

        CaseView active = open(caseId);
        assertEquals(CaseState.ACTIVE, active.state());
        assertEquals(from.withDayOfMonth(1), active.benefitFrom());
        CaseView.Step last = active.timeline().get(active.timeline().size() - 1);
        assertEquals(CaseEventType.ACTIVATED, last.type());
        assertEquals("chengdong", last.actor());
        assertEquals(CaseState.APPROVED, last.from());
        assertEquals("日间照料 · " + home.name(), active.detail());
        StaffLogin.as("chengdong", "district123");
        CareCaseDetails details = care.details(caseId);
        assertEquals(home.id(), details.institutionId());
        assertEquals(from, details.placedOn());
        assertEquals(new BigDecimal("400.00"), details.monthlyAmount());

        assertEquals(1, count("SELECT COUNT(*) FROM institution_enrolment WHERE case_id = " + caseId
                + " AND person_id = " + a.id() + " AND service_kind = 'DAY_CARE' AND valid_from = DATE '" + from + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Case' AND entity_id = '" + caseId
                + "' AND actor = 'chengdong' AND summary LIKE '开始享受 TY-%'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Enrolment' AND actor = 'chengdong'"
                + " AND after_state LIKE '%\"caseId\":" + caseId + "%'"));

        StaffLogin.as("worker-dongguan", "worker123");
        records.record(new NewServiceRecord(a.idNumber(), home.id(), ServiceKind.DAY_CARE, from, 1,
                new BigDecimal("40.00")), RecordChannel.SCREEN);
        assertEquals(1, count("SELECT COUNT(*) FROM service_record WHERE person_id = " + a.id()));
    }

    @Test
    void theKernelStartsAnApprovedCaseOnlyOnceFromADayInRangeAtTheVersionSeenInTheJurisdiction() throws SQLException {
        Applicant a = CarePeople.register(registry);
        long caseId = approved(a, CareKind.HOME_CARE);
        StaffLogin.as("chengdong", "district123");
        int version = workflow.open(caseId).version();
        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Case' AND entity_id = '" + caseId + "'");

        assertThrows(ConcurrentChangeException.class, () -> workflow.startBenefit(caseId, version - 1, today));
        refused("from", "date.required", () -> workflow.startBenefit(caseId, version, null));
        refused("from", "case.startOutOfRange", () -> workflow.startBenefit(caseId, version, today.plusDays(1)));
        refused("from", "case.startOutOfRange", () -> workflow.startBenefit(caseId, version,
                open(caseId).appliedOn().minusDays(1)));
        StaffLogin.as("chengzhong", "district123");
        assertThrows(NotFoundException.class, () -> workflow.startBenefit(caseId, version, today));
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertThrows(EJBAccessException.class, () -> workflow.startBenefit(caseId, version, today));
        assertEquals(CaseState.APPROVED, open(caseId).state(), "refusals start nothing");
        assertEquals(version, open(caseId).version());
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Case' AND entity_id = '"
                + caseId + "'"));

        StaffLogin.as("chengdong", "district123");
        workflow.startBenefit(caseId, version, today);
        assertEquals(CaseState.ACTIVE, open(caseId).state());
        assertEquals(audits + 1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Case' AND entity_id = '"
                + caseId + "'"));
        StaffLogin.as("chengdong", "district123");
        int now = workflow.open(caseId).version();
        refused("state", "case.wrongState", () -> workflow.startBenefit(caseId, now, today));

        long underReview = apply(CarePeople.register(registry), CareKind.DAY_CARE);
        StaffLogin.as("chengdong", "district123");
        refused("state", "case.wrongState", () -> workflow.startBenefit(underReview,
                workflow.open(underReview).version(), today));
    }

    @Test
    void aRefusedPlacementStartsNothingAndEnrolsNobody() throws SQLException {
        InstitutionView full = careInstitution(1);
        Applicant first = CarePeople.register(registry);
        long firstCase = approved(first, CareKind.DAY_CARE);
        StaffLogin.as("chengdong", "district123");
        care.place(firstCase, workflow.open(firstCase).version(), full.id(), today);

        Applicant second = CarePeople.register(registry);
        long caseId = approved(second, CareKind.DAY_CARE);
        long enrolments = count("SELECT COUNT(*) FROM institution_enrolment");
        StaffLogin.as("chengdong", "district123");
        int version = workflow.open(caseId).version();
        refused("institutionId", "enrolment.full", () -> care.place(caseId, version, full.id(), today));

        StaffLogin.as("city", "city123");
        InstitutionView rehab = institutions.register(new InstitutionForm("康复中心" + System.nanoTime() % 1_000_000,
                InstitutionKind.REHABILITATION, "青残康字〔2023〕1号", EnumSet.of(ServiceKind.DAY_CARE), 10, "630102",
                today.minusYears(1), null));
        InstitutionView homeOnly = institutions.register(new InstitutionForm("居家托养站" + System.nanoTime() % 1_000_000,
                InstitutionKind.CARE, "青残托字〔2023〕2号", EnumSet.of(ServiceKind.HOME_CARE), 10, "630102",
                today.minusYears(1), null));
        String changes = "SELECT COUNT(*) FROM audit_entry WHERE entity_type IN ('Case', 'Enrolment')";
        long audits = count(changes);
        StaffLogin.as("chengdong", "district123");
        refused("institutionId", "care.institutionNotCare", () -> care.place(caseId, version, rehab.id(), today));
        refused("service", "serviceRecord.serviceNotOffered", () -> care.place(caseId, version, homeOnly.id(), today));
        StaffLogin.as("chengzhong", "district123");
        assertThrows(NotFoundException.class, () -> care.place(caseId, version, homeOnly.id(), today));

        assertEquals(CaseState.APPROVED, open(caseId).state(), "the case did not start");
        assertEquals(version, open(caseId).version());
        assertEquals(enrolments, count("SELECT COUNT(*) FROM institution_enrolment"));
        assertEquals(audits, count(changes), "no start and no enrolment audited");
    }

    @Test
    void onlyEligiblePeopleMayApplyAndARefusalOpensNoCase() throws SQLException {
        Applicant tooOld = CarePeople.register(registry, 62, DisabilityCategory.MENTAL, DisabilityLevel.ONE);
        Applicant visual = CarePeople.register(registry, 30, DisabilityCategory.VISUAL, DisabilityLevel.ONE);
        Applicant mild = CarePeople.register(registry, 30, DisabilityCategory.PHYSICAL, DisabilityLevel.THREE);
        Applicant severe = CarePeople.register(registry, 30, DisabilityCategory.PHYSICAL, DisabilityLevel.ONE);
        long cases = count("SELECT COUNT(*) FROM program_case WHERE program_code = 'CARE'");
        StaffLogin.as("clerk-dongguan", "clerk123");
        refused("idNumber", "care.ageOutOfRange", () -> care.apply(new CareApplication(tooOld.idNumber(),
                CareKind.BOARDING, null)));
        refused("idNumber", "care.categoryNotCovered", () -> care.apply(new CareApplication(visual.idNumber(),
                CareKind.BOARDING, null)));
        refused("idNumber", "care.categoryNotCovered", () -> care.apply(new CareApplication(mild.idNumber(),
                CareKind.BOARDING, null)));
        refused("kind", "care.kindRequired", () -> care.apply(new CareApplication(severe.idNumber(), null, null)));
        refused("appliedOn", "date.future", () -> care.apply(new CareApplication(severe.idNumber(),
                CareKind.BOARDING, today.plusDays(1))));
        assertEquals(cases, count("SELECT COUNT(*) FROM program_case WHERE program_code = 'CARE'"));

        assertTrue(care.check(severe.idNumber()).eligible());
        care.apply(new CareApplication(severe.idNumber(), CareKind.BOARDING, null));
        refused("idNumber", "care.openCase", () -> care.apply(new CareApplication(severe.idNumber(),
                CareKind.DAY_CARE, null)));
        StaffLogin.as("chengzhong", "district123");
        refused("idNumber", "person.notFound", () -> care.check(severe.idNumber()));
        assertEquals(cases + 1, count("SELECT COUNT(*) FROM program_case WHERE program_code = 'CARE'"));
    }

    /**
     * Terminating a placed care case (the kernel's 终止) ends the enrolment it made on the case's last day,
     * audited with the termination; the institution then records for the person no more. A termination the
     * kernel refuses (a stale version) ends nothing.
     */
    @Test
    void terminatingACareCaseEndsTheEnrolmentItMade() throws SQLException {
        Applicant a = CarePeople.register(registry);
        InstitutionView home = careInstitution(10);
        long caseId = approved(a, CareKind.HOME_CARE);
        LocalDate from = today.minusDays(5);
        StaffLogin.as("chengdong", "district123");
        care.place(caseId, workflow.open(caseId).version(), home.id(), from);
        String enrolled = "SELECT COUNT(*) FROM institution_enrolment WHERE case_id = " + caseId;
        long enrolmentId = count("SELECT id FROM institution_enrolment WHERE case_id = " + caseId);
        String endedAudits = "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Enrolment' AND entity_id = '"
                + enrolmentId + "' AND summary LIKE '服务机构离院%'";

        int version = workflow.open(caseId).version();
        LocalDate lastDay = today.minusDays(1);
        assertThrows(ConcurrentChangeException.class,
                () -> workflow.terminate(caseId, version + 1, lastDay, "本人申请退出托养"));
        assertEquals(1, count(enrolled + " AND valid_to IS NULL"), "a refused termination ends nothing");
        assertEquals(CaseState.ACTIVE, open(caseId).state());
        assertEquals(0, count(endedAudits));

        StaffLogin.as("chengdong", "district123");
        workflow.terminate(caseId, version, lastDay, "本人申请退出托养");
        assertEquals(CaseState.TERMINATED, open(caseId).state());
        assertEquals(1, count(enrolled + " AND valid_to = DATE '" + lastDay + "'"));
        assertEquals(1, count(endedAudits + " AND actor = 'chengdong'"));

        StaffLogin.as("worker-dongguan", "worker123");
        refused("idNumber", "serviceRecord.notEnrolled", () -> records.record(new NewServiceRecord(a.idNumber(),
                home.id(), ServiceKind.HOME_CARE, today, 1, new BigDecimal("50.00")), RecordChannel.SCREEN));
        assertEquals(0, count("SELECT COUNT(*) FROM service_record WHERE person_id = " + a.id()));
    }

    private static void refused(String field, String key, Executable call) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call, key);
        assertEquals(key, e.key());
        assertEquals(field, e.field(), key);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
