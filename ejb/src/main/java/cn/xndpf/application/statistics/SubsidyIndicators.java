package cn.xndpf.application.statistics;

import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.shared.PolicySettingRepository;
import cn.xndpf.domain.statistics.Cell;
import cn.xndpf.domain.statistics.Dimension;
import cn.xndpf.domain.subsidy.EligibilityRules;
import cn.xndpf.domain.subsidy.OverlappingBenefitType;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.CaseState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 两项补贴 indicators that need the subsidies' own rules and records: who is eligible on a day (the rules of
 * {@link EligibilityRules} restated in SQL, with the policy settings in force that day), how many of them
 * receive the subsidy, and what was paid. The argument is {@code LIVING}, {@code NURSING} or {@code ALL}
 * (both added up, a person eligible for both counting twice).
 */
@ApplicationScoped
public class SubsidyIndicators implements IndicatorCalculator {

    public static final String ELIGIBLE = "subsidy.eligible";
    public static final String ELIGIBLE_RECIPIENTS = "subsidy.eligibleRecipients";
    public static final String PAID = "subsidy.paid";
    public static final String PAYMENTS = "subsidy.payments";

    private static final Set<Dimension> PERSON_DIMENSIONS = EnumSet.of(Dimension.CATEGORY, Dimension.LEVEL,
            Dimension.SEX, Dimension.AGE_BAND, Dimension.URBAN, Dimension.TOWNSHIP);
    private static final Set<Dimension> PAYMENT_DIMENSIONS = EnumSet.of(Dimension.LEVEL, Dimension.SEX,
            Dimension.AGE_BAND, Dimension.URBAN, Dimension.TOWNSHIP);

    @Inject
    private CellQuery query;

    @Inject
    private PolicySettingRepository settings;

    @Override
    public Set<String> keys() {
        return Set.of(ELIGIBLE, ELIGIBLE_RECIPIENTS, PAID, PAYMENTS);
    }

    @Override
    public Set<Dimension> dimensions(String key) {
        return PAID.equals(key) || PAYMENTS.equals(key) ? PAYMENT_DIMENSIONS : PERSON_DIMENSIONS;
    }

    /** The whole city in one query a key: each selection filters on the very division column it returns. */

    @Override
    public List<Cell> cells(String key, String argument, CalculationScope s) {
        List<Cell> cells = new ArrayList<>();
        for (SubsidyType type : types(argument)) {
            cells.addAll(switch (key) {
                case ELIGIBLE -> eligible(type, s, false);
                case ELIGIBLE_RECIPIENTS -> eligible(type, s, true);
                case PAID -> payments(type, s, CellQuery.Measure.AMOUNT);
                case PAYMENTS -> payments(type, s, CellQuery.Measure.ROWS);
                default -> throw new IllegalArgumentException(key);
            });
        }
        return cells;
    }

