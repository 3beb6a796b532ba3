package cn.xndpf.application.workflow;

import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.workflow.CaseRepository;
import cn.xndpf.domain.workflow.ProgramCase;
import cn.xndpf.domain.workflow.ReviewPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Turns cases of any program into views; each program adds its own one-line detail. */
@ApplicationScoped
public class CaseViews {

    @Inject
    private CaseRepository cases;

    @Inject
    @Any
    private Instance<CaseDetailContributor> contributors;

    public CaseView of(ProgramCase c) {
        ReviewPlan plan = planOf(c);
        return new CaseView(c.id(), c.caseNumber(), c.version(), c.programCode(), c.program().chineseName(),
                c.person().id(), c.person().name(), c.person().idNumber().masked(), c.division().value(), c.state(),
                c.appliedOn(), stage(plan, c.currentStage()), c.levelDue(), c.isOverdue(PlatformClock.today()),
                c.benefitFrom(), c.benefitUntil(), detail(c),
                c.events().stream().map(e -> new CaseView.Step(e.type(), stage(plan, e.stage()), e.decision(),
                        e.from(), e.to(), e.actor(), e.reason(), e.occurredAt())).toList());
    }

    private String detail(ProgramCase c) {
        for (CaseDetailContributor contributor : contributors) {
            String detail = contributor.detail(c);
            if (detail != null) {
                return detail;
            }
        }
        return null;
    }

    private ReviewPlan planOf(ProgramCase c) {
        try {
            return ReviewPlan.inForce(cases.stages(c.programCode()), c.appliedOn());
        } catch (InvalidValueException noChain) {
            return null;
        }
    }

    /** The names of a stage code; the bare code if the chain no longer names it. */
    static StageName stage(ReviewPlan plan, String code) {
        if (code == null) {
            return null;
        }
        return plan == null ? new StageName(code, code, code)
                : plan.step(code).map(s -> new StageName(code, s.chineseName(), s.englishName()))
                .orElse(new StageName(code, code, code));
    }
}
