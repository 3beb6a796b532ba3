package cn.xndpf.it.rehabilitation;

import cn.xndpf.application.institution.InstitutionForm;
import cn.xndpf.application.institution.InstitutionService;
import cn.xndpf.application.institution.InstitutionView;
import cn.xndpf.application.institution.NewServiceRecord;
import cn.xndpf.application.institution.ServiceRecordService;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.rehabilitation.AssessmentForm;
import cn.xndpf.application.rehabilitation.AssessmentView;
import cn.xndpf.application.rehabilitation.RehabilitationApplication;
import cn.xndpf.application.rehabilitation.RehabilitationService;
import cn.xndpf.application.rehabilitation.ServiceRate;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.RecordChannel;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.rehabilitation.RehabilitationPeople.Holder;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Basic rehabilitation (康复) inside the real EAR: the needs assessment, the application it supports through the
 * kernel's chain rows, the placement with a designated institution (the kernel's start and the shared
 * enrolment), the institution's real-name record, and the basic service rate (served / assessed as needing);
 * jurisdiction, roles and the audit log; every refusal changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class RehabilitationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(RehabilitationIT.class, RehabilitationPeople.class,
                RehabilitationPeople.Holder.class);
    }

    @EJB
    private RehabilitationService rehabilitation;

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

    private AssessmentView assess(Holder h, LocalDate on, ServiceKind need) {
        StaffLogin.as("worker-dongguan", "worker123");
        return rehabilitation.assess(new AssessmentForm(h.idNumber(), on, need, "评估说明"));
    }

    private long apply(Holder h, ServiceKind service) {
        StaffLogin.as("clerk-dongguan", "clerk123");
        return rehabilitation.apply(new RehabilitationApplication(h.idNumber(), service, today.minusDays(10)));
    }

    private void review(String user, String password, long caseId) {
        StaffLogin.as(user, password);
        workflow.review(caseId, workflow.open(caseId).version(), ReviewDecision.APPROVE, null);
    }

    private CaseView open(long caseId) {
        StaffLogin.as("city", "city123");
        return workflow.open(caseId);
    }

    private InstitutionView institution(InstitutionKind kind, ServiceKind... services) {
        StaffLogin.as("city", "city123");
        return institutions.register(new InstitutionForm("康复中心" + System.nanoTime() % 1_000_000, kind,
                "青残康字〔2023〕7号", EnumSet.of(services[0], services), 20, "630102", today.minusYears(2), null));
    }

    private ServiceRate rate(String user, String password) {
        StaffLogin.as(user, password);
        return rehabilitation.rate(today.minusDays(30), today);
    }

    @Test
    void anAssessedNeedIsAppliedForReviewedByTheChainPlacedServedAndCountedInTheRate() throws SQLException {
        ServiceRate before = rate("chengdong", "district123");
        ServiceRate cityBefore = rate("city", "city123");
        ServiceRate otherBefore = rate("chengzhong", "district123");
        Holder served = RehabilitationPeople.register(registry);
        Holder waiting = RehabilitationPeople.register(registry);
        Holder noNeed = RehabilitationPeople.register(registry);
        InstitutionView centre = institution(InstitutionKind.REHABILITATION, ServiceKind.REHABILITATION_TRAINING,
                ServiceKind.DEVICE_FITTING);

        AssessmentView a = assess(served, today.minusDays(20), ServiceKind.REHABILITATION_TRAINING);
        assertTrue(a.needsService());
        assess(waiting, today.minusDays(5), ServiceKind.DEVICE_FITTING);
        assess(noNeed, today.minusDays(5), null);
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'RehabilitationAssessment'"
                + " AND entity_id = '" + a.id() + "' AND actor = 'worker-dongguan' AND summary = '康复需求评估 需要康复训练'"
                + " AND division_code = '" + RehabilitationPeople.DONGGUAN + "'"));

        long caseId = apply(served, ServiceKind.REHABILITATION_TRAINING);
        CaseView submitted = open(caseId);
        assertTrue(submitted.caseNumber().startsWith("KF-"), submitted.caseNumber());
        assertEquals("FIRST_REVIEW", submitted.currentLevel().code());
        assertEquals("康复训练", submitted.detail());
        review("clerk-dongguan", "clerk123", caseId);
        assertEquals("REVIEW", open(caseId).currentLevel().code());
        review("chengdong", "district123", caseId);
        CaseView approved = open(caseId);
        assertEquals(CaseState.APPROVED, approved.state(), "the service does not start by itself on approval");
        assertNull(approved.benefitFrom());
        StaffLogin.as("chengdong", "district123");
        assertTrue(rehabilitation.awaitingPlacement().stream().anyMatch(v -> v.id() == caseId));

        LocalDate from = today.minusDays(3);
        StaffLogin.as("chengdong", "district123");
        rehabilitation.place(caseId, workflow.open(caseId).version(), centre.id(), from);
        CaseView active = open(caseId);
        assertEquals(CaseState.ACTIVE, active.state());
        assertEquals("康复训练 · " + centre.name(), active.detail());
        assertEquals(1, count("SELECT COUNT(*) FROM institution_enrolment WHERE case_id = " + caseId
                + " AND person_id = " + served.id() + " AND service_kind = 'REHABILITATION_TRAINING'"));
        assertEquals(1, count("SELECT COUNT(*) FROM rehabilitation_case WHERE case_id = " + caseId
                + " AND institution_id = " + centre.id() + " AND assessment_id = " + a.id()));
        StaffLogin.as("chengdong", "district123");
        assertFalse(rehabilitation.awaitingPlacement().stream().anyMatch(v -> v.id() == caseId));

        StaffLogin.as("worker-dongguan", "worker123");
        records.record(new NewServiceRecord(served.idNumber(), centre.id(), ServiceKind.REHABILITATION_TRAINING, from,
                1, new BigDecimal("120.00")), RecordChannel.SCREEN);

        ServiceRate after = rate("chengdong", "district123");
        assertEquals(before.assessedAsNeeding() + 2, after.assessedAsNeeding(), "found no need: not counted");
        assertEquals(before.served() + 1, after.served());
        assertEquals(cityBefore.assessedAsNeeding() + 2, rate("city", "city123").assessedAsNeeding());
        ServiceRate other = rate("chengzhong", "district123");
        assertEquals(otherBefore.assessedAsNeeding(), other.assessedAsNeeding(), "another district counts none");
        assertEquals(otherBefore.served(), other.served());
        assertEquals(after.percent(), new BigDecimal(after.served()).multiply(new BigDecimal(100))
                .divide(new BigDecimal(after.assessedAsNeeding()), 2, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void refusalsRecordNothingAndOpenNothing() throws SQLException {
        Holder h = RehabilitationPeople.register(registry);
        Holder uncertified = RehabilitationPeople.register(registry, 30, false);
        String assessments = "SELECT COUNT(*) FROM rehabilitation_assessment WHERE person_id IN (" + h.id() + ", "
                + uncertified.id() + ")";
        String audits = "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'RehabilitationAssessment'";
        String cases = "SELECT COUNT(*) FROM program_case WHERE program_code = 'REHABILITATION'";
        long auditsBefore = count(audits);
        long casesBefore = count(cases);

        StaffLogin.as("worker-dongguan", "worker123");
        refused("idNumber", "eligibility.noValidCertificate", () -> rehabilitation.assess(new AssessmentForm(
                uncertified.idNumber(), today, ServiceKind.REHABILITATION_TRAINING, null)));
        refused("assessedOn", "date.future", () -> rehabilitation.assess(new AssessmentForm(h.idNumber(),
                today.plusDays(1), ServiceKind.REHABILITATION_TRAINING, null)));
        refused("assessedOn", "date.required", () -> rehabilitation.assess(new AssessmentForm(h.idNumber(),
                null, ServiceKind.REHABILITATION_TRAINING, null)));
        refused("neededService", "rehabilitation.notBasicService", () -> rehabilitation.assess(new AssessmentForm(
                h.idNumber(), today, ServiceKind.DAY_CARE, null)));
        refused("note", "rehabilitation.noteTooLong", () -> rehabilitation.assess(new AssessmentForm(
                h.idNumber(), today, ServiceKind.REHABILITATION_TRAINING, "长".repeat(201))));
        StaffLogin.as("chengzhong", "district123");
        assertThrows(NotFoundException.class, () -> rehabilitation.assess(new AssessmentForm(h.idNumber(), today,
                ServiceKind.REHABILITATION_TRAINING, null)), "another district is answered as for an unknown number");
        StaffLogin.as("civil-chengdong", "civil123");
        assertThrows(EJBAccessException.class, () -> rehabilitation.assess(new AssessmentForm(h.idNumber(), today,
                ServiceKind.REHABILITATION_TRAINING, null)));
        assertEquals(0, count(assessments));
        assertEquals(auditsBefore, count(audits));

        refused("idNumber", "rehabilitation.noAssessedNeed", () -> apply(h, ServiceKind.REHABILITATION_TRAINING));
        assess(h, today.minusDays(20), ServiceKind.REHABILITATION_TRAINING);
        refused("idNumber", "rehabilitation.noAssessedNeed", () -> apply(h, ServiceKind.DEVICE_FITTING));
        refused("service", "rehabilitation.serviceRequired", () -> apply(h, null));
        assertEquals(casesBefore, count(cases), "no case opened");

        long caseId = apply(h, ServiceKind.REHABILITATION_TRAINING);
        refused("idNumber", "rehabilitation.openCase", () -> apply(h, ServiceKind.REHABILITATION_TRAINING));
        review("clerk-dongguan", "clerk123", caseId);
        review("chengdong", "district123", caseId);
        InstitutionView care = institution(InstitutionKind.CARE, ServiceKind.DAY_CARE);
        InstitutionView fittingOnly = institution(InstitutionKind.REHABILITATION, ServiceKind.DEVICE_FITTING);
        String changes = "SELECT COUNT(*) FROM audit_entry WHERE (entity_type = 'Case' AND entity_id = '" + caseId
                + "') OR entity_type = 'Enrolment'";
        long changesBefore = count(changes);
        StaffLogin.as("chengdong", "district123");
        int version = workflow.open(caseId).version();
        refused("institutionId", "rehabilitation.institutionNotRehabilitation",
                () -> rehabilitation.place(caseId, version, care.id(), today));
        refused("service", "serviceRecord.serviceNotOffered",
                () -> rehabilitation.place(caseId, version, fittingOnly.id(), today));
        StaffLogin.as("chengzhong", "district123");
        assertThrows(NotFoundException.class, () -> rehabilitation.place(caseId, version, fittingOnly.id(), today));
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertThrows(EJBAccessException.class, () -> rehabilitation.place(caseId, version, fittingOnly.id(), today));
        assertEquals(CaseState.APPROVED, open(caseId).state(), "refused placements start nothing");
        assertEquals(0, count("SELECT COUNT(*) FROM institution_enrolment WHERE case_id = " + caseId));
        assertEquals(changesBefore, count(changes), "no start and no enrolment audited");

        StaffLogin.as("chengdong", "district123");
        refused("firstDay", "rehabilitation.periodInvalid", () -> rehabilitation.rate(today, today.minusDays(1)));
        StaffLogin.as("worker-dongguan", "worker123");
        assertThrows(EJBAccessException.class, () -> rehabilitation.rate(today.minusDays(1), today));
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
