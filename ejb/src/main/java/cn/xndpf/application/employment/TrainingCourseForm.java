package cn.xndpf.application.employment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A vocational training course as staff enter it; {@code totalCost} in yuan. */
public record TrainingCourseForm(String name, String trade, String organiser, String divisionCode,
                                 LocalDate startsOn, LocalDate endsOn, BigDecimal totalCost) implements Serializable {
}
