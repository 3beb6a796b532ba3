package cn.xndpf.domain.socialsecurity;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.AssistanceStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Reads the registry for the inclusion in 低保 and 特困. */
public interface InclusionRepository {

    /**
     * The people of the jurisdiction living on {@code day}, whose current certificate was valid on that day with
     * one of {@code levels}, and whose household held one of {@code statuses} on that day; each with every status
     * its household held that day. Ordered by division and person.
     */
    List<InclusionFacts> candidates(DivisionCode jurisdiction, LocalDate day, Set<Integer> levels,
                                    Set<AssistanceStatus> statuses);
}
