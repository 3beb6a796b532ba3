package cn.xndpf.application.statistics;

import cn.xndpf.domain.statistics.Cell;
import cn.xndpf.domain.statistics.Dimension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 就业 indicators. The quota's, by the employer's division: disabled people placed under the quota (按比例安排就业,
 * person-times: each employee the annual verification recognised, once per employer and year) and the employment
 * security fund (残疾人就业保障金) due, collected and outstanding. Both belong to a year; a year is in a period when
 * its last day is (so a year's figures appear in its December, its fourth quarter, the year and the five years, once
 * each). An employer is no person, so there are no personal breakdowns.
 *
 * <p>The services' (就业服务): vocational training person-times (职业技能培训人次) and cost of the courses whose last
 * day lies in the period (a course is counted once it is over, when its cost is what it spent), by the course's
 * division; job fairs (专场招聘会) held in the period, by the fair's; placements (新增就业) starting in the period, by the
 * division recorded with the placement; sheltered-employment institutions (辅助性就业机构) of the shared registry
 * qualified on the period's last day and their workers present that day, by the institution's division, and the
 * subsidies paid for months of the period, by the subsidy's; employment bases (就业创业基地) recognised in the period.
 * No personal breakdowns: the catalogue has no dimension of placement kind, and the services are reported by place.
 */
@ApplicationScoped
public class EmploymentIndicators implements IndicatorCalculator {

    public static final String QUOTA_PLACED = "employment.quotaPlaced";
    public static final String FUND_DUE = "employment.fundDue";
    public static final String FUND_COLLECTED = "employment.fundCollected";
    public static final String FUND_OUTSTANDING = "employment.fundOutstanding";
    public static final String TRAINING_PERSON_TIMES = "employment.trainingPersonTimes";
    public static final String TRAINING_COST = "employment.trainingCost";
    public static final String JOB_FAIRS = "employment.jobFairs";
    public static final String PLACEMENTS = "employment.placements";
    public static final String SHELTERED_INSTITUTIONS = "employment.shelteredInstitutions";
    public static final String SHELTERED_WORKERS = "employment.shelteredWorkers";
    public static final String SHELTERED_SUBSIDY = "employment.shelteredSubsidy";
    public static final String BASES_NEW = "employment.basesNew";

    @Inject
    private CellQuery query;

    @Override
    public Set<String> keys() {
        return Set.of(QUOTA_PLACED, FUND_DUE, FUND_COLLECTED, FUND_OUTSTANDING, TRAINING_PERSON_TIMES, TRAINING_COST,
                JOB_FAIRS, PLACEMENTS, SHELTERED_INSTITUTIONS, SHELTERED_WORKERS, SHELTERED_SUBSIDY, BASES_NEW);
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
            case TRAINING_PERSON_TIMES -> inPeriod("SELECT a.id AS k, c.division_code AS division_code,"
                    + CellQuery.NO_PERSON + " 1 AS amount FROM training_attendance a JOIN training_course c"
                    + " ON c.id = a.course_id WHERE c.division_code LIKE ? AND c.ends_on >= ? AND c.ends_on <= ?",
                    CellQuery.Measure.ROWS, s);
            case TRAINING_COST -> inPeriod("SELECT c.id AS k, c.division_code AS division_code," + CellQuery.NO_PERSON
                    + " c.total_cost AS amount FROM training_course c WHERE c.division_code LIKE ?"
                    + " AND c.ends_on >= ? AND c.ends_on <= ?", CellQuery.Measure.AMOUNT, s);
            case JOB_FAIRS -> inPeriod("SELECT f.id AS k, f.division_code AS division_code," + CellQuery.NO_PERSON
                    + " 1 AS amount FROM job_fair f WHERE f.division_code LIKE ? AND f.held_on >= ? AND f.held_on <= ?",
                    CellQuery.Measure.ROWS, s);
            case PLACEMENTS -> inPeriod("SELECT x.id AS k, x.division_code AS division_code," + CellQuery.NO_PERSON
                    + " 1 AS amount FROM employment_placement x WHERE x.division_code LIKE ?"
                    + " AND x.started_on >= ? AND x.started_on <= ?", CellQuery.Measure.ROWS, s);
            case SHELTERED_INSTITUTIONS -> query.cells("SELECT i.id AS k, i.division_code AS division_code,"
                    + CellQuery.NO_PERSON + " 1 AS amount FROM institution i WHERE i.division_code LIKE ?"
                    + " AND i.kind = 'SHELTERED_EMPLOYMENT' AND i.valid_from <= ? AND (i.valid_to IS NULL OR i.valid_to >= ?)",
                    List.of(s.countyPattern(), s.to(), s.to()), CellQuery.Measure.ROWS, s);
            // one sheltered institution at a time (the service's rule), so a person falls in one cell
            case SHELTERED_WORKERS -> query.cells("SELECT e.person_id AS k, i.division_code AS division_code,"
                    + CellQuery.NO_PERSON + " 1 AS amount FROM institution_enrolment e JOIN institution i"
                    + " ON i.id = e.institution_id WHERE i.division_code LIKE ? AND i.kind = 'SHELTERED_EMPLOYMENT'"
                    + " AND e.service_kind = 'SHELTERED_WORK' AND e.valid_from <= ? AND (e.valid_to IS NULL OR e.valid_to >= ?)",
                    List.of(s.countyPattern(), s.to(), s.to()), CellQuery.Measure.DISTINCT, s);
            // a subsidy's month is its first day, and a period starts on a month's first day
            case SHELTERED_SUBSIDY -> inPeriod("SELECT ss.id AS k, ss.division_code AS division_code,"
                    + CellQuery.NO_PERSON + " ss.amount AS amount FROM sheltered_subsidy ss WHERE ss.division_code LIKE ?"
                    + " AND ss.subsidy_month >= ? AND ss.subsidy_month <= ?", CellQuery.Measure.AMOUNT, s);
            case BASES_NEW -> inPeriod("SELECT b.id AS k, b.division_code AS division_code," + CellQuery.NO_PERSON
                    + " 1 AS amount FROM employment_base b WHERE b.division_code LIKE ?"
                    + " AND b.recognised_on >= ? AND b.recognised_on <= ?", CellQuery.Measure.ROWS, s);
            default -> throw new IllegalArgumentException(key);
        };
    }

    private List<Cell> funds(String amount, CalculationScope s, int first, int last) {
        return query.cells("SELECT f.id AS k, f.division_code AS division_code," + CellQuery.NO_PERSON + " " + amount
                + " AS amount FROM security_fund f WHERE f.division_code LIKE ?"
                + " AND f.fund_year >= ? AND f.fund_year <= ?", List.of(s.countyPattern(), first, last),
                CellQuery.Measure.AMOUNT, s);
    }

    /** A selection of the records whose day lies in the period, its three parameters the division and the days. */
    private List<Cell> inPeriod(String sql, CellQuery.Measure measure, CalculationScope s) {
        return query.cells(sql, List.of(s.countyPattern(), s.from(), s.to()), measure, s);
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
