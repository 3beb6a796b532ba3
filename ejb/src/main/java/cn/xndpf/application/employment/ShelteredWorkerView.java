package cn.xndpf.application.employment;

import cn.xndpf.domain.institution.Enrolment;

import java.io.Serializable;
import java.time.LocalDate;

/** A disabled worker of a sheltered-employment institution (its enrolment), the ID number masked. */
public record ShelteredWorkerView(long enrolmentId, long personId, String idNumber, String name, long institutionId,
                                  String institutionName, LocalDate from, LocalDate to) implements Serializable {

    static ShelteredWorkerView of(Enrolment e) {
        return new ShelteredWorkerView(e.id(), e.person().id(), e.person().idNumber().masked(), e.person().name(),
                e.institution().id(), e.institution().name(), e.period().validFrom(), e.period().validTo());
    }
}
