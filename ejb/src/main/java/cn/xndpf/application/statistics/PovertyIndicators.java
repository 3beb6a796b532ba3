package cn.xndpf.application.statistics;

import cn.xndpf.domain.statistics.Cell;
import cn.xndpf.domain.statistics.Dimension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 脱贫解困 indicators: households lifted out of poverty (脱贫) in the period, households newly put under
 * return-to-poverty monitoring (防返贫监测) and those whose risk was removed (风险消除), each household once a
 * cell (a household lifted twice in a period is one household lifted); and the neighbour mutual-aid amount
 * (邻里互助) paid in the period, in yuan. All by the division recorded with the row (the household's); a helper
 * need not be registered, so there are no personal breakdowns.
 */
@ApplicationScoped
public class PovertyIndicators implements IndicatorCalculator {

    public static final String LIFTED = "poverty.lifted";
    public static final String MONITORED = "poverty.monitored";
    public static final String RISK_REMOVED = "poverty.riskRemoved";
    /** Mutual-aid months paid on a day within the period, their amounts in yuan. */
    public static final String MUTUAL_AID_PAID = "poverty.mutualAidPaid";

    @Inject
    private CellQuery query;

    @Override
    public Set<String> keys() {
        return Set.of(LIFTED, MONITORED, RISK_REMOVED, MUTUAL_AID_PAID);
    }

    @Override
    public Set<Dimension> dimensions(String key) {
        return EnumSet.of(Dimension.TOWNSHIP);
    }

    /** The whole city in one query a key: each selection filters on the very division column it returns. */

    @Override
    public List<Cell> cells(String key, String argument, CalculationScope s) {
        return switch (key) {
            case LIFTED -> query.cells("SELECT ps.household_id AS k, ps.division_code AS division_code," + CellQuery.NO_PERSON
                            + "1 AS amount FROM poverty_status ps WHERE ps.division_code LIKE ? AND ps.status = 'LIFTED'"
                            + " AND ps.effective_on >= ? AND ps.effective_on <= ?",
                    List.of(s.countyPattern(), s.from(), s.to()), CellQuery.Measure.DISTINCT, s);
            case MONITORED -> monitorings("m.started_on", s);
            case RISK_REMOVED -> monitorings("m.risk_removed_on", s);
            case MUTUAL_AID_PAID -> query.cells("SELECT p.id AS k, p.division_code AS division_code," + CellQuery.NO_PERSON
                            + "p.amount AS amount FROM mutual_aid_payment p WHERE p.division_code LIKE ?"
                            + " AND p.paid_on >= ? AND p.paid_on <= ?",
                    List.of(s.countyPattern(), s.from(), s.to()), CellQuery.Measure.AMOUNT, s);
            default -> throw new IllegalArgumentException(key);
        };
    }

    private List<Cell> monitorings(String day, CalculationScope s) {
        return query.cells("SELECT m.household_id AS k, m.division_code AS division_code," + CellQuery.NO_PERSON
                        + "1 AS amount FROM poverty_monitoring m WHERE m.division_code LIKE ? AND " + day + " >= ?"
                        + " AND " + day + " <= ?",
                List.of(s.countyPattern(), s.from(), s.to()), CellQuery.Measure.DISTINCT, s);
    }
}
