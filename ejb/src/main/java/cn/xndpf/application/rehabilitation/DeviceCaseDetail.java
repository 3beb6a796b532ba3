package cn.xndpf.application.rehabilitation;

import cn.xndpf.application.workflow.CaseDetailContributor;
import cn.xndpf.domain.rehabilitation.DeviceCase;
import cn.xndpf.domain.workflow.ProgramCase;
import jakarta.enterprise.context.ApplicationScoped;

/** A device case's line on every case view: the device, given or lent, and once issued where from. */
@ApplicationScoped
public class DeviceCaseDetail implements CaseDetailContributor {

    @Override
    public String detail(ProgramCase c) {
        if (!(c instanceof DeviceCase d)) {
            return null;
        }
        String line = d.device().nameZh() + "（" + d.device().supply().chineseName() + "）";
        return d.institution() == null ? line : line + " · " + d.institution().name();
    }
}
