package cn.xndpf.application.employment;

import java.io.Serializable;
import java.time.LocalDate;

/** A trainee of a course as screens see it: the ID number masked. */
public record TraineeView(String maskedIdNumber, String name, LocalDate enrolledOn, LocalDate completedOn)
        implements Serializable {
}
