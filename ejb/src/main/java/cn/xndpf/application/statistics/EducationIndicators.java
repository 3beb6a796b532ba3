package cn.xndpf.application.statistics;

import cn.xndpf.application.education.EnrolmentReportService;
import cn.xndpf.domain.education.SchoolYear;
import cn.xndpf.domain.shared.PolicySettingRepository;
import cn.xndpf.domain.statistics.Cell;
import cn.xndpf.domain.statistics.Dimension;
import cn.xndpf.domain.workflow.CaseEventType;
import cn.xndpf.domain.workflow.CaseState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 教育 indicators: the grants (助学金) approved in a period (students and amounts), the fee reductions and
 * subsidies of the terms opening in it (person-times and amounts), and the compulsory-education enrolment
 * rate (义务教育入学率) of the school year in progress on the period's last day, counted as
 * {@link EnrolmentReportService#rate} counts it on the screens: children of the dated age band on the school
 * year's first day holding a certificate valid that day, and those of them the education bureau reported
 * enrolled for that year.
 */
@ApplicationScoped
public class EducationIndicators implements IndicatorCalculator {

    /** Students (by ID number, each once) whose grant was finally approved in the period. */
    public static final String GRANT_STUDENTS = "education.grantStudents";
    /** The amounts of the grants finally approved in the period, in yuan. */
    public static final String GRANT_AMOUNT = "education.grantAmount";
    /** The grants paid in the period (by the day of payment), in yuan: what the program counts as paid. */
    public static final String GRANT_PAID = "education.grantPaid";
    /** Fee reliefs of terms whose first day lies in the period: one row is one person-time. */
    public static final String FEE_RELIEFS = "education.feeReliefs";
    /** Their amounts, in yuan. */
    public static final String FEE_RELIEF_AMOUNT = "education.feeReliefAmount";
    /** Children of compulsory-school age holding a certificate (the rate's denominator). */
    public static final String COMPULSORY_CHILDREN = "education.compulsoryChildren";
    /** Those of them reported enrolled (the rate's numerator). */
    public static final String COMPULSORY_ENROLLED = "education.compulsoryEnrolled";

    private static final String GRANT_PROGRAM = "EDUCATION_GRANT";
    private static final Set<Dimension> GRANT_DIMENSIONS = EnumSet.of(Dimension.URBAN, Dimension.TOWNSHIP);
    private static final Set<Dimension> RELIEF_DIMENSIONS = EnumSet.of(Dimension.SEX, Dimension.AGE_BAND,
            Dimension.URBAN, Dimension.TOWNSHIP);
    private static final Set<Dimension> CHILD_DIMENSIONS = EnumSet.of(Dimension.CATEGORY, Dimension.LEVEL,
            Dimension.SEX, Dimension.AGE_BAND, Dimension.URBAN, Dimension.TOWNSHIP);

    @Inject
    private CellQuery query;

    @Inject
    private PolicySettingRepository settings;

    @Override
    public Set<String> keys() {
        return Set.of(GRANT_STUDENTS, GRANT_AMOUNT, GRANT_PAID, FEE_RELIEFS, FEE_RELIEF_AMOUNT, COMPULSORY_CHILDREN,
                COMPULSORY_ENROLLED);
    }

    @Override
    public Set<Dimension> dimensions(String key) {
        return switch (key) {
            case GRANT_STUDENTS, GRANT_AMOUNT, GRANT_PAID -> GRANT_DIMENSIONS;
            case FEE_RELIEFS, FEE_RELIEF_AMOUNT -> RELIEF_DIMENSIONS;
            default -> CHILD_DIMENSIONS;
        };
    }

    /** The whole city in one query a key: each selection filters on the very division column it returns. */

    @Override
    public List<Cell> cells(String key, String argument, CalculationScope s) {
        return switch (key) {
            case GRANT_STUDENTS -> grants("g.student_id_number", "1", CellQuery.Measure.DISTINCT, s);
            case GRANT_AMOUNT -> grants("pc.id", "g.grant_amount", CellQuery.Measure.AMOUNT, s);
            case GRANT_PAID -> paid(s);
            case FEE_RELIEFS -> reliefs(CellQuery.Measure.ROWS, s);
            case FEE_RELIEF_AMOUNT -> reliefs(CellQuery.Measure.AMOUNT, s);
            case COMPULSORY_CHILDREN -> children(false, s);
            case COMPULSORY_ENROLLED -> children(true, s);
            default -> throw new IllegalArgumentException(key);
        };
    }

    /** Grant cases given final approval in the period, by the case's (the holder's) division. */
    private List<Cell> grants(String key, String amount, CellQuery.Measure measure, CalculationScope s) {
        return query.cells("SELECT " + key + " AS k, pc.division_code AS division_code,"
                        + " CAST(NULL AS NUMBER(1)) AS category, CAST(NULL AS NUMBER(1)) AS cert_level,"
                        + " CAST(NULL AS VARCHAR(1)) AS sex, CAST(NULL AS DATE) AS birth_date, p.urban AS urban, "
                        + amount + " AS amount FROM program_case pc JOIN education_grant_case g ON g.case_id = pc.id"
                        + " JOIN person p ON p.id = pc.person_id WHERE pc.program_code = ? AND pc.division_code LIKE ?"
                        + " AND EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = pc.id AND e.event_type = ?"
                        + " AND e.state_to = ? AND e.occurred_at >= ? AND e.occurred_at < ?)",
                List.of(GRANT_PROGRAM, s.countyPattern(), CaseEventType.REVIEWED.name(), CaseState.APPROVED.name(),
                        s.fromInstant(), s.endInstant()), measure, s);
    }

    /** Grant payments whose day lies in the period, by the case's (the holder's) division. */
    private List<Cell> paid(CalculationScope s) {
        return query.cells("SELECT gp.id AS k, gp.division_code AS division_code,"
                        + " CAST(NULL AS NUMBER(1)) AS category, CAST(NULL AS NUMBER(1)) AS cert_level,"
                        + " CAST(NULL AS VARCHAR(1)) AS sex, CAST(NULL AS DATE) AS birth_date, p.urban AS urban,"
                        + " gp.amount AS amount FROM education_grant_payment gp JOIN program_case pc ON pc.id = gp.case_id"
                        + " JOIN person p ON p.id = pc.person_id WHERE gp.division_code LIKE ?"
                        + " AND gp.paid_on >= ? AND gp.paid_on <= ?",
                List.of(s.countyPattern(), s.from(), s.to()), CellQuery.Measure.AMOUNT, s);
    }

    private List<Cell> reliefs(CellQuery.Measure measure, CalculationScope s) {
        List<Object> p = new ArrayList<>();
        p.add(s.countyPattern());
        StringBuilder terms = new StringBuilder();
        // the school years whose terms can open within the scope: from the one before its first day's year
        for (int year = s.from().getYear() - 1; year <= s.to().getYear(); year++) {
            for (int term = 1; term <= 2; term++) {
                LocalDate opens = new SchoolYear(year).termFirstDay(term);
                if (!opens.isBefore(s.from()) && !opens.isAfter(s.to())) {
                    terms.append(terms.isEmpty() ? "" : " OR ").append("(r.school_year = ? AND r.term = ?)");
                    p.add(year);
                    p.add(term);
                }
            }
        }
        if (terms.isEmpty()) {
            return List.of();
        }
        return query.cells("SELECT r.id AS k, r.division_code AS division_code, CAST(NULL AS NUMBER(1)) AS category,"
                + " CAST(NULL AS NUMBER(1)) AS cert_level, p.sex AS sex, p.birth_date AS birth_date, p.urban AS urban,"
                + " r.amount AS amount FROM education_fee_relief r JOIN person p ON p.id = r.person_id"
                + " WHERE r.division_code LIKE ? AND (" + terms + ")", p, measure, s);
    }

    private List<Cell> children(boolean enrolled, CalculationScope s) {
        SchoolYear year = SchoolYear.containing(s.to());
        LocalDate day = year.firstDay();
        Optional<Integer> from = settings.valueOn(EnrolmentReportService.AGE_FROM, day).map(Integer::parseInt);
        Optional<Integer> to = settings.valueOn(EnrolmentReportService.AGE_TO, day).map(Integer::parseInt);
        if (from.isEmpty() || to.isEmpty()) {
            return List.of();
        }
        List<Object> p = new ArrayList<>(List.of(s.countyPattern(), day.minusYears(to.get() + 1L),
                day.minusYears(from.get()), day, day));
        String sql = "SELECT p.id AS k, p.division_code AS division_code, cc.category AS category,"
                + " cc.cert_level AS cert_level, p.sex AS sex, p.birth_date AS birth_date, p.urban AS urban,"
                + " 1 AS amount FROM person p LEFT JOIN certificate cc ON cc.person_id = p.id AND cc.current_cert = 1"
                + " WHERE p.division_code LIKE ? AND p.birth_date > ? AND p.birth_date <= ?"
                + " AND EXISTS (SELECT 1 FROM certificate c WHERE c.person_id = p.id AND c.issued_on <= ?"
                + " AND (c.status = 'VALID' OR c.cancelled_on > ?))";
        if (enrolled) {
            sql += " AND EXISTS (SELECT 1 FROM education_enrolment_report r WHERE r.person_id = p.id"
                    + " AND r.school_year = ? AND r.enrolled = 1)";
            p.add(year.startYear());
        }
        return query.cells(sql, p, CellQuery.Measure.DISTINCT, s);
    }
}
