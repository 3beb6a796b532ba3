package cn.xndpf.it.education;

import cn.xndpf.application.education.EducationPlanService;
import cn.xndpf.application.education.PlanForm;
import cn.xndpf.application.education.FeeReliefService;
import cn.xndpf.application.education.PlanView;
import cn.xndpf.application.education.ReliefForm;
import cn.xndpf.application.education.ReliefView;
import cn.xndpf.domain.education.ReliefKind;
import cn.xndpf.application.institution.InstitutionForm;
import cn.xndpf.application.institution.InstitutionService;
import cn.xndpf.application.institution.InstitutionView;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.domain.education.Placement;
import cn.xndpf.domain.education.SchoolYear;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
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
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan per child (一人一案): district staff decide a disabled child's placement at a special school of the
 * registry, review it a year on to a mainstream class, and both versions stay in the history, each audited
 * with before and after; the next review is due after the months of the dated setting. Refusals (no
 * certificate, no reasons for a review, a school that is not a special school, another district, a role
 * that does not decide) change nothing. Fee reductions and subsidies (减免、补助) are recorded once per
 * student, term and kind, audited, and refused without a certificate or twice.
 */
@ExtendWith(ArquillianExtension.class)
class EducationPlanIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(EducationPlanIT.class, Students.class);
    }

    @EJB
    private EducationPlanService plans;

    @EJB
    private InstitutionService institutions;

    @EJB
    private FeeReliefService reliefs;

    @EJB
    private RegistryService registry;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private final LocalDate today = PlatformClock.today();
    private final String year = SchoolYear.containing(today).label();

    private InstitutionView specialSchool() {
        StaffLogin.as("city", "city123");
        return institutions.register(new InstitutionForm("西宁市特殊教育学校" + System.nanoTime() % 1_000_000,
                InstitutionKind.SPECIAL_SCHOOL, "青教特字〔2020〕3号", EnumSet.of(ServiceKind.SPECIAL_EDUCATION,
                ServiceKind.HOME_TEACHING), 300, "630102", today.minusYears(3), null));
    }

    @Test
    void aReviewAddsAVersionAndKeepsTheHistoryEachAudited() throws SQLException {
        InstitutionView school = specialSchool();
        Students.Holder child = new Students(registry).holder(Students.DONGGUAN);

        StaffLogin.as("chengdong", "district123");
        PlanView first = plans.decide(new PlanForm(child.idNumber(), Placement.SPECIAL_SCHOOL, school.id(), null, year,
                null));
        assertEquals(1, first.versionNumber());
        assertEquals(school.name(), first.schoolName());
        assertEquals(today.plusMonths(12), first.reviewDue(), "V22's twelve months");

        PlanView second = plans.decide(new PlanForm(child.idNumber(), Placement.MAINSTREAM_CLASS, null, "城东区第二小学",
                year, "评估后可随班就读"));
        assertEquals(2, second.versionNumber());

        StaffLogin.as("worker-dongguan", "worker123");
        List<PlanView> history = plans.history(child.idNumber());
        assertEquals(List.of(2, 1), history.stream().map(PlanView::versionNumber).toList());
        assertNull(history.get(0).validTo(), "the review is in force");
        assertEquals(today.minusDays(1), history.get(1).validTo(), "the first decision kept, ended the day before");
        assertEquals(Placement.SPECIAL_SCHOOL, history.get(1).placement());

        List<String[]> audit = audit(child.personId());
        assertEquals(2, audit.size());
        assertNull(audit.get(0)[0], "a first plan has no before");
        assertTrue(audit.get(1)[0].contains("SPECIAL_SCHOOL") && audit.get(1)[1].contains("MAINSTREAM_CLASS"),
                audit.get(1)[0] + " -> " + audit.get(1)[1]);
        assertFalse(audit.get(1)[2].contains(child.idNumber()), "the summary's ID number is masked");
    }

    @Test
    void refusalsChangeNothing() throws SQLException {
        Students students = new Students(registry);
        Students.Holder child = students.holder(Students.DONGGUAN);
        Students.Holder elsewhere = students.holder(Students.CHENGZHONG);
        StaffLogin.as("chengdong", "district123");
        plans.decide(new PlanForm(child.idNumber(), Placement.HOME_TEACHING, null, "城东区送教中心校", year, null));

        long rows = count("SELECT COUNT(*) FROM education_plan");
        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EducationPlan'");
        record Refused(PlanForm form, String field, String key) {
        }
        for (Refused r : List.of(
                new Refused(new PlanForm(child.idNumber(), Placement.MAINSTREAM_CLASS, null, "某小学", year, " "),
                        "note", "education.planReviewReason"),
                new Refused(new PlanForm(child.idNumber(), Placement.SPECIAL_SCHOOL, -1L, null, year, "转入特校"),
                        "specialSchoolId", "education.schoolNotSpecialSchool"),
                new Refused(new PlanForm(child.idNumber(), null, null, "某小学", year, "x"), "placement",
                        "education.placementRequired"),
                new Refused(new PlanForm(child.idNumber(), Placement.MAINSTREAM_CLASS, null, "某小学", "2025/26", "x"),
                        "schoolYear", "education.schoolYear"),
                new Refused(new PlanForm(elsewhere.idNumber(), Placement.MAINSTREAM_CLASS, null, "某小学", year, null),
                        "idNumber", "person.notFound"))) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> plans.decide(r.form()), r.key());
            assertEquals(r.field() + " " + r.key(), e.field() + " " + e.key());
        }
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertThrows(EJBAccessException.class, () -> plans.decide(new PlanForm(child.idNumber(),
                Placement.MAINSTREAM_CLASS, null, "某小学", year, "x")), "a township clerk does not decide plans");
        assertEquals(rows, count("SELECT COUNT(*) FROM education_plan"));
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EducationPlan'"));
    }

    @Test
    void feeReliefsAreRecordedOncePerTermAndKindEachAudited() throws SQLException {
        Students students = new Students(registry);
        Students.Holder student = students.holder(Students.DONGGUAN);
        StaffLogin.as("clerk-dongguan", "clerk123");
        ReliefView autumn = reliefs.record(new ReliefForm(student.idNumber(), year, 1, ReliefKind.REDUCTION,
                new BigDecimal("600"), "城东区第二小学"));
        reliefs.record(new ReliefForm(student.idNumber(), year, 1, ReliefKind.SUBSIDY, new BigDecimal("350.50"),
                "城东区第二小学"));
        assertEquals(new BigDecimal("600.00"), autumn.amount());
        assertEquals(2, reliefs.reliefsOf(student.idNumber()).size());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'FeeRelief' AND entity_id = '"
                + autumn.id() + "'"));

        long rows = count("SELECT COUNT(*) FROM education_fee_relief");
        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'FeeRelief'");
        record Refused(ReliefForm form, String field, String key) {
        }
        for (Refused r : List.of(
                new Refused(new ReliefForm(student.idNumber(), year, 1, ReliefKind.REDUCTION, new BigDecimal("1"),
                        "城东区第二小学"), "term", "education.reliefRecorded"),
                new Refused(new ReliefForm(student.idNumber(), year, 3, ReliefKind.REDUCTION, new BigDecimal("1"),
                        "城东区第二小学"), "term", "education.term"),
                new Refused(new ReliefForm(student.idNumber(), year, 2, ReliefKind.REDUCTION, new BigDecimal("-5"),
                        "城东区第二小学"), "amount", "education.reliefAmount"),
                new Refused(new ReliefForm(student.idNumber(), year, 2, ReliefKind.REDUCTION, new BigDecimal("1.005"),
                        "城东区第二小学"), "amount", "education.reliefAmount"),
                new Refused(new ReliefForm(student.idNumber(), year, 2, null, new BigDecimal("1"), "城东区第二小学"),
                        "kind", "education.reliefKindRequired"))) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> reliefs.record(r.form()), r.key());
            assertEquals(r.field() + " " + r.key(), e.field() + " " + e.key());
        }
        StaffLogin.as("worker-dongguan", "worker123");
        assertThrows(EJBAccessException.class, () -> reliefs.record(new ReliefForm(student.idNumber(), year, 2,
                ReliefKind.REDUCTION, BigDecimal.ONE, "城东区第二小学")), "a community worker does not record reliefs");
        assertEquals(rows, count("SELECT COUNT(*) FROM education_fee_relief"));
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'FeeRelief'"));
    }

    private List<String[]> audit(long personId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT a.before_state, a.after_state, a.summary FROM audit_entry a JOIN education_plan p"
                        + " ON a.entity_id = CAST(p.id AS VARCHAR(40)) WHERE a.entity_type = 'EducationPlan'"
                        + " AND p.person_id = ? ORDER BY p.version_no")) {
            s.setLong(1, personId);
            try (ResultSet r = s.executeQuery()) {
                List<String[]> rows = new java.util.ArrayList<>();
                while (r.next()) {
                    rows.add(new String[]{r.getString(1), r.getString(2), r.getString(3)});
                }
                return rows;
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
