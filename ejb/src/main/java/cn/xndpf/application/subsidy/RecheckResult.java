package cn.xndpf.application.subsidy;

import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.subsidy.RecheckReason;

import java.io.Serializable;
import java.util.List;

/**
 * What the re-check of one case found on a check date: no reasons when its basis still holds. The level of
 * the valid certificate is kept so that staff can pay the case at it.
 */
public record RecheckResult(long caseId, List<RecheckReason> reasons, DisabilityLevel certificateLevel)
        implements Serializable {

    public RecheckResult {
        reasons = List.copyOf(reasons);
    }

    public boolean basisChanged() {
        return !reasons.isEmpty();
    }
}
