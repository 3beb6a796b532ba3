package cn.xndpf.application.workflow;

import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.subsidy.SubsidyCase;
import cn.xndpf.domain.workflow.CaseRepository;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ProgramCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns cases into views; programs add their own one-line detail. */
@ApplicationScoped
public class CaseViews {

    @Inject
    private CaseRepository cases;

    public CaseView of(ProgramCase c) {
        String detail = c instanceof SubsidyCase s
                ? s.type().chineseName() + " · " + s.benefitLevel().chineseName() : null;
        return new CaseView(c.id(), c.caseNumber(), c.version(), c.programCode(),
                cases.program(c.programCode()).map(Program::chineseName).orElse(c.programCode()),
                c.person().id(), c.person().name(), c.person().idNumber().masked(), c.division().value(), c.state(),
                c.appliedOn(), c.currentLevel(), c.levelDue(), c.isOverdue(PlatformClock.today()), c.benefitFrom(),
                c.benefitUntil(), detail,
                c.events().stream().map(e -> new CaseView.Step(e.type(), e.level(), e.decision(), e.from(), e.to(),
                        e.actor(), e.reason(), e.occurredAt())).toList());
    }
}
