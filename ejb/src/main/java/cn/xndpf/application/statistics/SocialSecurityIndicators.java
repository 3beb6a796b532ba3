package cn.xndpf.application.statistics;

import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.shared.PolicySettingRepository;
import cn.xndpf.domain.socialsecurity.InclusionRules;
import cn.xndpf.domain.socialsecurity.InclusionRules.Criteria;
import cn.xndpf.domain.statistics.Cell;
import cn.xndpf.domain.statistics.Dimension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 社会保障 indicators.
 * <ul>
 *   <li>Inclusion in 低保 and 特困 (应保尽保) on the period's last day, by the rule of the dated settings in force
 *       that day ({@link InclusionRules}, as {@code InclusionService} reads it): the eligible (the denominator)
 *       and the included among them (the numerator), each person once, by the person's division, with the
 *       current certificate's category and level.</li>
 *   <li>The basic pension insurance (城乡居民基本养老保险) of the yearly lists: the lines of the lists of the
 *       years the period lies in (one a person and year; a line not yet answered counts), those the partner
 *       answered as insured, and of those the government's share (代缴 or 补贴, in yuan) of the levels the
 *       argument names ("1,2", "3,4"), as fixed when the line was compiled; and the lines answered as insured
 *       in medical insurance (医保). By the division on the line, with its level.</li>
 * </ul>
 */
@ApplicationScoped
public class SocialSecurityIndicators implements IndicatorCalculator {

    /** People eligible for inclusion on the last day (the inclusion rate's denominator). */
    public static final String ELIGIBLE = "socialsecurity.eligible";
    /** The eligible whose household holds 低保 or 特困 that day. */
    public static final String INCLUDED = "socialsecurity.included";
    /** Pension list lines of the period's years. */
    public static final String PENSION_LISTED = "socialsecurity.pensionListed";
    /** Those answered as pension insured. */
    public static final String PENSION_INSURED = "socialsecurity.pensionInsured";
    /** The government's shares of the insured lines of the argument's levels, in yuan. */
    public static final String PENSION_SHARE = "socialsecurity.pensionShare";
    /** Lines answered as insured in medical insurance. */
    public static final String MEDICAL_INSURED = "socialsecurity.medicalInsured";

    @Inject
    private CellQuery query;

    @Inject
    private PolicySettingRepository settings;

    @Override
    public Set<String> keys() {
        return Set.of(ELIGIBLE, INCLUDED, PENSION_LISTED, PENSION_INSURED, PENSION_SHARE, MEDICAL_INSURED);
    }

    @Override
    public Set<Dimension> dimensions(String key) {
        return ELIGIBLE.equals(key) || INCLUDED.equals(key)
                ? EnumSet.of(Dimension.CATEGORY, Dimension.LEVEL, Dimension.SEX, Dimension.AGE_BAND, Dimension.URBAN,
                Dimension.TOWNSHIP)
                : EnumSet.of(Dimension.LEVEL, Dimension.SEX, Dimension.AGE_BAND, Dimension.URBAN, Dimension.TOWNSHIP);
    }

    /** The whole city in one query a key: each selection filters on the very division column it returns. */

    @Override
    public List<Cell> cells(String key, String argument, CalculationScope s) {
        return switch (key) {
            case ELIGIBLE -> inclusion(false, s);
            case INCLUDED -> inclusion(true, s);
            case PENSION_LISTED -> lines("1", "", List.of(), CellQuery.Measure.ROWS, s);
            case PENSION_INSURED -> lines("1", " AND a.pension_insured = 1", List.of(), CellQuery.Measure.ROWS, s);
            case PENSION_SHARE -> {
                List<Integer> levels = levels(argument);
                yield lines("l.government_share", " AND a.pension_insured = 1 AND l.cert_level IN ("
                        + CellQuery.placeholders(levels.size()) + ")", levels, CellQuery.Measure.AMOUNT, s);
            }
            case MEDICAL_INSURED -> lines("1", " AND a.medical_insured = 1", List.of(), CellQuery.Measure.ROWS, s);
            default -> throw new IllegalArgumentException(key);
        };
    }

