package cn.xndpf.application.employment;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.employment.EmploymentServicesRepository;
import cn.xndpf.domain.employment.TrainingAttendance;
import cn.xndpf.domain.employment.TrainingCourse;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Vocational training (职业技能培训): district and city staff open courses of their jurisdiction, enrol registered
 * disabled people by ID number (a living holder of a valid certificate of their jurisdiction, once per course) and
 * record who completed. Every change is audited in its transaction (ID numbers masked); a refusal changes nothing.
 */
@Stateless
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class TrainingService {

    /** The audit log's entity types. */
    public static final String COURSE = "TrainingCourse";
    public static final String ATTENDANCE = "TrainingAttendance";

    @Inject
    private EmploymentServicesRepository records;

    @Inject
    private PersonRepository people;

    @Inject
    private EmploymentPeople checks;

    @EJB
    private CurrentStaff currentStaff;

    @EJB
    private AuditTrail audit;

    public TrainingCourseView open(TrainingCourseForm f) {
        StaffUser me = currentStaff.require();
        DivisionCode division = f.divisionCode() == null || f.divisionCode().isBlank() ? null
                : DivisionCode.of(f.divisionCode().trim());
        TrainingCourse course = new TrainingCourse(f.name(), f.trade(), f.organiser(), division, f.startsOn(),
                f.endsOn(), f.totalCost());
        checks.division(me, division.value(), "training.divisionRequired");
        records.store(course);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", course.name());
        after.put("trade", course.trade());
        after.put("organiser", course.organiser());
        after.put("division", course.division().value());
        after.put("startsOn", String.valueOf(course.startsOn()));
        after.put("endsOn", String.valueOf(course.endsOn()));
        after.put("totalCost", course.totalCost().toPlainString());
        audit.record(me.username(), AuditAction.CREATE, COURSE, course.id(), division.value(),
                "开设职业技能培训班 training course opened", null, after);
        return TrainingCourseView.of(course, 0, 0);
    }

    /** Enrols a registered living certificate holder of the caller's jurisdiction, once per course. */
    public TraineeView enrol(long courseId, String idNumber) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        TrainingCourse course = course(me, courseId);
        Person p = checks.holder(me, idNumber, "idNumber", today);
        if (records.attendance(course.id(), p.id()).isPresent()) {
            throw new InvalidValueException("idNumber", "training.alreadyEnrolled", p.idNumber().masked());
        }
        TrainingAttendance a = new TrainingAttendance(course.id(), p.id(), today);
        records.store(a);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("course", course.id());
        after.put("idNumber", p.idNumber().value());
        after.put("enrolledOn", String.valueOf(today));
        audit.record(me.username(), AuditAction.CREATE, ATTENDANCE, a.id(), p.division().value(),
                "参加职业技能培训 enrolled in training: " + p.idNumber().masked(), null, after);
        return view(a, p);
    }

    /** Records the day an enrolled person completed the course (结业). */
    public TraineeView complete(long courseId, String idNumber, LocalDate day) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        TrainingCourse course = course(me, courseId);
        Person p = checks.registered(me, idNumber, "idNumber", today);
        TrainingAttendance a = records.attendance(course.id(), p.id())
                .orElseThrow(() -> new InvalidValueException("idNumber", "training.notEnrolled", p.idNumber().masked()));
        a.complete(course, day, today);
        records.store(a);
        audit.record(me.username(), AuditAction.UPDATE, ATTENDANCE, a.id(), p.division().value(),
                "培训结业 training completed: " + p.idNumber().masked(), Map.of("completedOn", "null"),
                Map.of("completedOn", String.valueOf(day)));
        return view(a, p);
    }

    public TrainingCourseView courseView(long courseId) {
        TrainingCourse c = course(currentStaff.require(), courseId);
        return summary(c);
    }

    /** The courses of the caller's jurisdiction running at some time in a period, newest first. */
    public List<TrainingCourseView> courses(LocalDate from, LocalDate to) {
        StaffUser me = currentStaff.require();
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidValueException("from", "legal.periodRequired");
        }
        return records.coursesBetween(me.jurisdiction(), from, to).stream().map(this::summary).toList();
    }

    /** A course's trainees, ID numbers masked. */
    public List<TraineeView> trainees(long courseId) {
        TrainingCourse c = course(currentStaff.require(), courseId);
        return records.attendanceOf(c.id()).stream()
                .map(a -> view(a, people.find(a.personId()).orElseThrow())).toList();
    }

    private TrainingCourseView summary(TrainingCourse c) {
        List<TrainingAttendance> all = records.attendanceOf(c.id());
        return TrainingCourseView.of(c, all.size(), (int) all.stream().filter(a -> a.completedOn() != null).count());
    }

    private TrainingCourse course(StaffUser me, long id) {
        return records.course(id).filter(c -> me.jurisdiction().contains(c.division()))
                .orElseThrow(() -> new NotFoundException("course", "training.notFound"));
    }

    private static TraineeView view(TrainingAttendance a, Person p) {
        return new TraineeView(p.idNumber().masked(), p.name(), a.enrolledOn(), a.completedOn());
    }
}
