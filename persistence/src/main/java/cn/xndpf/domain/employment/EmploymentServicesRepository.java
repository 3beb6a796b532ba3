package cn.xndpf.domain.employment;

import cn.xndpf.domain.division.DivisionCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Training courses and their attendance, job fairs and placements (the employment services, 就业服务). */
public interface EmploymentServicesRepository {

    Optional<TrainingCourse> course(long id);

    void store(TrainingCourse course);

    /** Courses of a jurisdiction running at some time from {@code from} to {@code to}, newest first. */
    List<TrainingCourse> coursesBetween(DivisionCode jurisdiction, LocalDate from, LocalDate to);

    Optional<TrainingAttendance> attendance(long courseId, long personId);

    List<TrainingAttendance> attendanceOf(long courseId);

    void store(TrainingAttendance attendance);

    Optional<JobFair> fair(long id);

    void store(JobFair fair);

    /** Fairs of a jurisdiction held from {@code from} to {@code to}, newest first. */
    List<JobFair> fairsBetween(DivisionCode jurisdiction, LocalDate from, LocalDate to);

    Optional<Placement> placement(long id);

    /** The person's open placement of a kind, if any. */
    Optional<Placement> openPlacement(long personId, PlacementKind kind);

    void store(Placement placement);

    /** Placements of a jurisdiction started from {@code from} to {@code to}, newest first. */
    List<Placement> placementsBetween(DivisionCode jurisdiction, LocalDate from, LocalDate to);
}
