package cn.xndpf.application.rehabilitation;

import cn.xndpf.application.workflow.CaseDetailContributor;
import cn.xndpf.domain.rehabilitation.RehabilitationCase;
import cn.xndpf.domain.workflow.ProgramCase;
import jakarta.enterprise.context.ApplicationScoped;

/** Rehabilitation's line on every case view: the service and, once placed, where (康复训练 · 康复中心). */
@ApplicationScoped
public class RehabilitationCaseDetail implements CaseDetailContributor {

    @Override
    public String detail(ProgramCase c) {
        if (!(c instanceof RehabilitationCase r)) {
            return null;
        }
        return r.institution() == null ? r.service().chineseName()
                : r.service().chineseName() + " · " + r.institution().name();
    }
}
