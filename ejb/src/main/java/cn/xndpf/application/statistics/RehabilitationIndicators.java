package cn.xndpf.application.statistics;

import cn.xndpf.application.rehabilitation.ChildAidService;
import cn.xndpf.application.rehabilitation.DeviceService;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.rehabilitation.ChildAidRules;
import cn.xndpf.domain.shared.PolicySettingRepository;
import cn.xndpf.domain.statistics.Cell;
import cn.xndpf.domain.statistics.Dimension;
import cn.xndpf.domain.workflow.CaseEventType;
import cn.xndpf.domain.workflow.CaseState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 康复 indicators: the money spent on rehabilitation (basic services recorded by designated institutions, the
 * children's aid approved, the devices issued or lent at their catalogue price), the people served, the devices
 * issued, and the two service rates counted as {@code RehabilitationService.rate} and
 * {@code ChildAidService.rate} count them. A basic service is one of {@link #BASIC_SERVICES} recorded by a
 * designated rehabilitation institution; services count where they were recorded (the record's division),
 * cases where the case is, assessments where the assessment was taken.
 */
@ApplicationScoped
public class RehabilitationIndicators implements IndicatorCalculator {

    /** Yuan spent in the period: basic services, children's aid finally approved, devices issued. */
    public static final String FUNDS = "rehabilitation.funds";
    /** Persons a basic service was recorded for on a day of the period, each once. */
    public static final String PEOPLE_SERVED = "rehabilitation.peopleServed";
    /** Devices issued or lent on a day of the period (one case, one item). */
    public static final String DEVICES_ISSUED = "rehabilitation.devicesIssued";
    /** Persons assessed as needing a basic service on a day of the period (the basic rate's denominator). */
    public static final String NEEDING = "rehabilitation.needing";
    /** Those of them served in the period (its numerator). */
    public static final String SERVED_OF_NEEDING = "rehabilitation.servedOfNeeding";
    /** Children assessed as needing in the period at an age within the aid's band (the children's denominator). */
    public static final String CHILDREN_NEEDING = "rehabilitation.childrenNeeding";
    /** Those of them with an aid case of a year of the period approved (its numerator). */
    public static final String CHILDREN_AIDED = "rehabilitation.childrenAided";

    static final String BASIC_SERVICES = "('REHABILITATION_TRAINING', 'DEVICE_FITTING')";
    private static final String CHILD_PROGRAM = ChildAidService.PROGRAM;
    private static final String DEVICE_PROGRAM = DeviceService.PROGRAM;
    /** An aid case counts as aid given once approved, whatever happened to it after. */
    private static final String AIDED_STATES = "('" + CaseState.APPROVED.name() + "', '" + CaseState.ACTIVE.name()
            + "', '" + CaseState.SUSPENDED.name() + "', '" + CaseState.TERMINATED.name() + "')";

    private static final Set<Dimension> PERSON_DIMENSIONS = EnumSet.of(Dimension.SEX, Dimension.AGE_BAND,
            Dimension.URBAN, Dimension.TOWNSHIP);

    @Inject
    private CellQuery query;

    @Inject
    private PolicySettingRepository settings;

    @Override
    public Set<String> keys() {
        return Set.of(FUNDS, PEOPLE_SERVED, DEVICES_ISSUED, NEEDING, SERVED_OF_NEEDING, CHILDREN_NEEDING,
                CHILDREN_AIDED);
    }

    @Override
    public Set<Dimension> dimensions(String key) {
        return PERSON_DIMENSIONS;
    }

    /** The whole city in one query a key: each selection filters on the very division column it returns. */

    @Override
    public List<Cell> cells(String key, String argument, CalculationScope s) {
        return switch (key) {
            case FUNDS -> funds(s);
            case PEOPLE_SERVED -> query.cells(serviceRecords("r.person_id", "r.amount"),
                    List.of(s.from(), s.to(), s.countyPattern()), CellQuery.Measure.DISTINCT, s);
            case DEVICES_ISSUED -> query.cells(devicesIssued(), List.of(DEVICE_PROGRAM, s.from(), s.to(),
                    s.countyPattern()), CellQuery.Measure.ROWS, s);
            case NEEDING -> needing(false, null, s);
            case SERVED_OF_NEEDING -> needing(true, null, s);
            case CHILDREN_NEEDING -> children(false, s);
            case CHILDREN_AIDED -> children(true, s);
            default -> throw new IllegalArgumentException(key);
        };
    }

    private static final String PERSON_COLUMNS = " CAST(NULL AS NUMBER(1)) AS category,"
            + " CAST(NULL AS NUMBER(1)) AS cert_level, p.sex AS sex, p.birth_date AS birth_date, p.urban AS urban,";

    /** Basic services recorded by designated rehabilitation institutions on a day of the period. */
    private static String serviceRecords(String key, String amount) {
        return "SELECT " + key + " AS k, r.division_code AS division_code," + PERSON_COLUMNS + " " + amount
                + " AS amount FROM service_record r JOIN institution i ON i.id = r.institution_id"
                + " JOIN person p ON p.id = r.person_id WHERE i.kind = '" + InstitutionKind.REHABILITATION.name()
                + "' AND r.service_kind IN " + BASIC_SERVICES + " AND r.service_date >= ? AND r.service_date <= ?"
                + " AND r.division_code LIKE ?";
    }

    /** Device cases whose item was issued or lent on a day of the period, at the catalogue row's price. */
    private static String devicesIssued() {
        return "SELECT pc.id AS k, pc.division_code AS division_code," + PERSON_COLUMNS + " d.price AS amount"
                + " FROM program_case pc JOIN device_case dc ON dc.case_id = pc.id"
                + " JOIN assistive_device d ON d.id = dc.device_id JOIN person p ON p.id = pc.person_id"
                + " WHERE pc.program_code = ? AND dc.issued_on >= ? AND dc.issued_on <= ? AND pc.division_code LIKE ?";
    }

    /**
     * The three kinds of spending, each row keyed by its kind and id so that no two share a key: basic
     * services at their recorded amounts, children's aid cases given final approval in the period at their
     * amounts, and devices issued in the period at their catalogue price.
     */
    private List<Cell> funds(CalculationScope s) {
        String aid = "SELECT 2000000000000 + pc.id AS k, pc.division_code AS division_code," + PERSON_COLUMNS
                + " a.amount AS amount FROM program_case pc JOIN child_rehabilitation_case a ON a.case_id = pc.id"
                + " JOIN person p ON p.id = pc.person_id WHERE pc.program_code = ? AND pc.division_code LIKE ?"
                + " AND EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = pc.id AND e.event_type = ?"
                + " AND e.state_to = ? AND e.occurred_at >= ? AND e.occurred_at < ?)";
        String devices = devicesIssued().replaceFirst("pc.id AS k", "4000000000000 + pc.id AS k");
        List<Object> p = new ArrayList<>(List.of(s.from(), s.to(), s.countyPattern(),
                CHILD_PROGRAM, s.countyPattern(), CaseEventType.REVIEWED.name(), CaseState.APPROVED.name(),
                s.fromInstant(), s.endInstant(),
                DEVICE_PROGRAM, s.from(), s.to(), s.countyPattern()));
        return query.cells(serviceRecords("r.id", "r.amount") + " UNION ALL " + aid + " UNION ALL " + devices, p,
                CellQuery.Measure.AMOUNT, s);
    }

    /**
     * People assessed as needing a basic service on a day of the period, by the assessment's division; with
     * {@code served}, only those a basic service was recorded for on a day of the period; with an age band,
     * only assessments of a person of that age on the assessment's day.
     */
    private List<Cell> needing(boolean served, int[] ageBand, CalculationScope s) {
        List<Object> p = new ArrayList<>(List.of(s.from(), s.to(), s.countyPattern()));
        StringBuilder sql = new StringBuilder("SELECT a.person_id AS k, a.division_code AS division_code,")
                .append(PERSON_COLUMNS).append(" 1 AS amount FROM rehabilitation_assessment a")
                .append(" JOIN person p ON p.id = a.person_id WHERE a.needs_service = 1")
                .append(" AND a.assessed_on >= ? AND a.assessed_on <= ? AND a.division_code LIKE ?");
        if (ageBand != null) {
            // aged min..max on the day: born after the day (max + 1) years before, and not after min years before
            sql.append(" AND p.birth_date > ADD_MONTHS(a.assessed_on, ?) AND p.birth_date <= ADD_MONTHS(a.assessed_on, ?)");
            p.add(-12 * (ageBand[1] + 1));
            p.add(-12 * ageBand[0]);
        }
        if (served) {
            sql.append(" AND EXISTS (SELECT 1 FROM service_record r JOIN institution i ON i.id = r.institution_id")
                    .append(" WHERE r.person_id = a.person_id AND i.kind = '")
                    .append(InstitutionKind.REHABILITATION.name()).append("' AND r.service_kind IN ")
                    .append(BASIC_SERVICES).append(" AND r.service_date >= ? AND r.service_date <= ?)");
            p.add(s.from());
            p.add(s.to());
        }
        return query.cells(sql.toString(), p, CellQuery.Measure.DISTINCT, s);
    }

    /**
     * Children needing (the band in force on the period's first day, as the service takes the year's first
     * day); aided: with an aid case of a year of the period approved.
     */
    private List<Cell> children(boolean aided, CalculationScope s) {
        Optional<Integer> min = settings.valueOn(ChildAidRules.MIN_AGE, s.from()).map(Integer::parseInt);
        Optional<Integer> max = settings.valueOn(ChildAidRules.MAX_AGE, s.from()).map(Integer::parseInt);
        if (min.isEmpty() || max.isEmpty()) {
            return List.of();
        }
        List<Cell> needing = needing(false, new int[]{min.get(), max.get()}, s);
        if (!aided) {
            return needing;
        }
        List<Object> p = new ArrayList<>(List.of(s.from(), s.to(), s.countyPattern(),
                -12 * (max.get() + 1), -12 * min.get(), CHILD_PROGRAM, s.from().getYear(), s.to().getYear()));
        return query.cells("SELECT a.person_id AS k, a.division_code AS division_code," + PERSON_COLUMNS
                + " 1 AS amount FROM rehabilitation_assessment a JOIN person p ON p.id = a.person_id"
                + " WHERE a.needs_service = 1 AND a.assessed_on >= ? AND a.assessed_on <= ? AND a.division_code LIKE ?"
                + " AND p.birth_date > ADD_MONTHS(a.assessed_on, ?) AND p.birth_date <= ADD_MONTHS(a.assessed_on, ?)"
                + " AND EXISTS (SELECT 1 FROM program_case pc JOIN child_rehabilitation_case c ON c.case_id = pc.id"
                + " WHERE pc.person_id = a.person_id AND pc.program_code = ? AND c.aid_year >= ? AND c.aid_year <= ?"
                + " AND pc.state IN " + AIDED_STATES + ")", p, CellQuery.Measure.DISTINCT, s);
    }
}
