package cn.xndpf.it.education;

import cn.xndpf.application.education.EducationService;
import cn.xndpf.application.education.GrantApplication;
import cn.xndpf.application.education.GrantView;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.education.SchoolStage;
import cn.xndpf.domain.education.SchoolYear;
import cn.xndpf.domain.education.StudentRelation;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The student grant (助学金) through the EJB services as the screens call them: a child of a certificate
 * holder in a poor household applied for at the community, reviewed by the chain rows of V21 (township
 * 初审, district 审批) through the kernel, approved at the amount in force for the stage; every rule's
 * refusal, a holder outside the jurisdiction and a reviewer of another district change nothing.
 */
@ExtendWith(ArquillianExtension.class)
class EducationGrantIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(EducationGrantIT.class, Students.class);
    }

    @EJB
    private EducationService education;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private RegistryService registry;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private final String year = SchoolYear.containing(PlatformClock.today()).label();

    private static GrantApplication childAtJuniorSchool(String holder, String child) {
        return new GrantApplication(holder, StudentRelation.CHILD, child, "助学测试学生", "西宁市第一中学", null,
                SchoolStage.JUNIOR_SECONDARY, 2, SchoolYear.containing(PlatformClock.today()).label());
    }

    private void review(String user, String password, long caseId, ReviewDecision decision, String reason) {
        StaffLogin.as(user, password);
        workflow.review(caseId, workflow.open(caseId).version(), decision, reason);
    }

    @Test
    void aChildOfAPoorHoldersFamilyIsGrantedTheStagesAmountThroughTheChain() throws SQLException {
        Students.Holder h = new Students(registry).holder(Students.DONGGUAN, AssistanceStatus.DIBAO);
        String child = Students.child();

        StaffLogin.as("worker-dongguan", "worker123");
        assertEquals(List.of(), education.problems(childAtJuniorSchool(h.idNumber(), child)));
        long caseId = education.apply(childAtJuniorSchool(h.idNumber(), child));

        CaseView opened = workflow.open(caseId);
        assertEquals("EDUCATION_GRANT", opened.programCode());
        assertTrue(opened.caseNumber().startsWith("JY-"), opened.caseNumber());
        assertEquals(h.personId(), opened.personId(), "the case is recorded under the certificate holder");
        assertEquals(CaseState.SUBMITTED, opened.state());
        assertEquals("FIRST_REVIEW", opened.currentLevel().code());
        assertTrue(opened.detail().contains("助学测试学生") && opened.detail().contains("1250.00"), opened.detail());

        StaffLogin.as("clerk-dongguan", "clerk123");
        assertTrue(workflow.myQueue(0, 200).rows().stream().anyMatch(c -> c.id() == caseId),
                "in the township clerk's queue");
        review("clerk-dongguan", "clerk123", caseId, ReviewDecision.APPROVE, null);
        assertEquals("APPROVAL", workflow.open(caseId).currentLevel().code());
        review("chengdong", "district123", caseId, ReviewDecision.APPROVE, null);

        CaseView approved = workflow.open(caseId);
        assertEquals(CaseState.APPROVED, approved.state(), "a one-off grant ends its review approved");
        assertEquals(null, approved.benefitFrom(), "no monthly benefit starts");

        List<GrantView> grants = education.grantsOf(child);
        assertEquals(1, grants.size());
        assertEquals(new BigDecimal("1250.00"), grants.get(0).amount(), "V21's junior-secondary amount");
        assertEquals(year, grants.get(0).schoolYear());
        assertFalse(grants.get(0).maskedStudentIdNumber().equals(child), "masked");

        String after = single("SELECT after_state FROM audit_entry WHERE entity_type = 'Case' AND entity_id = ?"
                + " AND action = 'CREATE'", String.valueOf(caseId));
        assertTrue(after.contains("\"amount\":\"1250.00\"") && after.contains(year), after);
        assertFalse(after.contains(child), "the student's ID number is masked in the audit log: " + after);
    }

    @Test
    void everyRulesRefusalNamesItsFieldAndChangesNothing() throws SQLException {
        Students students = new Students(registry);
        Students.Holder notPoor = students.holder(Students.DONGGUAN);
        Students.Holder poor = students.holder(Students.DONGGUAN, AssistanceStatus.LOW_INCOME);
        Students.Holder elsewhere = students.holder(Students.CHENGZHONG, AssistanceStatus.DIBAO);
        String child = Students.child();

        StaffLogin.as("worker-dongguan", "worker123");
        long granted = education.apply(childAtJuniorSchool(poor.idNumber(), child));
        assertTrue(granted > 0);

        long cases = count("SELECT COUNT(*) FROM program_case");
        long audits = count("SELECT COUNT(*) FROM audit_entry");
        String next = Students.child();
        record Refused(GrantApplication form, String field, String key) {
        }
        List<Refused> refusals = List.of(
                new Refused(childAtJuniorSchool(notPoor.idNumber(), next), "idNumber", "education.notPoor"),
                new Refused(childAtJuniorSchool(elsewhere.idNumber(), next), "idNumber", "person.notFound"),
                new Refused(childAtJuniorSchool(poor.idNumber(), child), "studentIdNumber", "education.alreadyGranted"),
                new Refused(childAtJuniorSchool(poor.idNumber(), poor.idNumber()), "studentIdNumber",
                        "education.childNotYounger"),
                new Refused(new GrantApplication(poor.idNumber(), StudentRelation.CHILD, next, "助学测试学生", "某小学", null,
                        SchoolStage.PRIMARY, 7, year), "grade", "education.gradeOutOfRange"),
                new Refused(new GrantApplication(poor.idNumber(), StudentRelation.CHILD, next, "助学测试学生", "某小学", null,
                        SchoolStage.PRIMARY, 3, "2019-2020"), "schoolYear", "education.schoolYearNotOpen"),
                new Refused(new GrantApplication(poor.idNumber(), StudentRelation.CHILD, next, "助学测试学生", "某小学", null,
                        SchoolStage.PRIMARY, 3, "明年"), "schoolYear", "education.schoolYear"),
                new Refused(new GrantApplication(poor.idNumber(), StudentRelation.CHILD, next, "助学测试学生", "某小学",
                        -1L, SchoolStage.PRIMARY, 3, year), "specialSchoolId", "education.schoolNotSpecialSchool"),
                new Refused(new GrantApplication(poor.idNumber(), null, next, " ", "", null, null, null, year),
                        "relation", "education.relationRequired"));
        for (Refused r : refusals) {
            List<InvalidValueException> problems = education.problems(r.form());
            assertTrue(problems.stream().anyMatch(p -> p.field().equals(r.field()) && p.key().equals(r.key())),
                    r.key() + " in " + problems.stream().map(InvalidValueException::key).toList());
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> education.apply(r.form()),
                    r.key());
            assertEquals(problems.get(0).key(), e.key(), "apply refuses with the first problem");
        }
        assertEquals(cases, count("SELECT COUNT(*) FROM program_case"), "no case opened");
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry"), "nothing audited");
    }

    @Test
    void anotherDistrictNeitherSeesNorReviewsTheGrant() throws SQLException {
        Students.Holder h = new Students(registry).holder(Students.DONGGUAN, AssistanceStatus.TEKUN);
        String child = Students.child();
        StaffLogin.as("worker-dongguan", "worker123");
        long caseId = education.apply(childAtJuniorSchool(h.idNumber(), child));
        review("clerk-dongguan", "clerk123", caseId, ReviewDecision.APPROVE, null);
        int version = workflow.open(caseId).version();

        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Case'");
        StaffLogin.as("chengzhong", "district123");
        assertThrows(NotFoundException.class,
                () -> workflow.review(caseId, version, ReviewDecision.APPROVE, null));
        assertEquals(List.of(), education.grantsOf(child), "another district sees none of the student's grants");
        StaffLogin.as("civil-chengdong", "civil123");
        assertThrows(EJBAccessException.class, () -> education.apply(childAtJuniorSchool(h.idNumber(),
                Students.child())), "civil affairs take no grant applications");

        StaffLogin.as("chengdong", "district123");
        CaseView still = workflow.open(caseId);
        assertEquals(version, still.version());
        assertEquals("APPROVAL", still.currentLevel().code());
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Case'"), "nothing audited");
    }

    private String single(String sql, String arg) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), sql);
                return r.getString(1);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