    /**
     * The eligible (or included) on the scope's last day: the selection {@code InclusionService} makes, by the
     * settings in force that day; none when a setting is missing (the rule then makes nobody eligible).
     */
    private List<Cell> inclusion(boolean included, CalculationScope s) {
        Criteria c = Criteria.of(settings.valueOn(InclusionRules.LEVELS, s.to()).orElse(null),
                settings.valueOn(InclusionRules.POOR_STATUSES, s.to()).orElse(null),
                settings.valueOn(InclusionRules.INCLUDED_STATUSES, s.to()).orElse(null));
        if (c.levels().isEmpty() || c.poor().isEmpty() || (included && c.included().isEmpty())) {
            return List.of();
        }
        List<Object> p = new ArrayList<>(List.of(s.countyPattern(), s.to(), s.to(), s.to()));
        p.addAll(c.levels());
        StringBuilder sql = new StringBuilder("SELECT p.id AS k, p.division_code AS division_code, c.category AS category,"
                + " c.cert_level AS cert_level, p.sex AS sex, p.birth_date AS birth_date, p.urban AS urban, 1 AS amount"
                + " FROM person p JOIN certificate c ON c.person_id = p.id AND c.current_cert = 1"
                + " WHERE p.division_code LIKE ? AND (p.death_date IS NULL OR p.death_date > ?) AND c.issued_on <= ?"
                + " AND (c.status = 'VALID' OR c.cancelled_on > ?) AND c.cert_level IN ("
                + CellQuery.placeholders(c.levels().size()) + ")");
        statusHeld(sql, p, c.poor(), s);
        if (included) {
            statusHeld(sql, p, c.included(), s);
        }
        return query.cells(sql.toString(), p, CellQuery.Measure.DISTINCT, s);
    }

    /** The person's household holds one of {@code statuses} on the scope's last day. */
    private static void statusHeld(StringBuilder sql, List<Object> p, Set<AssistanceStatus> statuses, CalculationScope s) {
        sql.append(" AND EXISTS (SELECT 1 FROM household_assistance x WHERE x.household_id = p.household_id")
                .append(" AND x.valid_from <= ? AND (x.valid_to IS NULL OR x.valid_to >= ?) AND x.status IN (")
                .append(CellQuery.placeholders(statuses.size())).append("))");
        p.add(s.to());
        p.add(s.to());
        statuses.forEach(status -> p.add(status.name()));
    }

    /** The pension list lines of the years from the scope's first to its last day, with their answers. */
    private List<Cell> lines(String amount, String condition, List<Integer> more, CellQuery.Measure measure,
                             CalculationScope s) {
        List<Object> p = new ArrayList<>(List.of(s.countyPattern(), s.from().getYear(), s.to().getYear()));
        p.addAll(more);
        return query.cells("SELECT l.person_id AS k, l.division_code AS division_code, CAST(NULL AS NUMBER(1)) AS category,"
                        + " l.cert_level AS cert_level, p.sex AS sex, p.birth_date AS birth_date, p.urban AS urban, "
                        + amount + " AS amount FROM pension_list_line l JOIN person p ON p.id = l.person_id"
                        + " LEFT JOIN pension_answer a ON a.list_year = l.list_year AND a.person_id = l.person_id"
                        + " WHERE l.division_code LIKE ? AND l.list_year >= ? AND l.list_year <= ?" + condition,
                p, measure, s);
    }

    /** "1,2" → [1, 2]: the catalogue row says which levels an amount covers. */
    private static List<Integer> levels(String argument) {
        List<Integer> out = new ArrayList<>();
        for (String part : (argument == null ? "" : argument).split(",")) {
            if (!part.isBlank()) {
                out.add(Integer.valueOf(part.trim()));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("socialsecurity.pensionShare needs the levels it covers, e.g. 1,2");
        }
        return out;
    }
}
