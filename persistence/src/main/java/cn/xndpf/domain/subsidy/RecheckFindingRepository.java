package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.division.DivisionCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Findings of the subsidies' annual re-check. */
public interface RecheckFindingRepository {

    Optional<RecheckFinding> find(long id);

    /** The finding of a case for a check date, open or resolved (there is at most one). */
    Optional<RecheckFinding> find(SubsidyCase subsidyCase, LocalDate checkDate);

    void store(RecheckFinding finding);

    void remove(RecheckFinding finding);

    /** Open findings within a jurisdiction, newest check date first. */
    List<RecheckFinding> open(DivisionCode jurisdiction, int first, int max);

    long countOpen(DivisionCode jurisdiction);

    /** Every finding of a case, newest first. */
    List<RecheckFinding> findingsOf(SubsidyCase subsidyCase);

    /** Removes the open findings of a check date within a division (the start of a re-run); returns how many. */
    int removeOpen(DivisionCode division, LocalDate checkDate);

    /**
     * Ids of the cases a re-check examines: the running (active or suspended) subsidy cases of a division
     * after {@code afterId}, in id order.
     */
    List<Long> casesToRecheck(DivisionCode division, long afterId);
}
