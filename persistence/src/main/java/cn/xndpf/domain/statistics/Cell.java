package cn.xndpf.domain.statistics;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What a calculator returns: the measure (a count or an amount) of the records sharing one combination of
 * attributes. A null attribute is one the records do not have (a household has no sex) or lack.
 *
 * @param division the division code of the records (a community, township or county code)
 * @param category 1-7
 * @param level    1-4
 * @param sex      M or F
 * @param ageBand  a code of stat_age_band
 * @param urban    1 urban, 0 rural
 */
public record Cell(String division, Integer category, Integer level, String sex, String ageBand, Integer urban,
                   BigDecimal measure) implements Serializable {

    /** The cell's value for a breakdown, {@link Dimension#UNKNOWN_VALUE} where it lacks the attribute. */
    public String valueOf(Dimension d) {
        Object v = switch (d) {
            case TOTAL -> Dimension.TOTAL_VALUE;
            case CATEGORY -> category;
            case LEVEL -> level;
            case SEX -> sex;
            case AGE_BAND -> ageBand;
            case URBAN -> urban;
            case TOWNSHIP -> division == null ? null : division.length() >= 9 ? division.substring(0, 9) : division;
        };
        return v == null ? Dimension.UNKNOWN_VALUE : v.toString();
    }
}
