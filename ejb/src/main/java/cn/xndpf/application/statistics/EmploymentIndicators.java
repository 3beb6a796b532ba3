package cn.xndpf.application.statistics;

import cn.xndpf.domain.statistics.Cell;
import cn.xndpf.domain.statistics.Dimension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 就业 indicators, by the employer's division: disabled people placed under the quota (按比例安排就业, person-times:
 * each employee the annual verification recognised, once per employer and year) and the employment security fund
 * (残疾人就业保障金) due, collected and outstanding. Both belong to a year; a year is in a period when its last day
 * is (so a year's figures appear in its December, its fourth quarter, the year and the five years, once each). An
 * employer is no person, so there are no personal breakdowns.
 */
@ApplicationScoped
public class EmploymentIndicators implements IndicatorCalculator {

    public static final String QUOTA_PLACED = "employment.quotaPlaced";
    public static final String FUND_DUE = "employment.fundDue";
    public static final String FUND_COLLECTED = "employment.fundCollected";
    public static final String FUND_OUTSTANDING = "employment.fundOutstanding";

    @Inject
    private CellQuery query;

    @Override
    public Set<String> keys() {
        return Set.of(QUOTA_PLACED, FUND_DUE, FUND_COLLECTED, FUND_OUTSTANDING);
    }

    @Override
    public Set<Dimension> dimensions(String key) {
        return EnumSet.of(Dimension.TOWNSHIP);
    }

    /** The whole city in one query a key: each selection filters on the very division column it returns. */

    @Override
    public List<Cell> cells(String key, String argument, CalculationScope s) {
        int first = firstYear(s);
        int last = lastYear(s);
        return switch (key) {
            case QUOTA_PLACED -> query.cells("SELECT de.id AS k, e.division_code AS division_code," + CellQuery.NO_PERSON
                    + " 1 AS amount FROM declared_employee de JOIN employment_declaration d ON d.id = de.declaration_id"
                    + " JOIN employer e ON e.id = d.employer_id WHERE e.division_code LIKE ? AND de.outcome = 'RECOGNISED'"
                    + " AND de.declared_year >= ? AND de.declared_year <= ?",
                    List.of(s.countyPattern(), first, last), CellQuery.Measure.ROWS, s);
            case FUND_DUE -> funds("f.due", s, first, last);
            case FUND_COLLECTED -> funds("COALESCE(f.collected, 0)", s, first, last);
            case FUND_OUTSTANDING -> funds("CASE WHEN f.due > COALESCE(f.collected, 0)"
                    + " THEN f.due - COALESCE(f.collected, 0) ELSE 0 END", s, first, last);
            default -> throw new IllegalArgumentException(key);
        };
    }

    private List<Cell> funds(String amount, CalculationScope s, int first, int last) {
        return query.cells("SELECT f.id AS k, f.division_code AS division_code," + CellQuery.NO_PERSON + " " + amount
                + " AS amount FROM security_fund f WHERE f.division_code LIKE ?"
                + " AND f.fund_year >= ? AND f.fund_year <= ?", List.of(s.countyPattern(), first, last),
                CellQuery.Measure.AMOUNT, s);
    }

    /** The first year whose last day lies in the period: the period's own first year (its 31 December is not before). */
    static int firstYear(CalculationScope s) {
        return s.from().getYear();
    }

    /** The last year whose last day lies in the period. */
    static int lastYear(CalculationScope s) {
        return s.to().getMonthValue() == 12 && s.to().getDayOfMonth() == 31 ? s.to().getYear() : s.to().getYear() - 1;
    }
}
