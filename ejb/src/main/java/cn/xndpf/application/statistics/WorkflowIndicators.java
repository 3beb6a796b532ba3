package cn.xndpf.application.statistics;

import cn.xndpf.domain.statistics.Cell;
import cn.xndpf.domain.statistics.Dimension;
import cn.xndpf.domain.workflow.CaseEventType;
import cn.xndpf.domain.workflow.CaseState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Indicators of the shared program workflow (业务办件), for any program: the argument lists program codes
 * ({@code LIVING_SUBSIDY} or {@code LIVING_SUBSIDY,NURSING_SUBSIDY}). What happened in a period and the
 * state a case was in at its end are read from the case timeline (case_event), so a period can be
 * counted again later with the same result. Category and level are the person's current certificate's.
 */
@ApplicationScoped
public class WorkflowIndicators implements IndicatorCalculator {

    /** Cases submitted (or submitted again) in the period, each once. */
    public static final String APPLICATIONS = "workflow.applications";
    /** Cases given final approval in the period. */
    public static final String APPROVALS = "workflow.approvals";
    /** Cases whose last step on or before the period's last day left them Active. */
    public static final String ACTIVE_AT_END = "workflow.activeAtEnd";
    /** Persons with at least one such case, each once, by the person's own division. */
    public static final String ACTIVE_PERSONS_AT_END = "workflow.activePersonsAtEnd";

    /**
     * The case's state at an instant: its newest event before it (ties broken by id, the order events were
     * added in) moved it to the state named.
     */
    static final String STATE_BEFORE = "EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = pc.id"
            + " AND e.occurred_at < ? AND e.state_to = ? AND NOT EXISTS (SELECT 1 FROM case_event l"
            + " WHERE l.case_id = e.case_id AND l.occurred_at < ? AND (l.occurred_at > e.occurred_at"
            + " OR (l.occurred_at = e.occurred_at AND l.id > e.id))))";

    private static final String CASE_COLUMNS = "SELECT pc.id AS k, pc.division_code AS division_code,"
            + " cc.category AS category, cc.cert_level AS cert_level, p.sex AS sex, p.birth_date AS birth_date,"
            + " p.urban AS urban, 1 AS amount FROM program_case pc JOIN person p ON p.id = pc.person_id"
            + " LEFT JOIN certificate cc ON cc.person_id = p.id AND cc.current_cert = 1";

    private static final Set<Dimension> DIMENSIONS = EnumSet.of(Dimension.CATEGORY, Dimension.LEVEL, Dimension.SEX,
            Dimension.AGE_BAND, Dimension.URBAN, Dimension.TOWNSHIP);

    @Inject
    private CellQuery query;

    @Override
    public Set<String> keys() {
        return Set.of(APPLICATIONS, APPROVALS, ACTIVE_AT_END, ACTIVE_PERSONS_AT_END);
    }

    @Override
    public Set<Dimension> dimensions(String key) {
        return DIMENSIONS;
    }

    /**
     * The whole city in one query a key: each selection filters on the very division column it returns. The
     * events and cases a figure needs are sets the case or person is in, not a subquery per row: at a million
     * people H2 ran a correlated EXISTS once for every case or person of the city.
     */
    @Override
    public List<Cell> cells(String key, String argument, CalculationScope s) {
        List<String> programs = programs(argument);
        List<Object> params = new ArrayList<>();
        String inPrograms = "pc.program_code IN (" + CellQuery.placeholders(programs.size()) + ")";
        switch (key) {
            case APPLICATIONS, APPROVALS -> {
                params.addAll(programs);
                params.add(s.countyPattern());
                params.add(APPLICATIONS.equals(key) ? CaseEventType.SUBMITTED.name() : CaseEventType.REVIEWED.name());
                params.add(s.fromInstant());
                params.add(s.endInstant());
                String approved = APPROVALS.equals(key) ? " AND e.state_to = '" + CaseState.APPROVED.name() + "'" : "";
                return query.cells(CASE_COLUMNS + " WHERE " + inPrograms + " AND pc.division_code LIKE ?"
                        + " AND pc.id IN (SELECT e.case_id FROM case_event e WHERE e.event_type = ?"
                        + approved + " AND e.occurred_at >= ? AND e.occurred_at < ?)", params,
                        CellQuery.Measure.DISTINCT, s);
            }
            case ACTIVE_AT_END -> {
                params.addAll(programs);
                params.add(s.countyPattern());
                addStateParams(params, s);
                return query.cells(CASE_COLUMNS + " WHERE " + inPrograms + " AND pc.division_code LIKE ? AND "
                        + STATE_BEFORE, params, CellQuery.Measure.DISTINCT, s);
            }
            case ACTIVE_PERSONS_AT_END -> {
                params.add(s.countyPattern());
                params.addAll(programs);
                addStateParams(params, s);
                return query.cells("SELECT p.id AS k, p.division_code AS division_code, cc.category AS category,"
                        + " cc.cert_level AS cert_level, p.sex AS sex, p.birth_date AS birth_date, p.urban AS urban,"
                        + " 1 AS amount FROM person p LEFT JOIN certificate cc ON cc.person_id = p.id"
                        + " AND cc.current_cert = 1 WHERE p.division_code LIKE ? AND p.id IN (SELECT pc.person_id"
                        + " FROM program_case pc WHERE " + inPrograms + " AND "
                        + STATE_BEFORE + ")", params, CellQuery.Measure.DISTINCT, s);
            }
            default -> throw new IllegalArgumentException(key);
        }
    }

    private static void addStateParams(List<Object> params, CalculationScope s) {
        params.add(s.endInstant());
        params.add(CaseState.ACTIVE.name());
        params.add(s.endInstant());
    }

    static List<String> programs(String argument) {
        if (argument == null || argument.isBlank()) {
            throw new IllegalArgumentException("A workflow indicator names its program(s) in calculator_arg");
        }
        return Arrays.stream(argument.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList();
    }
}
