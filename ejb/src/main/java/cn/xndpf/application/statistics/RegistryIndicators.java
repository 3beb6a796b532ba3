package cn.xndpf.application.statistics;

import cn.xndpf.domain.statistics.Cell;
import cn.xndpf.domain.statistics.Dimension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 残疾人证 indicators: certificate holders at a day, their households, certificates issued and cancelled. A
 * certificate counts in the division it belongs to, with its current category and level.
 */
@ApplicationScoped
public class RegistryIndicators implements IndicatorCalculator {

    public static final String HOLDERS = "registry.holders";
    public static final String HOLDER_HOUSEHOLDS = "registry.holderHouseholds";
    public static final String NEW_CERTIFICATES = "registry.newCertificates";
    public static final String CANCELLED_CERTIFICATES = "registry.cancelledCertificates";

    private static final Set<Dimension> PERSON_DIMENSIONS = EnumSet.of(Dimension.CATEGORY, Dimension.LEVEL,
            Dimension.SEX, Dimension.AGE_BAND, Dimension.URBAN, Dimension.TOWNSHIP);

    private static final String CERTIFICATE_COLUMNS = "SELECT c.id AS k, c.division_code AS division_code,"
            + " c.category AS category, c.cert_level AS cert_level, p.sex AS sex, p.birth_date AS birth_date,"
            + " p.urban AS urban, 1 AS amount FROM certificate c JOIN person p ON p.id = c.person_id"
            + " WHERE c.division_code LIKE ?";

    @Inject
    private CellQuery query;

    @Override
    public Set<String> keys() {
        return Set.of(HOLDERS, HOLDER_HOUSEHOLDS, NEW_CERTIFICATES, CANCELLED_CERTIFICATES);
    }

    @Override
    public Set<Dimension> dimensions(String key) {
        return HOLDER_HOUSEHOLDS.equals(key) ? EnumSet.of(Dimension.URBAN, Dimension.TOWNSHIP) : PERSON_DIMENSIONS;
    }

    /** The whole city in one query a key: each selection filters on the very division column it returns. */

    @Override
    public List<Cell> cells(String key, String argument, CalculationScope s) {
        return switch (key) {
            case HOLDERS -> query.cells(CERTIFICATE_COLUMNS + " AND c.issued_on <= ?"
                            + " AND (c.status = 'VALID' OR c.cancelled_on > ?)",
                    List.of(s.countyPattern(), s.to(), s.to()), CellQuery.Measure.ROWS, s);
            // the household's own division and urban status; a household counts once however many hold certificates
            case HOLDER_HOUSEHOLDS -> query.cells("SELECT h.id AS k, h.division_code AS division_code,"
                            + " CAST(NULL AS NUMBER(1)) AS category, CAST(NULL AS NUMBER(1)) AS cert_level,"
                            + " CAST(NULL AS VARCHAR(1)) AS sex, CAST(NULL AS DATE) AS birth_date, h.urban AS urban,"
                            + " 1 AS amount FROM household h WHERE h.division_code LIKE ? AND EXISTS (SELECT 1"
                            + " FROM person p JOIN certificate c ON c.person_id = p.id WHERE p.household_id = h.id"
                            + " AND c.issued_on <= ? AND (c.status = 'VALID' OR c.cancelled_on > ?))",
                    List.of(s.countyPattern(), s.to(), s.to()), CellQuery.Measure.DISTINCT, s);
            case NEW_CERTIFICATES -> query.cells(CERTIFICATE_COLUMNS + " AND c.issued_on >= ? AND c.issued_on <= ?",
                    List.of(s.countyPattern(), s.from(), s.to()), CellQuery.Measure.ROWS, s);
            case CANCELLED_CERTIFICATES -> query.cells(CERTIFICATE_COLUMNS
                            + " AND c.cancelled_on >= ? AND c.cancelled_on <= ?",
                    List.of(s.countyPattern(), s.from(), s.to()), CellQuery.Measure.ROWS, s);
            default -> throw new IllegalArgumentException(key);
        };
    }
}
