package cn.xndpf.application.statistics;

import cn.xndpf.domain.rights.LegalMatterKind;
import cn.xndpf.domain.statistics.Cell;
import cn.xndpf.domain.statistics.Dimension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 权益保障 indicators: petitions received, closed, and the closure rate (of those accepted in the period, the
 * share closed by its last day; one not accepted is outside it), and legal matters of a kind (the argument, a
 * {@link LegalMatterKind} name) recorded in the period. All by the responsible division; a petitioner or person
 * helped need not be registered, so there are no personal breakdowns. The fuel subsidy (机动轮椅车燃油补贴) paid
 * in the period (person-times, amount) is a kernel case of a registered owner: by the case's division and the
 * owner's urban or rural residence.
 */
@ApplicationScoped
public class RightsIndicators implements IndicatorCalculator {

    public static final String PETITIONS_RECEIVED = "rights.petitionsReceived";
    public static final String PETITIONS_CLOSED = "rights.petitionsClosed";
    public static final String PETITIONS_ACCEPTED = "rights.petitionsAccepted";
    public static final String PETITIONS_ACCEPTED_CLOSED = "rights.petitionsAcceptedClosed";
    public static final String LEGAL_MATTERS = "rights.legalMatters";
    /** Fuel subsidies (机动轮椅车燃油补贴) paid in the period: one person and year is one person-time. */
    public static final String FUEL_PAID = "rights.fuelSubsidyPaid";
    /** Their amounts, in yuan. */
    public static final String FUEL_AMOUNT = "rights.fuelSubsidyAmount";

    /** No personal columns, each record counted once. */
    private static final String NO_PERSON_ONE_EACH = CellQuery.NO_PERSON + "1 AS amount";

    @Inject
    private CellQuery query;

    @Override
    public Set<String> keys() {
        return Set.of(PETITIONS_RECEIVED, PETITIONS_CLOSED, PETITIONS_ACCEPTED, PETITIONS_ACCEPTED_CLOSED,
                LEGAL_MATTERS, FUEL_PAID, FUEL_AMOUNT);
    }

    @Override
    public Set<Dimension> dimensions(String key) {
        return FUEL_PAID.equals(key) || FUEL_AMOUNT.equals(key) ? EnumSet.of(Dimension.URBAN, Dimension.TOWNSHIP)
                : EnumSet.of(Dimension.TOWNSHIP);
    }

    /** The whole city in one query a key: each selection filters on the very division column it returns. */

    @Override
    public List<Cell> cells(String key, String argument, CalculationScope s) {
        return switch (key) {
            case PETITIONS_RECEIVED -> petitions("p.received_on >= ? AND p.received_on <= ?", List.of(s.from(), s.to()), s);
            case PETITIONS_CLOSED -> petitions("p.state = 'CLOSED' AND p.closed_on >= ? AND p.closed_on <= ?",
                    List.of(s.from(), s.to()), s);
            case PETITIONS_ACCEPTED -> petitions("p.accepted_on >= ? AND p.accepted_on <= ?", List.of(s.from(), s.to()), s);
            case PETITIONS_ACCEPTED_CLOSED -> petitions("p.accepted_on >= ? AND p.accepted_on <= ?"
                    + " AND p.state = 'CLOSED' AND p.closed_on <= ?", List.of(s.from(), s.to(), s.to()), s);
            case LEGAL_MATTERS -> query.cells("SELECT m.id AS k, m.division_code AS division_code," + NO_PERSON_ONE_EACH
                            + " FROM legal_matter m WHERE m.division_code LIKE ? AND m.kind = ?"
                            + " AND m.opened_on >= ? AND m.opened_on <= ?",
                    List.of(s.countyPattern(), LegalMatterKind.valueOf(argument.trim()).name(), s.from(), s.to()),
                    CellQuery.Measure.ROWS, s);
            case FUEL_PAID -> fuel("1", CellQuery.Measure.ROWS, s);
            case FUEL_AMOUNT -> fuel("f.amount", CellQuery.Measure.AMOUNT, s);
            default -> throw new IllegalArgumentException(key);
        };
    }

    /** Fuel-subsidy cases paid in the period, by the case's (the owner's) division. */
    private List<Cell> fuel(String amount, CellQuery.Measure measure, CalculationScope s) {
        return query.cells("SELECT pc.id AS k, pc.division_code AS division_code,"
                        + " CAST(NULL AS NUMBER(1)) AS category, CAST(NULL AS NUMBER(1)) AS cert_level,"
                        + " CAST(NULL AS VARCHAR(1)) AS sex, CAST(NULL AS DATE) AS birth_date, p.urban AS urban, "
                        + amount + " AS amount FROM program_case pc JOIN fuel_subsidy_case f ON f.case_id = pc.id"
                        + " JOIN person p ON p.id = pc.person_id WHERE pc.division_code LIKE ?"
                        + " AND f.paid_on >= ? AND f.paid_on <= ?",
                List.of(s.countyPattern(), s.from(), s.to()), measure, s);
    }

    private List<Cell> petitions(String condition, List<?> days, CalculationScope s) {
        List<Object> p = new ArrayList<>();
        p.add(s.countyPattern());
        p.addAll(days);
        return query.cells("SELECT p.id AS k, p.division_code AS division_code," + NO_PERSON_ONE_EACH
                + " FROM petition p WHERE p.division_code LIKE ? AND " + condition, p, CellQuery.Measure.ROWS, s);
    }
}
