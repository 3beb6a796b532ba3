package cn.xndpf.it.rehabilitation;

import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.rehabilitation.AssessmentForm;
import cn.xndpf.application.rehabilitation.ChildAidApplication;
import cn.xndpf.application.rehabilitation.ChildAidService;
import cn.xndpf.application.rehabilitation.RehabilitationService;
import cn.xndpf.application.rehabilitation.ServiceRate;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.rehabilitation.ChildAidKind;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Children's rehabilitation aid (残疾儿童康复救助) inside the real EAR: a case per child and kind of aid through the
 * chain rows, the dated age band, the yearly cap per child (an amount beyond it refused with what is left, and
 * nothing opened), jurisdiction and roles, and the children's aid service rate.
 */
@ExtendWith(ArquillianExtension.class)
class ChildAidIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ChildAidIT.class, RehabilitationPeople.class,
                RehabilitationPeople.Holder.class);
    }

    @EJB
    private ChildAidService aid;

    @EJB
    private RehabilitationService rehabilitation;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private RegistryService registry;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private final LocalDate today = PlatformClock.today();

    private long apply(Holder child, ChildAidKind kind, String amount) {
        StaffLogin.as("clerk-dongguan", "clerk123");
        return aid.apply(new ChildAidApplication(child.idNumber(), kind, new BigDecimal(amount), today));
    }

    private void review(String user, String password, long caseId) {
        StaffLogin.as(user, password);
        workflow.review(caseId, workflow.open(caseId).version(), ReviewDecision.APPROVE, null);
    }

    private CaseView open(long caseId) {
        StaffLogin.as("city", "city123");
        return workflow.open(caseId);
    }

    private void assessNeeding(Holder h) {
        StaffLogin.as("worker-dongguan", "worker123");
        rehabilitation.assess(new AssessmentForm(h.idNumber(), today, ServiceKind.REHABILITATION_TRAINING, null));
    }

    private ServiceRate rate(String user, String password) {
        StaffLogin.as(user, password);
        return aid.rate(today.getYear());
    }

    @Test
    void aChildsAidGoesThroughTheChainWithinTheYearlyCapAndCountsInTheChildrensRate() throws SQLException {
        ServiceRate before = rate("chengdong", "district123");
        ServiceRate otherBefore = rate("chengzhong", "district123");
        Holder child = RehabilitationPeople.register(registry, 3, true);
        Holder waiting = RehabilitationPeople.register(registry, 5, true);
        Holder adult = RehabilitationPeople.register(registry, 30, true);
        assessNeeding(child);
        assessNeeding(waiting);
        assessNeeding(adult);

        long caseId = apply(child, ChildAidKind.TRAINING, "15000");
        CaseView submitted = open(caseId);
        assertTrue(submitted.caseNumber().startsWith("ET-"), submitted.caseNumber());
        assertEquals("FIRST_REVIEW", submitted.currentLevel().code());
        assertEquals("康复训练 · " + today.getYear() + "年 · 15000.00元", submitted.detail());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Case' AND entity_id = '" + caseId
                + "' AND actor = 'clerk-dongguan'"));
        review("clerk-dongguan", "clerk123", caseId);
        assertEquals("APPROVAL", open(caseId).currentLevel().code());
        review("chengdong", "district123", caseId);
        assertEquals(CaseState.APPROVED, open(caseId).state());

        ServiceRate after = rate("chengdong", "district123");
        assertEquals(before.assessedAsNeeding() + 2, after.assessedAsNeeding(), "the adult is outside the band");
        assertEquals(before.served() + 1, after.served(), "the waiting child is not aided yet");
        ServiceRate other = rate("chengzhong", "district123");
        assertEquals(otherBefore.assessedAsNeeding(), other.assessedAsNeeding(), "another district counts none");

        StaffLogin.as("clerk-dongguan", "clerk123");
        assertEquals(new BigDecimal("5000.00"), aid.remaining(child.idNumber(), today.getYear()));
        long cases = count("SELECT COUNT(*) FROM program_case WHERE program_code = 'CHILD_REHABILITATION'");
        // the change audits only (signing in is audited too, and each step below signs in)
        String changes = "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Case'";
        long audits = count(changes);
        InvalidValueException over = refused("amount", "rehabilitation.childAid.overCap",
                () -> apply(child, ChildAidKind.SURGERY, "5000.01"));
        assertEquals("超过每名儿童每年救助上限，本年度还可申请5000.00元", over.message(java.util.Locale.CHINA));
        assertEquals(cases, count("SELECT COUNT(*) FROM program_case WHERE program_code = 'CHILD_REHABILITATION'"),
                "an amount beyond the cap opens nothing");
        assertEquals(audits, count(changes), "nothing audited");

        long fitting = apply(child, ChildAidKind.FITTING, "5000.00");
        assertEquals(CaseState.SUBMITTED, open(fitting).state(), "up to the cap exactly");
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertEquals(new BigDecimal("0.00"), aid.remaining(child.idNumber(), today.getYear()),
                "an open case holds its amount");
    }

    @Test
    void refusalsNameTheirFieldAndOpenNothing() throws SQLException {
        Holder seven = RehabilitationPeople.register(registry, 7, true);
        Holder uncertified = RehabilitationPeople.register(registry, 2, false);
        Holder child = RehabilitationPeople.register(registry, 4, true);
        String cases = "SELECT COUNT(*) FROM program_case WHERE program_code = 'CHILD_REHABILITATION'";
        long before = count(cases);

        refused("idNumber", "rehabilitation.childAid.ageOutOfRange", () -> apply(seven, ChildAidKind.TRAINING, "100"));
        refused("idNumber", "eligibility.noValidCertificate", () -> apply(uncertified, ChildAidKind.TRAINING, "100"));
        refused("amount", "rehabilitation.childAid.amount", () -> apply(child, ChildAidKind.TRAINING, "0"));
        refused("amount", "rehabilitation.childAid.amount", () -> apply(child, ChildAidKind.TRAINING, "10.001"));
        StaffLogin.as("clerk-dongguan", "clerk123");
        refused("kind", "rehabilitation.childAid.kindRequired", () -> aid.apply(new ChildAidApplication(
                child.idNumber(), null, BigDecimal.TEN, today)));
        assertEquals(4, aid.problems(new ChildAidApplication(seven.idNumber(), null, BigDecimal.ZERO,
                today.plusDays(1))).size(), "every problem at once: kind, day, age, amount");
        StaffLogin.as("chengzhong", "district123");
        assertThrows(NotFoundException.class, () -> aid.apply(new ChildAidApplication(child.idNumber(),
                ChildAidKind.TRAINING, BigDecimal.TEN, today)), "another district is answered as for an unknown number");
        StaffLogin.as("civil-chengdong", "civil123");
        assertThrows(EJBAccessException.class, () -> aid.apply(new ChildAidApplication(child.idNumber(),
                ChildAidKind.TRAINING, BigDecimal.TEN, today)));
        assertEquals(before, count(cases));
    }

    private static InvalidValueException refused(String field, String key, Executable call) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call, key);
        assertEquals(key, e.key());
        assertEquals(field, e.field(), key);
        return e;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
