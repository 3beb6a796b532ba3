package cn.xndpf.domain.employment;

import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/**
 * A registered person's real-name attendance of a training course (实名制培训记录): once per course (the unique key
 * {@code uq_training_attendance}), and the day the person completed it (结业), once, within the course and not in the
 * future. Each attendance is one person-time (人次).
 */
@Entity
@Table(name = "training_attendance")
public class TrainingAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Version
    private int version;

    protected TrainingAttendance() {
    }

    public TrainingAttendance(long courseId, long personId, LocalDate today) {
        this.courseId = courseId;
        this.personId = personId;
        this.enrolledOn = today;
    }

    /** Records the day the person completed the course: once, from its first day to the earlier of its last day and today. */
    public void complete(TrainingCourse course, LocalDate day, LocalDate today) {
        if (completedOn != null) {
            throw new InvalidValueException("completedOn", "training.alreadyCompleted", completedOn);
        }
        if (day == null) {
            throw new InvalidValueException("completedOn", "date.required");
        }
        if (day.isAfter(today)) {
            throw new InvalidValueException("completedOn", "date.future");
        }
        if (day.isBefore(course.startsOn()) || day.isAfter(course.endsOn())) {
            throw new InvalidValueException("completedOn", "training.completedOutsideCourse", course.startsOn(),
                    course.endsOn());
        }
        this.completedOn = day;
    }

    public Long id() {
        return id;
    }

    public long courseId() {
        return courseId;
    }

    public long personId() {
        return personId;
    }

    public LocalDate enrolledOn() {
        return enrolledOn;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public int version() {
        return version;
    }
}
