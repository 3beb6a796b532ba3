package cn.xndpf.application.statistics;

import cn.xndpf.domain.accessibility.FacilityKind;
import cn.xndpf.domain.statistics.Cell;
import cn.xndpf.domain.statistics.Dimension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 无障碍 indicators: home modifications (家庭无障碍改造) completed in the period, by the division of the case (a
 * modification is complete when its contractor is paid, which only follows a passed acceptance), households
 * counted once and the amounts paid; and the public facility inventory (无障碍设施台账) at the period's end: of
 * the entries of one kind, each entry's count in force on the period's last day (its latest count dated by then),
 * so a count revised later leaves a past period's figure as it was. Neither names a person, so there are no
 * personal breakdowns.
 */
@ApplicationScoped
public class AccessibilityIndicators implements IndicatorCalculator {

    public static final String HOMES_MODIFIED = "accessibility.homesModified";
    public static final String HOME_PAID = "accessibility.homePaid";
    /** Argument: a {@link FacilityKind} name. */
    public static final String FACILITIES = "accessibility.facilities";

    @Inject
    private CellQuery query;

    @Override
    public Set<String> keys() {
        return Set.of(HOMES_MODIFIED, HOME_PAID, FACILITIES);
    }

    @Override
    public Set<Dimension> dimensions(String key) {
        return EnumSet.of(Dimension.TOWNSHIP);
    }

    /** The whole city in one query a key: each selection filters on the very division column it returns. */

    @Override
    public List<Cell> cells(String key, String argument, CalculationScope s) {
        return switch (key) {
            case HOMES_MODIFIED -> paid("h.household_id", CellQuery.Measure.DISTINCT, s);
            case HOME_PAID -> paid("h.case_id", CellQuery.Measure.AMOUNT, s);
            case FACILITIES -> query.cells("SELECT f.id AS k, f.division_code AS division_code," + CellQuery.NO_PERSON
                    + " c.quantity AS amount FROM accessible_facility f JOIN accessible_facility_count c"
                    + " ON c.facility_id = f.id WHERE f.division_code LIKE ? AND f.kind = ? AND c.counted_on ="
                    + " (SELECT MAX(c2.counted_on) FROM accessible_facility_count c2 WHERE c2.facility_id = f.id"
                    + " AND c2.counted_on <= ?)", List.of(s.countyPattern(), FacilityKind.valueOf(argument).name(),
                    s.to()), CellQuery.Measure.AMOUNT, s);
            default -> throw new IllegalArgumentException(key);
        };
    }

    private List<Cell> paid(String counted, CellQuery.Measure measure, CalculationScope s) {
        return query.cells("SELECT " + counted + " AS k, pc.division_code AS division_code," + CellQuery.NO_PERSON
                + " h.paid_amount AS amount FROM home_modification_case h JOIN program_case pc ON pc.id = h.case_id"
                + " WHERE pc.division_code LIKE ? AND h.paid_on IS NOT NULL AND h.paid_on >= ? AND h.paid_on <= ?",
                List.of(s.countyPattern(), s.from(), s.to()), measure, s);
    }
}
