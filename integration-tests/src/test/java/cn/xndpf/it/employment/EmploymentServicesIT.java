package cn.xndpf.it.employment;

import cn.xndpf.application.employment.EmployerForm;
import cn.xndpf.application.employment.EmployerView;
import cn.xndpf.application.employment.JobFairForm;
import cn.xndpf.application.employment.JobFairService;
import cn.xndpf.application.employment.JobFairView;
import cn.xndpf.application.employment.PlacementForm;
import cn.xndpf.application.employment.PlacementService;
import cn.xndpf.application.employment.PlacementView;
import cn.xndpf.application.employment.QuotaService;
import cn.xndpf.application.employment.TraineeView;
import cn.xndpf.application.employment.TrainingCourseForm;
import cn.xndpf.application.employment.TrainingCourseView;
import cn.xndpf.application.employment.TrainingService;
import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.domain.employment.CreditCode;
import cn.xndpf.domain.employment.EmployerKind;
import cn.xndpf.domain.employment.PlacementKind;
import cn.xndpf.domain.person.CancellationReason;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.ConcurrentChangeException;
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
import org.junit.jupiter.api.function.Executable;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The employment services (training/fairs/placements) through their EJB services: a course enrols living certificate
 * holders of the jurisdiction once each and records completion; a fair counts the registry's employers and its job
 * seekers; a placement is one open per person and kind. Every change audited, every refusal changes and audits nothing,
 * another district sees nothing of them.
 */
