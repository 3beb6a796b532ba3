package cn.xndpf.domain.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the cells a calculator returned for one county into the figures stored: the total and one figure
 * per value of each breakdown the indicator lists. Counts, distinct counts and sums add up their cells
 * (a calculator of a distinct count puts each distinct record in exactly one cell); a rate is formed per
 * figure from the summed numerator and denominator.
 */
public final class Breakdown {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Breakdown() {
    }

    /** Figures of a count, distinct count or sum. */
    public static List<FigureValue> of(List<Cell> cells, Set<Dimension> dimensions) {
        List<FigureValue> out = new ArrayList<>();
        for (Dimension d : withTotal(dimensions)) {
            for (Map.Entry<String, BigDecimal> e : sums(cells, d).entrySet()) {
                out.add(new FigureValue(d, e.getKey(), e.getValue().setScale(2, RoundingMode.HALF_UP), null, null));
            }
        }
        return out;
    }

    /** Figures of a rate: numerator / denominator x 100 per figure, 0 where nothing was counted below the line. */
    public static List<FigureValue> rate(List<Cell> numerator, List<Cell> denominator, Set<Dimension> dimensions) {
        List<FigureValue> out = new ArrayList<>();
        for (Dimension d : withTotal(dimensions)) {
            Map<String, BigDecimal> num = sums(numerator, d);
            Map<String, BigDecimal> den = sums(denominator, d);
            TreeMap<String, Boolean> values = new TreeMap<>();
            num.keySet().forEach(k -> values.put(k, true));
            den.keySet().forEach(k -> values.put(k, true));
            for (String v : values.keySet()) {
                BigDecimal n = num.getOrDefault(v, BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
                BigDecimal q = den.getOrDefault(v, BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
                out.add(new FigureValue(d, v, percent(n, q), n, q));
            }
        }
        return out;
    }

    /** numerator / denominator x 100, half-up to two decimals; 0 when the denominator is 0. */
    public static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        if (denominator == null || denominator.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
    }

    private static Set<Dimension> withTotal(Set<Dimension> dimensions) {
        Set<Dimension> all = EnumSet.of(Dimension.TOTAL);
        all.addAll(dimensions);
        return all;
    }

    private static Map<String, BigDecimal> sums(List<Cell> cells, Dimension d) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        if (d == Dimension.TOTAL) {
            // a total always exists, zero when nothing was counted, so "none" is stored as a figure
            sums.put(Dimension.TOTAL_VALUE, BigDecimal.ZERO);
        }
        for (Cell c : cells) {
            sums.merge(c.valueOf(d), c.measure(), BigDecimal::add);
        }
        return sums;
    }
}
