package cn.xndpf.application.institution;

import cn.xndpf.domain.institution.Enrolment;
import cn.xndpf.domain.institution.ServiceKind;

import java.io.Serializable;
import java.time.LocalDate;

/** A person's enrolment with an institution, as screens show it. */
public record EnrolmentView(long id, long personId, long institutionId, String institutionName, ServiceKind service,
                            LocalDate validFrom, LocalDate validTo, Long caseId) implements Serializable {

    static EnrolmentView of(Enrolment e) {
        return new EnrolmentView(e.id(), e.person().id(), e.institution().id(), e.institution().name(), e.service(),
                e.period().validFrom(), e.period().validTo(), e.caseId());
    }
}
