package cn.xndpf.application.subsidy;

import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.subsidy.RecheckFindingStatus;
import cn.xndpf.domain.subsidy.RecheckReason;
import cn.xndpf.domain.subsidy.RecheckResolution;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.CaseState;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * A re-check finding as staff see it, with the case as it is now (state, level, version for the next
 * action); the person's ID number is masked.
 */
public record FindingView(long id, int version, LocalDate checkDate, RecheckFindingStatus status,
                          List<RecheckReason> reasons, DisabilityLevel certificateLevel,
                          long caseId, String caseNumber, int caseVersion, CaseState caseState, SubsidyType subsidy,
                          DisabilityLevel benefitLevel, LocalDate benefitFrom, LocalDate benefitUntil,
                          String personName, String maskedIdNumber, String divisionCode, LocalDate deathDate,
                          Instant foundAt, Long jobExecution, RecheckResolution resolution, String resolvedBy,
                          Instant resolvedAt, String resolutionNote) implements Serializable {

    public List<String> messages(Locale locale) {
        return reasons.stream().map(r -> r.message(locale)).toList();
    }

    public boolean isOpen() {
        return status == RecheckFindingStatus.OPEN;
    }

    /** The valid certificate's level differs from the level the case is paid at now. */
    public boolean isLevelChange() {
        return certificateLevel != null && certificateLevel != benefitLevel;
    }

    public boolean isRunning() {
        return caseState == CaseState.ACTIVE || caseState == CaseState.SUSPENDED;
    }

    public boolean mayBeSuspended() {
        return caseState == CaseState.ACTIVE;
    }

    public boolean mayBeReinstated() {
        return caseState == CaseState.SUSPENDED;
    }

    /** The last month to pay when the case ends: the month of death if there was one, else the check's month. */
    public YearMonth suggestedLastMonth() {
        return YearMonth.from(deathDate != null ? deathDate : checkDate);
    }
}
