package cn.xndpf.application.statistics;

import cn.xndpf.domain.care.CareKind;
import cn.xndpf.domain.statistics.Cell;
import cn.xndpf.domain.statistics.Dimension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 托养服务 indicators: who is in care on a day (enrolled with an institution for a kind of care), and what the
 * monthly settlements (阳光家园补助结算) paid the institutions and for how many person-times. Money and
 * person-times count where the institution is (the settlement's division): that is where the subsidy goes.
 * The argument of {@link #IN_CARE} is a {@link CareKind} name or {@code ALL}.
 */
@ApplicationScoped
public class CareIndicators implements IndicatorCalculator {

    /** Persons enrolled for care on the last day, each once, by their own division. */
    public static final String IN_CARE = "care.inCare";
    /**
     * Person-times served (托养服务人次): a person with days or visits settled in a month of the period counts
     * once for each calendar year of the period in which they were served, the way the federation reports it.
     */
    public static final String PERSON_TIMES = "care.personTimes";
    /** The settled subsidy of months in the period, in yuan. */
    public static final String SUBSIDY_PAID = "care.subsidyPaid";

    private static final Set<Dimension> PERSON_DIMENSIONS = EnumSet.of(Dimension.CATEGORY, Dimension.LEVEL,
            Dimension.SEX, Dimension.AGE_BAND, Dimension.URBAN, Dimension.TOWNSHIP);
    private static final Set<Dimension> SETTLEMENT_DIMENSIONS = EnumSet.of(Dimension.SEX, Dimension.AGE_BAND,
            Dimension.URBAN, Dimension.TOWNSHIP);

    @Inject
    private CellQuery query;

    @Override
    public Set<String> keys() {
        return Set.of(IN_CARE, PERSON_TIMES, SUBSIDY_PAID);
    }

    @Override
    public Set<Dimension> dimensions(String key) {
        return IN_CARE.equals(key) ? PERSON_DIMENSIONS : SETTLEMENT_DIMENSIONS;
    }

    /** The whole city in one query a key: each selection filters on the very division column it returns. */

    @Override
    public List<Cell> cells(String key, String argument, CalculationScope s) {
        return switch (key) {
            case IN_CARE -> inCare(kinds(argument), s);
            // a person served in a year is one person-time of that year: the key pairs the person with the year
            case PERSON_TIMES -> settled("l.person_id * 10000 + EXTRACT(YEAR FROM st.settlement_month)",
                    " AND l.units > 0", CellQuery.Measure.DISTINCT, s);
            case SUBSIDY_PAID -> settled("l.id", "", CellQuery.Measure.AMOUNT, s);
            default -> throw new IllegalArgumentException(key);
        };
    }

    private List<Cell> inCare(List<CareKind> kinds, CalculationScope s) {
        List<Object> p = new ArrayList<>();
        p.add(s.countyPattern());
        kinds.forEach(k -> p.add(k.service().name()));
        p.add(s.to());
        p.add(s.to());
        return query.cells("SELECT p.id AS k, p.division_code AS division_code, cc.category AS category,"
                + " cc.cert_level AS cert_level, p.sex AS sex, p.birth_date AS birth_date, p.urban AS urban,"
                + " 1 AS amount FROM person p LEFT JOIN certificate cc ON cc.person_id = p.id AND cc.current_cert = 1"
                + " WHERE p.division_code LIKE ? AND EXISTS (SELECT 1 FROM institution_enrolment e"
                + " WHERE e.person_id = p.id AND e.service_kind IN (" + CellQuery.placeholders(kinds.size()) + ")"
                + " AND e.valid_from <= ? AND (e.valid_to IS NULL OR e.valid_to >= ?))", p, CellQuery.Measure.DISTINCT, s);
    }

    /** Settlement lines of months within the scope, by the settlement's (the institution's) division. */
    private List<Cell> settled(String key, String condition, CellQuery.Measure measure, CalculationScope s) {
        return query.cells("SELECT " + key + " AS k, st.division_code AS division_code,"
                        + " CAST(NULL AS NUMBER(1)) AS category, CAST(NULL AS NUMBER(1)) AS cert_level, p.sex AS sex,"
                        + " p.birth_date AS birth_date, p.urban AS urban, l.amount AS amount FROM care_settlement_line l"
                        + " JOIN care_settlement st ON st.id = l.settlement_id JOIN person p ON p.id = l.person_id"
                        + " WHERE st.settlement_month >= ? AND st.settlement_month <= ? AND st.division_code LIKE ?"
                        + condition,
                List.of(s.from().withDayOfMonth(1), s.to(), s.countyPattern()), measure, s);
    }

    static List<CareKind> kinds(String argument) {
        if (argument == null || argument.isBlank() || "ALL".equalsIgnoreCase(argument.trim())) {
            return Arrays.asList(CareKind.values());
        }
        return List.of(CareKind.valueOf(argument.trim()));
    }
}
