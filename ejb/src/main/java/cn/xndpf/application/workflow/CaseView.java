package cn.xndpf.application.workflow;

import cn.xndpf.domain.workflow.CaseEventType;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.workflow.ReviewDecision;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as screens and partners see it, with its timeline; the person's ID number is masked.
 * {@code currentLevel} is the review stage the case waits at (null outside review), {@code levelDue} the
 * day its decision is due.
 */
public record CaseView(long id, String caseNumber, int version, String programCode, String programName,
                       long personId, String personName, String maskedIdNumber, String divisionCode,
                       CaseState state, LocalDate appliedOn, StageName currentLevel, LocalDate levelDue,
                       boolean overdue, LocalDate benefitFrom, LocalDate benefitUntil, String detail,
                       List<Step> timeline) implements Serializable {

    /** One step of the timeline; {@code level} is the review stage of a decision, null for other steps. */
    public record Step(CaseEventType type, StageName level, ReviewDecision decision, CaseState from,
                       CaseState to, String actor, String reason, Instant at) implements Serializable {
    }
}
