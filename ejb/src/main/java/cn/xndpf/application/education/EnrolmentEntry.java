package cn.xndpf.application.education;

import cn.xndpf.domain.education.EnrolmentState;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A child of compulsory-school age holding a certificate, as the enrolment list shows them: ID number
 * masked, age on the school year's first day, and what the education bureau reported for that year.
 */
public record EnrolmentEntry(long personId, String name, String maskedIdNumber, String divisionName,
                             LocalDate birthDate, int age, EnrolmentState state, String schoolName)
        implements Serializable {
}