    /**
     * Persons eligible on the scope's last day, by their own division: a certificate valid that day, alive,
     * no overlapping benefit excluding the subsidy; for the living subsidy a household on 低保 (or 低收入 where
     * widened), for the nursing subsidy level 1-2 (or 3-4 intellectual or mental where widened) and not in
     * centralised 特困 care. With {@code receiving}, only those whose case of the subsidy is Active then.
     */
    private List<Cell> eligible(SubsidyType type, CalculationScope s, boolean receiving) {
        LocalDate d = s.to();
        List<Object> p = new ArrayList<>();
        // Each further rule is a set the person is (not) in, never a subquery per person: at a million people
        // H2 ran the correlated EXISTS once a row (the living subsidy's coverage 82 s, 26 s as sets, same
        // figures), and a household set narrows the people read through the household index.
        StringBuilder sql = new StringBuilder("SELECT p.id AS k, p.division_code AS division_code,"
                + " c.category AS category, c.cert_level AS cert_level, p.sex AS sex, p.birth_date AS birth_date,"
                + " p.urban AS urban, 1 AS amount FROM person p JOIN certificate c ON c.person_id = p.id"
                + " AND c.issued_on <= ? AND (c.status = 'VALID' OR c.cancelled_on > ?)"
                + " WHERE p.division_code LIKE ? AND (p.death_date IS NULL OR p.death_date > ?)");
        p.addAll(List.of(d, d, s.countyPattern(), d));
        List<String> overlaps = Arrays.stream(OverlappingBenefitType.values()).filter(b -> b.excludes() == type)
                .map(Enum::name).toList();
        if (!overlaps.isEmpty()) {
            sql.append(" AND p.id NOT IN (SELECT b.person_id FROM overlapping_benefit b WHERE b.benefit_type IN (")
                    .append(CellQuery.placeholders(overlaps.size()))
                    .append(") AND b.valid_from <= ? AND (b.valid_to IS NULL OR b.valid_to >= ?))");
            p.addAll(overlaps);
            p.add(d);
            p.add(d);
        }
        if (type == SubsidyType.LIVING) {
            List<String> statuses = new ArrayList<>(List.of(AssistanceStatus.DIBAO.name()));
            if (setting(EligibilityRules.LIVING_INCLUDES_LOW_INCOME, d)) {
                statuses.add(AssistanceStatus.LOW_INCOME.name());
            }
            sql.append(" AND p.household_id IN ").append(householdsWith(statuses.size()));
            p.addAll(statuses);
            p.add(d);
            p.add(d);
        } else {
            sql.append(" AND (c.cert_level IN (1, 2)");
            if (setting(EligibilityRules.NURSING_INCLUDES_LEVEL_3_4_INTELLECTUAL_MENTAL, d)) {
                sql.append(" OR (c.cert_level IN (3, 4) AND c.category IN (")
                        .append(DisabilityCategory.INTELLECTUAL.code()).append(", ")
                        .append(DisabilityCategory.MENTAL.code()).append("))");
            }
            // a person of no household is in none (NOT IN would leave such a person out)
            sql.append(") AND (p.household_id IS NULL OR p.household_id NOT IN ").append(householdsWith(1)).append(")");
            p.add(AssistanceStatus.TEKUN_CENTRALISED.name());
            p.add(d);
            p.add(d);
        }
        if (receiving) {
            sql.append(" AND p.id IN (SELECT pc.person_id FROM program_case pc WHERE pc.program_code = ? AND ")
                    .append(WorkflowIndicators.STATE_BEFORE).append(")");
            p.add(type.programCode());
            p.add(s.endInstant());
            p.add(CaseState.ACTIVE.name());
            p.add(s.endInstant());
        }
        return query.cells(sql.toString(), p, CellQuery.Measure.DISTINCT, s);
    }

    private static String householdsWith(int statuses) {
        return "(SELECT a.household_id FROM household_assistance a WHERE a.status IN (" + CellQuery.placeholders(statuses)
                + ") AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to >= ?))";
    }

    /**
     * Payment lines the bank confirmed paid, in rolls of months within the scope, by the case's division;
     * the level is the one the line was paid at. The lines are summed per case and level before the case and
     * the person are joined (a year at a million people: 2.2 million lines a subsidy, 210,000 sums), so
     * {@code amount} is the sum or the number of the lines and both measures add it up.
     */
    private List<Cell> payments(SubsidyType type, CalculationScope s, CellQuery.Measure measure) {
        String measured = measure == CellQuery.Measure.AMOUNT ? "SUM(l.amount)" : "COUNT(*)";
        return query.cells("SELECT pc.id AS k, pc.division_code AS division_code, CAST(NULL AS NUMBER(1)) AS category,"
                        + " t.benefit_level AS cert_level, p.sex AS sex, p.birth_date AS birth_date, p.urban AS urban,"
                        + " t.amount AS amount FROM (SELECT l.case_id, l.person_id, l.benefit_level, " + measured
                        + " AS amount FROM payment_line l WHERE l.status = 'PAID' AND l.subsidy_type = ?"
                        + " AND l.roll_id IN (SELECT r.id FROM payment_roll r WHERE r.roll_month >= ? AND r.roll_month <= ?)"
                        + " GROUP BY l.case_id, l.person_id, l.benefit_level) t"
                        + " JOIN program_case pc ON pc.id = t.case_id JOIN person p ON p.id = t.person_id"
                        + " WHERE pc.division_code LIKE ?",
                List.of(type.name(), s.from().withDayOfMonth(1), s.to(), s.countyPattern()),
                CellQuery.Measure.AMOUNT, s);
    }

    private boolean setting(String key, LocalDate day) {
        return settings.valueOn(key, day).map(Boolean::parseBoolean).orElse(false);
    }

    static List<SubsidyType> types(String argument) {
        if (argument == null || argument.isBlank() || "ALL".equalsIgnoreCase(argument.trim())) {
            return List.of(SubsidyType.values());
        }
        return List.of(SubsidyType.valueOf(argument.trim()));
    }
}
