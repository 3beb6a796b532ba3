package cn.xndpf.application.statistics;

import cn.xndpf.domain.statistics.Cell;
import cn.xndpf.domain.statistics.Dimension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** 文体 indicators: events held in the period, by the division of the office that held them. */
@ApplicationScoped
public class CultureIndicators implements IndicatorCalculator {

    public static final String EVENTS = "culture.events";

    @Inject
    private CellQuery query;

    @Override
    public Set<String> keys() {
        return Set.of(EVENTS);
    }

    @Override
    public Set<Dimension> dimensions(String key) {
        return EnumSet.of(Dimension.TOWNSHIP);
    }

    /** The whole city in one query a key: each selection filters on the very division column it returns. */

    @Override
    public List<Cell> cells(String key, String argument, CalculationScope s) {
        if (!EVENTS.equals(key)) {
            throw new IllegalArgumentException(key);
        }
        return query.cells("SELECT e.id AS k, e.division_code AS division_code,"
                        + " CAST(NULL AS NUMBER(1)) AS category, CAST(NULL AS NUMBER(1)) AS cert_level,"
                        + " CAST(NULL AS VARCHAR(1)) AS sex, CAST(NULL AS DATE) AS birth_date,"
                        + " CAST(NULL AS NUMBER(1)) AS urban, 1 AS amount FROM culture_event e"
                        + " WHERE e.division_code LIKE ? AND e.held_on >= ? AND e.held_on <= ?",
                List.of(s.countyPattern(), s.from(), s.to()), CellQuery.Measure.ROWS, s);
    }
}
