package cn.xndpf.application.statistics;

import cn.xndpf.domain.statistics.Cell;
import cn.xndpf.domain.statistics.Dimension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 就业 indicators of sheltered employment (辅助性就业) and the employment bases (就业创业基地), apart from the quota's
 * ({@link EmploymentIndicators}): the sheltered-employment institutions qualified on the period's last day and the
 * disabled people working at one that day (both by the institution's division), the subsidies paid to them for the
 * months of the period (by the subsidy's division, the institution's), and the bases recognised on a day of the
 * period (by the base's division). No personal breakdowns.
 */
@ApplicationScoped
public class ShelteredEmploymentIndicators implements IndicatorCalculator {

    public static final String INSTITUTIONS = "employment.shelteredInstitutions";
    public static final String WORKERS = "employment.shelteredWorkers";
    public static final String SUBSIDY_PAID = "employment.shelteredSubsidyPaid";
    public static final String BASES_RECOGNISED = "employment.basesRecognised";

    @Inject
    private CellQuery query;

    @Override
    public Set<String> keys() {
        return Set.of(INSTITUTIONS, WORKERS, SUBSIDY_PAID, BASES_RECOGNISED);
    }

    @Override
    public Set<Dimension> dimensions(String key) {
        return EnumSet.of(Dimension.TOWNSHIP);
    }

    @Override
    public List<Cell> cells(String key, String argument, CalculationScope s) {
        return switch (key) {
            case INSTITUTIONS -> query.cells("SELECT i.id AS k, i.division_code AS division_code," + CellQuery.NO_PERSON
                    + " 1 AS amount FROM institution i WHERE i.division_code LIKE ? AND i.kind = 'SHELTERED_EMPLOYMENT'"
                    + " AND i.valid_from <= ? AND (i.valid_to IS NULL OR i.valid_to >= ?)",
                    List.of(s.countyPattern(), s.to(), s.to()), CellQuery.Measure.ROWS, s);
            // one sheltered institution at a time: a person is in one cell on the day
            case WORKERS -> query.cells("SELECT e.person_id AS k, i.division_code AS division_code," + CellQuery.NO_PERSON
                    + " 1 AS amount FROM institution_enrolment e JOIN institution i ON i.id = e.institution_id"
                    + " WHERE i.division_code LIKE ? AND i.kind = 'SHELTERED_EMPLOYMENT' AND e.service_kind = 'SHELTERED_WORK'"
                    + " AND e.valid_from <= ? AND (e.valid_to IS NULL OR e.valid_to >= ?)",
                    List.of(s.countyPattern(), s.to(), s.to()), CellQuery.Measure.DISTINCT, s);
            case SUBSIDY_PAID -> query.cells("SELECT ss.id AS k, ss.division_code AS division_code," + CellQuery.NO_PERSON
                    + " ss.amount AS amount FROM sheltered_subsidy ss WHERE ss.division_code LIKE ?"
                    + " AND ss.subsidy_month >= ? AND ss.subsidy_month <= ?",
                    List.of(s.countyPattern(), s.from().withDayOfMonth(1), s.to()), CellQuery.Measure.AMOUNT, s);
            case BASES_RECOGNISED -> query.cells("SELECT b.id AS k, b.division_code AS division_code," + CellQuery.NO_PERSON
                    + " 1 AS amount FROM employment_base b WHERE b.division_code LIKE ?"
                    + " AND b.recognised_on >= ? AND b.recognised_on <= ?",
                    List.of(s.countyPattern(), s.from(), s.to()), CellQuery.Measure.ROWS, s);
            default -> throw new IllegalArgumentException(key);
        };
    }
}
