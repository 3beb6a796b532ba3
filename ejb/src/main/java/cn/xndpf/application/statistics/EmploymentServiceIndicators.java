package cn.xndpf.application.statistics;

import cn.xndpf.domain.employment.PlacementKind;
import cn.xndpf.domain.statistics.Cell;
import cn.xndpf.domain.statistics.Dimension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 就业服务 indicators (training/fairs/placements), in the EMPLOYMENT section beside {@link EmploymentIndicators}:
 * vocational training person-times (参加职业技能培训人次: each attendance of a course whose first day lies in the
 * period) and cost (the courses starting in the period), job fairs held (招聘会场次) and placements into new employment
 * (新增就业安置人次: placements starting in the period; the argument names one {@link PlacementKind}, none means every
 * kind). By the course's, fair's or placement's division; no personal breakdowns.
 */
@ApplicationScoped
public class EmploymentServiceIndicators implements IndicatorCalculator {

    public static final String TRAINING_PERSON_TIMES = "employment.trainingPersonTimes";
    public static final String TRAINING_COST = "employment.trainingCost";
    public static final String JOB_FAIRS = "employment.jobFairs";
    public static final String PLACEMENTS = "employment.placements";

    @Inject
    private CellQuery query;

    @Override
    public Set<String> keys() {
        return Set.of(TRAINING_PERSON_TIMES, TRAINING_COST, JOB_FAIRS, PLACEMENTS);
    }

    @Override
    public Set<Dimension> dimensions(String key) {
        return EnumSet.of(Dimension.TOWNSHIP);
    }

    /** The whole city in one query a key: each selection filters on the very division column it returns. */
    @Override
    public List<Cell> cells(String key, String argument, CalculationScope s) {
        return switch (key) {
            case TRAINING_PERSON_TIMES -> query.cells("SELECT a.id AS k, c.division_code AS division_code,"
                    + CellQuery.NO_PERSON + " 1 AS amount FROM training_attendance a JOIN training_course c"
                    + " ON c.id = a.course_id WHERE c.division_code LIKE ? AND c.starts_on >= ? AND c.starts_on <= ?",
                    List.of(s.countyPattern(), s.from(), s.to()), CellQuery.Measure.ROWS, s);
            case TRAINING_COST -> query.cells("SELECT c.id AS k, c.division_code AS division_code," + CellQuery.NO_PERSON
                    + " c.total_cost AS amount FROM training_course c WHERE c.division_code LIKE ?"
                    + " AND c.starts_on >= ? AND c.starts_on <= ?",
                    List.of(s.countyPattern(), s.from(), s.to()), CellQuery.Measure.AMOUNT, s);
            case JOB_FAIRS -> query.cells("SELECT f.id AS k, f.division_code AS division_code," + CellQuery.NO_PERSON
                    + " 1 AS amount FROM job_fair f WHERE f.division_code LIKE ? AND f.held_on >= ? AND f.held_on <= ?",
                    List.of(s.countyPattern(), s.from(), s.to()), CellQuery.Measure.ROWS, s);
            case PLACEMENTS -> argument == null || argument.isBlank()
                    ? query.cells(placements(""), List.of(s.countyPattern(), s.from(), s.to()), CellQuery.Measure.ROWS, s)
                    : query.cells(placements(" AND x.kind = ?"), List.of(s.countyPattern(), s.from(), s.to(),
                    PlacementKind.valueOf(argument.trim()).name()), CellQuery.Measure.ROWS, s);
            default -> throw new IllegalArgumentException(key);
        };
    }

    private static String placements(String kind) {
        return "SELECT x.id AS k, x.division_code AS division_code," + CellQuery.NO_PERSON + " 1 AS amount"
                + " FROM employment_placement x WHERE x.division_code LIKE ? AND x.started_on >= ? AND x.started_on <= ?"
                + kind;
    }
}
