package cn.xndpf.application.workflow;

import cn.xndpf.domain.workflow.ProgramCase;

/**
 * A program's one-line summary of its own cases for {@link CaseView#detail()} (for the subsidies: the
 * subsidy and the rate level). Each program contributes one CDI bean; the kernel never looks inside a
 * program's case type itself.
 */
public interface CaseDetailContributor {

    /** The detail line of {@code c}, or null if {@code c} is not a case of this contributor's program. */
    String detail(ProgramCase c);
}
