package cn.xndpf.application.statistics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One indicator's figure for an area and period, with the plan's target where one is set.
 *
 * @param value  in the stored unit (yuan, percent, persons, ...)
 * @param target in the stored unit, or null
 */
public record FigureView(IndicatorView indicator, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                         BigDecimal target, String targetSource) implements Serializable {

    /** The value in the indicator's unit as reports show it (万元 with two decimals, persons as integers). */
    public BigDecimal shown() {
        return indicator.unit().display(value);
    }

    public BigDecimal targetShown() {
        return indicator.unit().display(target);
    }

    /** Progress towards the target in percent (value / target x 100), or null without a target. */
    public BigDecimal progress() {
        if (target == null || target.signum() == 0 || value == null) {
            return null;
        }
        return value.multiply(BigDecimal.valueOf(100)).divide(target, 2, RoundingMode.HALF_UP);
    }

    public boolean hasTarget() {
        return target != null;
    }
}
