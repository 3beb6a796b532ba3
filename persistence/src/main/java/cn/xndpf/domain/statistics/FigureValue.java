package cn.xndpf.domain.statistics;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A computed figure before it is stored: the value of one breakdown cell (or the total) for one indicator,
 * county and period. Rates carry their numerator and denominator so that larger areas can be summed exactly.
 */
public record FigureValue(Dimension dimension, String dimensionValue, BigDecimal value, BigDecimal numerator,
                          BigDecimal denominator) implements Serializable {

    public boolean isTotal() {
        return dimension == Dimension.TOTAL;
    }
}
