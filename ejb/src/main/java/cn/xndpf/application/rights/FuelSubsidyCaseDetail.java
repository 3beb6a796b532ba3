package cn.xndpf.application.rights;

import cn.xndpf.application.workflow.CaseDetailContributor;
import cn.xndpf.domain.rights.FuelSubsidyCase;
import cn.xndpf.domain.workflow.ProgramCase;
import jakarta.enterprise.context.ApplicationScoped;

/** The fuel subsidy's line on every case view: year, plate, amount, and the day paid (2025年度 · 青A12345 · 400.00元 · 2025-03-02发放). */
@ApplicationScoped
public class FuelSubsidyCaseDetail implements CaseDetailContributor {

    @Override
    public String detail(ProgramCase c) {
        return c instanceof FuelSubsidyCase f ? f.year() + "年度 · " + f.vehiclePlate() + " · "
                + f.amount().toPlainString() + "元" + (f.paidOn() == null ? "" : " · " + f.paidOn() + "发放") : null;
    }
}
