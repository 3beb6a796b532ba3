package cn.xndpf.application.rehabilitation;

import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.rehabilitation.RehabilitationAssessment;

import java.io.Serializable;
import java.time.LocalDate;

/** One needs assessment as screens show it. */
public record AssessmentView(long id, long personId, LocalDate assessedOn, boolean needsService,
                             ServiceKind service, String note, String assessedBy) implements Serializable {

    static AssessmentView of(RehabilitationAssessment a) {
        return new AssessmentView(a.id(), a.person().id(), a.assessedOn(), a.needsService(), a.service(), a.note(),
                a.assessedBy());
    }
}
