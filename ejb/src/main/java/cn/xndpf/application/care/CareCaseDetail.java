package cn.xndpf.application.care;

import cn.xndpf.application.workflow.CaseDetailContributor;
import cn.xndpf.domain.care.CareCase;
import cn.xndpf.domain.workflow.ProgramCase;
import jakarta.enterprise.context.ApplicationScoped;

/** The care program's line on every case view: the kind of care and, once placed, where (日间照料 · 阳光家园). */
@ApplicationScoped
public class CareCaseDetail implements CaseDetailContributor {

    @Override
    public String detail(ProgramCase c) {
        if (!(c instanceof CareCase care)) {
            return null;
        }
        return care.institution() == null ? care.kind().chineseName()
                : care.kind().chineseName() + " · " + care.institution().name();
    }
}
