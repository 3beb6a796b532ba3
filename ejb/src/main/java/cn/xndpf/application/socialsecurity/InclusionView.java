package cn.xndpf.application.socialsecurity;

import cn.xndpf.domain.person.AssistanceStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The inclusion in 低保 and 特困 (应保尽保) of a jurisdiction on a day: the eligible people (ID numbers masked),
 * whether each is included, and the rate of the included among the eligible (null when nobody is eligible).
 */
public record InclusionView(LocalDate day, long eligible, long included, BigDecimal rate, List<Line> people)
        implements Serializable {

    /** One eligible person. */
    public record Line(long personId, String name, String maskedIdNumber, String divisionCode, int level,
                       Set<AssistanceStatus> statuses, boolean included) implements Serializable {
    }
}
