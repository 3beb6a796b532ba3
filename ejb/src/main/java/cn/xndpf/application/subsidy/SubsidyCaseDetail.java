package cn.xndpf.application.subsidy;

import cn.xndpf.application.workflow.CaseDetailContributor;
import cn.xndpf.domain.subsidy.SubsidyCase;
import cn.xndpf.domain.workflow.ProgramCase;
import jakarta.enterprise.context.ApplicationScoped;

/** The subsidies' line on every case view: which subsidy, at which rate level (生活补贴 · 一级). */
@ApplicationScoped
public class SubsidyCaseDetail implements CaseDetailContributor {

    @Override
    public String detail(ProgramCase c) {
        return c instanceof SubsidyCase s ? s.type().chineseName() + " · " + s.benefitLevel().chineseName() : null;
    }
}