@ExtendWith(ArquillianExtension.class)
class EmploymentServicesIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String DONGGUAN = "630102001001";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(EmploymentServicesIT.class);
    }

    @EJB
    private TrainingService training;

    @EJB
    private JobFairService fairs;

    @EJB
    private PlacementService placements;

    @EJB
    private QuotaService quota;

    @EJB
    private RegistryService registry;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Test
    void aCourseEnrolsLivingCertificateHoldersOnceAndRecordsCompletionAudited() throws SQLException {
        StaffLogin.as("chengdong", "district123");
        LocalDate today = PlatformClock.today();
        String a = person(true);
        String b = person(true);
        String noCertificate = person(false);
        String deceased = person(true);
        long certificate = certificateOf(deceased);
        registry.cancel(certificate, (int) count("SELECT version FROM certificate WHERE id = " + certificate),
                CancellationReason.DEATH, today, "测试：死亡");
        String outside = idNumberIn("630103");

        TrainingCourseView course = training.open(new TrainingCourseForm("面点师培训班", "面点师", "城东区残联",
                "630102", today.minusDays(10), today.plusDays(10), new BigDecimal("18000.00")));
        training.enrol(course.id(), a);
        training.enrol(course.id(), b);

        long attendances = count("SELECT COUNT(*) FROM training_attendance");
        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type LIKE 'Training%'");
        refused("idNumber", "training.alreadyEnrolled", () -> training.enrol(course.id(), a));
        refused("idNumber", "employment.noValidCertificate", () -> training.enrol(course.id(), noCertificate));
        refused("idNumber", "employment.personDeceased", () -> training.enrol(course.id(), deceased));
        refused("idNumber", "employment.unregistered", () -> training.enrol(course.id(), outside));
        refused("idNumber", null, () -> training.enrol(course.id(), "12345"));
        refused("completedOn", "date.future", () -> training.complete(course.id(), a, today.plusDays(1)));
        refused("idNumber", "training.notEnrolled", () -> training.complete(course.id(), noCertificate, today));
        refused("endsOn", "training.endsBeforeStart", () -> training.open(new TrainingCourseForm("n", "t", "o",
                "630102", today, today.minusDays(1), BigDecimal.ONE)));
        refused("totalCost", "training.costRange", () -> training.open(new TrainingCourseForm("n", "t", "o",
                "630102", today, today, new BigDecimal("-5"))));
        assertThrows(AccessDeniedException.class, () -> training.open(new TrainingCourseForm("n", "t", "o", "630103",
                today, today, BigDecimal.ONE)));
        StaffLogin.as("chengzhong", "district123");
        refused("course", "training.notFound", () -> training.enrol(course.id(), outside));
        assertTrue(training.courses(today, today).stream().noneMatch(c -> c.id() == course.id()), "another district's");
        StaffLogin.as("worker-dongguan", "worker123");
        assertThrows(EJBAccessException.class, () -> training.enrol(course.id(), a));
        assertEquals(attendances, count("SELECT COUNT(*) FROM training_attendance"), "refusals enrol nobody");
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type LIKE 'Training%'"));

        StaffLogin.as("chengdong", "district123");
        TraineeView done = training.complete(course.id(), a, today);
        assertEquals(today, done.completedOn());
        refused("completedOn", "training.alreadyCompleted", () -> training.complete(course.id(), a, today));
        TrainingCourseView seen = training.courses(today, today).stream().filter(c -> c.id() == course.id())
                .findFirst().orElseThrow();
        assertEquals(2, seen.trainees(), "person-times");
        assertEquals(1, seen.completed());
        assertEquals(new BigDecimal("18000.00"), seen.totalCost());
        List<TraineeView> trainees = training.trainees(course.id());
        assertEquals(2, trainees.size());
        assertTrue(trainees.stream().allMatch(t -> t.maskedIdNumber().contains("*")), "masked");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'TrainingCourse' AND entity_id = '"
                + course.id() + "' AND actor = 'chengdong' AND action = 'CREATE'"));
        assertEquals(3, count("SELECT COUNT(*) FROM audit_entry a JOIN training_attendance t ON a.entity_id ="
                + " CAST(t.id AS VARCHAR(20)) WHERE a.entity_type = 'TrainingAttendance' AND t.course_id = " + course.id()),
                "two enrolments and one completion");
        assertEquals(0, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'TrainingAttendance' AND"
                + " (after_state LIKE '%" + a + "%' OR summary LIKE '%" + a + "%')"), "the ID number masked");
    }

    @Test
    void aFairCountsItsEmployersAndSeekersAndAPlacementIsOneOpenPerPersonAndKind() throws SQLException {
        StaffLogin.as("chengzhong", "district123");
        EmployerView elsewhere = employer("630103");
        StaffLogin.as("chengdong", "district123");
        LocalDate today = PlatformClock.today();
        EmployerView mine = employer("630102");
        String a = person(true);
        String b = person(true);

        JobFairView fair = fairs.record(new JobFairForm(today, "城东区人力资源市场", "630102", "城东区残联",
                mine.creditCode(), a + "、" + b + "\n" + a, 30, 120));
        assertEquals(1, fair.employers());
        assertEquals(2, fair.registeredSeekers(), "a number given twice counts once");
        assertEquals(32, fair.seekers());
        assertEquals(120, fair.jobsOffered());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'JobFair' AND entity_id = '"
                + fair.id() + "' AND actor = 'chengdong'"));

        long fairRows = count("SELECT COUNT(*) FROM job_fair");
        long fairAudits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'JobFair'");
        refused("employers", "employment.employerNotFound", () -> fairs.record(new JobFairForm(today, "p", "630102",
                "o", elsewhere.creditCode(), a, 0, 5)));
        refused("employers", "fair.noEmployer", () -> fairs.record(new JobFairForm(today, "p", "630102", "o", "",
                a, 0, 5)));
        refused("heldOn", "date.future", () -> fairs.record(new JobFairForm(today.plusDays(1), "p", "630102", "o",
                mine.creditCode(), a, 0, 5)));
        refused("seekers", "employment.unregistered", () -> fairs.record(new JobFairForm(today, "p", "630102", "o",
                mine.creditCode(), idNumberIn("630103"), 0, 5)));
        refused("jobsOffered", "fair.countRange", () -> fairs.record(new JobFairForm(today, "p", "630102", "o",
                mine.creditCode(), a, 0, -1)));
        assertEquals(fairRows, count("SELECT COUNT(*) FROM job_fair"), "refusals record no fair");
        assertEquals(fairAudits, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'JobFair'"));

        PlacementView quotaJob = placements.place(new PlacementForm(a, PlacementKind.QUOTA, mine.creditCode(), today));
        assertEquals(mine.name(), quotaJob.employerName());
        PlacementView online = placements.place(new PlacementForm(a, PlacementKind.ONLINE, null, today));
        assertTrue(online.open(), "another kind may be open beside it");
        long placementRows = count("SELECT COUNT(*) FROM employment_placement");
        long placementAudits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EmploymentPlacement'");
        refused("kind", "placement.alreadyOpen", () -> placements.place(new PlacementForm(a, PlacementKind.QUOTA,
                mine.creditCode(), today)));
        refused("employer", "placement.employerRequired", () -> placements.place(new PlacementForm(b,
                PlacementKind.CENTRALISED, " ", today)));
        refused("employer", "employment.employerNotFound", () -> placements.place(new PlacementForm(b,
                PlacementKind.QUOTA, elsewhere.creditCode(), today)));
        refused("startedOn", "date.future", () -> placements.place(new PlacementForm(b, PlacementKind.ONLINE, null,
                today.plusDays(1))));
        assertThrows(ConcurrentChangeException.class, () -> placements.end(quotaJob.id(), quotaJob.version() + 1,
                today));
        StaffLogin.as("chengzhong", "district123");
        refused("placement", "placement.notFound", () -> placements.end(quotaJob.id(), quotaJob.version(), today));
        assertTrue(placements.placements(today, today).stream().noneMatch(p -> p.id() == quotaJob.id()));
        assertTrue(fairs.fairs(today, today).stream().noneMatch(f -> f.id() == fair.id()));
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertThrows(EJBAccessException.class, () -> placements.place(new PlacementForm(b, PlacementKind.ONLINE, null,
                today)));
        assertEquals(placementRows, count("SELECT COUNT(*) FROM employment_placement"), "refusals place nobody");
        assertEquals(placementAudits, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EmploymentPlacement'"));

        StaffLogin.as("chengdong", "district123");
        PlacementView ended = placements.end(quotaJob.id(), quotaJob.version(), today);
        assertFalse(ended.open());
        assertEquals(today, ended.endedOn());
        refused("endedOn", "placement.alreadyEnded", () -> placements.end(quotaJob.id(), ended.version(), today));
        PlacementView again = placements.place(new PlacementForm(a, PlacementKind.QUOTA, mine.creditCode(), today));
        assertTrue(again.open(), "a new placement of the kind once the last one ended");
        assertNull(placements.placements(today, today).stream().filter(p -> p.id() == again.id()).findFirst()
                .orElseThrow().endedOn());
        assertEquals(placementAudits + 2, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type ="
                + " 'EmploymentPlacement'"), "the end and the new placement");
    }

    private static void refused(String field, String key, Executable call) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call, field);
        assertEquals(field, e.field(), e.key());
        if (key != null) {
            assertEquals(key, e.key());
        }
    }

    /** A registered person of 城东区 aged 30-49, with a certificate or without; returns the ID number. */
    private String person(boolean certificate) {
        LocalDate birth = PlatformClock.today().minusYears(30 + RANDOM.nextInt(20)).minusDays(1 + RANDOM.nextInt(360));
        String first17 = "630102" + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), 1 + RANDOM.nextInt(998));
        String id = first17 + IdNumber.checkCharacter(first17);
        long personId = registry.register(new PersonRegistration(id, "就业服务测试", "汉族", "13900000003",
                "测试地址7号", DONGGUAN, "HS" + id, true));
        if (certificate) {
            registry.issueCertificate(personId, DisabilityCategory.HEARING, DisabilityLevel.THREE,
                    PlatformClock.today().minusYears(1));
        }
        return id;
    }

    private EmployerView employer(String division) {
        StringBuilder s = new StringBuilder("91").append(division);
        for (int i = 0; i < 9; i++) {
            s.append((char) ('0' + RANDOM.nextInt(10)));
        }
        String code = s + String.valueOf(CreditCode.checkCharacter(s.toString()));
        return quota.register(new EmployerForm(code, "就业服务测试单位" + RANDOM.nextInt(100000), division,
                EmployerKind.ENTERPRISE, "国家税务总局西宁市税务局"));
    }

    private long certificateOf(String idNumber) throws SQLException {
        return count("SELECT c.id FROM certificate c JOIN person p ON p.id = c.person_id WHERE p.id_number = '"
                + idNumber + "'");
    }

    private String idNumberIn(String county) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT id_number FROM person WHERE division_code LIKE ? ORDER BY id FETCH FIRST 1 ROWS ONLY")) {
            s.setString(1, county + "%");
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "a demo person in " + county);
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
