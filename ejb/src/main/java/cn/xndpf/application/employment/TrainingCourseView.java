package cn.xndpf.application.employment;

import cn.xndpf.domain.employment.TrainingCourse;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A course as screens see it, with its person-times (人次: attendances) and how many completed it. */
public record TrainingCourseView(long id, String name, String trade, String organiser, String divisionCode,
                                 LocalDate startsOn, LocalDate endsOn, BigDecimal totalCost, int trainees,
                                 int completed) implements Serializable {

    static TrainingCourseView of(TrainingCourse c, int trainees, int completed) {
        return new TrainingCourseView(c.id(), c.name(), c.trade(), c.organiser(), c.division().value(), c.startsOn(),
                c.endsOn(), c.totalCost(), trainees, completed);
    }
}
