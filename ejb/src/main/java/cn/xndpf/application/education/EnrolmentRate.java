package cn.xndpf.application.education;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The compulsory-education enrolment rate of a school year in a jurisdiction (残疾儿童义务教育入学率):
 * {@code enrolled} of the {@code children} holding a valid certificate on the school year's first day whose
 * age that day is within the dated age band; {@code percent} null when there are no such children.
 */
public record EnrolmentRate(String schoolYear, LocalDate countedOn, int ageFrom, int ageTo, long children,
                            long enrolled, BigDecimal percent) implements Serializable {
}
