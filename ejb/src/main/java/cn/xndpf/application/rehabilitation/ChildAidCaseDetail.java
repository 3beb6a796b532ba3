package cn.xndpf.application.rehabilitation;

import cn.xndpf.application.workflow.CaseDetailContributor;
import cn.xndpf.domain.rehabilitation.ChildAidCase;
import cn.xndpf.domain.workflow.ProgramCase;
import jakarta.enterprise.context.ApplicationScoped;

/** Children's aid line on every case view: the aid, its year and amount (手术 · 2026年 · 8000.00元). */
@ApplicationScoped
public class ChildAidCaseDetail implements CaseDetailContributor {

    @Override
    public String detail(ProgramCase c) {
        if (!(c instanceof ChildAidCase aid)) {
            return null;
        }
        return aid.kind().chineseName() + " · " + aid.aidYear() + "年 · " + aid.amount().toPlainString() + "元";
    }
}
