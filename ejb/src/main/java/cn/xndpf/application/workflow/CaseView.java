package cn.xndpf.application.workflow;

import cn.xndpf.domain.workflow.CaseEventType;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.domain.workflow.ReviewLevel;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A case as screens and partners see it, with its timeline; the person's ID number is masked. */
public record CaseView(long id, String caseNumber, int version, String programCode, String programName,
                       long personId, String personName, String maskedIdNumber, String divisionCode,
                       CaseState state, LocalDate appliedOn, ReviewLevel currentLevel, LocalDate levelDue,
                       boolean overdue, LocalDate benefitFrom, LocalDate benefitUntil, String detail,
                       List<Step> timeline) implements Serializable {

    /** One step of the timeline. */
    public record Step(CaseEventType type, ReviewLevel level, ReviewDecision decision, CaseState from,
                       CaseState to, String actor, String reason, Instant at) implements Serializable {
    }
}
