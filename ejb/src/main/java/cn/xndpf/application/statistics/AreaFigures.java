package cn.xndpf.application.statistics;

import cn.xndpf.domain.statistics.Breakdown;
import cn.xndpf.domain.statistics.Dimension;
import cn.xndpf.domain.statistics.Figure;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published figures of one area (a city or other area above county level: its counties added up; a
 * county: its own; a township: its county's TOWNSHIP breakdown), looked up by indicator, breakdown and
 * value. Counts and sums add up; a rate is formed again from the added numerators and denominators.
 */
final class AreaFigures {

    record Sum(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
    }

    private final Map<String, Sum> sums = new HashMap<>();

    private AreaFigures() {
    }

    /** {@code rows} are every county row under the area (or the township's county rows). */
    static AreaFigures of(List<Figure> rows, String township, java.util.Set<String> rateCodes) {
        AreaFigures a = new AreaFigures();
        for (Figure f : rows) {
            Dimension d = f.dimension();
            String v = f.dimensionValue();
            if (township != null) {
                if (d != Dimension.TOWNSHIP || !township.equals(v)) {
                    continue;
                }
                d = Dimension.TOTAL;
                v = Dimension.TOTAL_VALUE;
            }
            a.sums.merge(key(f.indicatorCode(), d, v), new Sum(f.value(), f.numerator(), f.denominator()),
                    (x, y) -> new Sum(x.value.add(y.value), add(x.numerator, y.numerator), add(x.denominator, y.denominator)));
        }
        for (Map.Entry<String, Sum> e : a.sums.entrySet()) {
            String code = e.getKey().substring(0, e.getKey().indexOf('|'));
            Sum s = e.getValue();
            if (rateCodes.contains(code) && s.numerator != null) {
                e.setValue(new Sum(Breakdown.percent(s.numerator, s.denominator), s.numerator, s.denominator));
            }
        }
        return a;
    }

    Optional<Sum> get(String indicatorCode, Dimension d, String value) {
        return Optional.ofNullable(sums.get(key(indicatorCode, d, value)));
    }

    Optional<Sum> total(String indicatorCode) {
        return get(indicatorCode, Dimension.TOTAL, Dimension.TOTAL_VALUE);
    }

    /** The values of a breakdown that have figures, in their natural order. */
    List<String> values(String indicatorCode, Dimension d) {
        String prefix = indicatorCode + "|" + d.name() + "|";
        return sums.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length()))
                .sorted().toList();
    }

    boolean isEmpty() {
        return sums.isEmpty();
    }

    private static String key(String code, Dimension d, String v) {
        return code + "|" + d.name() + "|" + v;
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.add(b);
    }
}
