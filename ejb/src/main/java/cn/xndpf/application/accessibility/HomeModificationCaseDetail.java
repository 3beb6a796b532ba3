package cn.xndpf.application.accessibility;

import cn.xndpf.application.workflow.CaseDetailContributor;
import cn.xndpf.domain.accessibility.HomeModificationCase;
import cn.xndpf.domain.workflow.ProgramCase;
import jakarta.enterprise.context.ApplicationScoped;

/** The home modification's line on every case view: its progress, cap and what was paid (已付款 · 上限6000.00元 · 付款4800.00元). */
@ApplicationScoped
public class HomeModificationCaseDetail implements CaseDetailContributor {

    @Override
    public String detail(ProgramCase c) {
        return c instanceof HomeModificationCase h ? h.stage().chineseName() + " · 上限" + h.costCap().toPlainString()
                + "元" + (h.paidAmount() == null ? "" : " · 付款" + h.paidAmount().toPlainString() + "元") : null;
    }
}
