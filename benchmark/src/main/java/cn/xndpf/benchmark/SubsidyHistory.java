package cn.xndpf.benchmark;

import cn.xndpf.application.demo.DemoDataGenerator.DemoPerson;
import cn.xndpf.application.demo.DemoSubsidyCases;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.PolicySetting;
import cn.xndpf.domain.subsidy.RateTable;
import cn.xndpf.domain.subsidy.SubsidyRate;
import cn.xndpf.domain.subsidy.SubsidyType;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two subsidies in the benchmark's data set (两项补贴): an active case for every person and subsidy that
 * the platform's own rules admit, approved through the whole review chain with its timeline, and
 * {@link #MONTHS} months of paid rolls per county before the current month, so the roll that staff start
 * for the current month is the province's ordinary monthly roll: one line per active case.
 *
 * <p>A case's benefit starts, at the earliest, in the first month of those rolls: from the first month
 * since which the rules admitted the person on the first day of every month up to the load day. So the
 * rolls pay every case each month from its benefit's first month without a gap, as the roll job would
 * have, and owe it nothing from before (a case running for years would otherwise be owed years of
 * back-pay by the first roll measured).
 *
 * <p>A share of the admitted pairs gets no case ({@link ImportApplications}): they are the applications the
 * Excel import measurement brings to the platform.
 *
 * <p>Cases are written with the people (JDBC batches); the rolls afterwards, one {@code INSERT ... SELECT}
 * per county and month, at the rates in force in that month.
 */
final class SubsidyHistory implements AutoCloseable {

    /** Months of paid rolls before the current month. */
    static final int MONTHS = 12;

    private static final String ACTOR = "benchmark";
    private static final String BANK = "benchmark-bank";
    private static final String[] BANKS = {"中国农业银行西宁分行", "青海银行", "中国工商银行西宁分行", "中国建设银行青海省分行",
            "西宁农村商业银行"};

    /** The platform's id blocks, drawn by {@link ProvinceDataSet}. */
    interface Ids {
        long next() throws SQLException;
    }

    /** What the rolls wrote. */
    record Rolls(int rolls, long lines, BigDecimal total) {
    }

    private final Connection connection;
    private final Ids ids;
    private final boolean oracle;
    private final LocalDate today;
    private final YearMonth current;
    private final YearMonth first;
    private final DemoSubsidyCases rules;
    private final Map<SubsidyType, List<String>> stages;
    private final PreparedStatement programCase;
    private final PreparedStatement subsidyCase;
    private final PreparedStatement event;
    private final Map<SubsidyType, Long> cases = new EnumMap<>(SubsidyType.class);
    private final ImportApplications forImport;

    SubsidyHistory(Connection connection, Ids ids, boolean oracle, LocalDate today, ImportApplications forImport)
            throws SQLException {
        this.forImport = forImport;
        this.connection = connection;
        this.ids = ids;
        this.oracle = oracle;
        this.today = today;
        this.current = YearMonth.from(today);
        this.first = current.minusMonths(MONTHS);
        // The demo's reading of the rules on generated facts, with the settings stored in the database.
        this.rules = new DemoSubsidyCases(0L, today, Map.of(), settings(connection), List.of());
        this.stages = stages(connection, today);
        this.programCase = connection.prepareStatement("INSERT INTO program_case (id, case_kind, program_code,"
                + " person_id, division_code, state, applied_on, benefit_from, created_by, version)"
                + " VALUES (?, 'SUBSIDY', ?, ?, ?, 'ACTIVE', ?, ?, ?, 1)");
        this.subsidyCase = connection.prepareStatement("INSERT INTO subsidy_case (case_id, subsidy_type,"
                + " benefit_level, bank_name, bank_account) VALUES (?, ?, ?, ?, ?)");
        this.event = connection.prepareStatement("INSERT INTO case_event (id, case_id, event_type, review_level,"
                + " decision, state_from, state_to, actor, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (SubsidyType t : SubsidyType.values()) {
            cases.put(t, 0L);
        }
    }

    @Override
    public void close() throws SQLException {
        programCase.close();
        subsidyCase.close();
        event.close();
    }

    /** The statements in the order their batches must be sent (a case before its subsidy row and events). */
    List<PreparedStatement> statements() {
        return List.of(programCase, subsidyCase, event);
    }

    long cases(SubsidyType type) {
        return cases.get(type);
    }

    /** The person's active cases, one per subsidy the rules admit, but for the pairs left for the import. */
    void write(DemoPerson p, long personId) throws SQLException {
        for (SubsidyType type : SubsidyType.values()) {
            YearMonth from = benefitFrom(p, type);
            if (from != null && !forImport.take(p.person().idNumber().value(), type, bankName(personId),
                    bankAccount(personId), today)) {
                writeCase(p, personId, type, from);
            }
        }
    }

    private static String bankName(long personId) {
        return BANKS[(int) (personId % BANKS.length)];
    }

    private static String bankAccount(long personId) {
        return "6228" + String.format("%015d", personId);
    }

    /**
     * The first month of the rolls' window since which the rules admitted the person on the first day of
     * every month and on the load day; null when they do not admit the person now.
     */
    YearMonth benefitFrom(DemoPerson p, SubsidyType type) {
        if (!rules.qualifies(p, type, today)) {
            return null;
        }
        YearMonth from = null;
        for (YearMonth m = current; !m.isBefore(first); m = m.minusMonths(1)) {
            if (!rules.qualifies(p, type, m.atDay(1))) {
                break;
            }
            from = m;
        }
        return from;
    }

    private void writeCase(DemoPerson p, long personId, SubsidyType type, YearMonth from) throws SQLException {
        long caseId = ids.next();
        LocalDate applied = from.atDay(1).minusDays(20);
        programCase.setLong(1, caseId);
        programCase.setString(2, type.programCode());
        programCase.setLong(3, personId);
        programCase.setString(4, p.person().division().value());
        programCase.setDate(5, Date.valueOf(applied));
        programCase.setDate(6, Date.valueOf(from.atDay(1)));
        programCase.setString(7, ACTOR);
        programCase.addBatch();

        subsidyCase.setLong(1, caseId);
        subsidyCase.setString(2, type.name());
        subsidyCase.setInt(3, p.certificates().get(0).level().code());
        subsidyCase.setString(4, bankName(personId));
        subsidyCase.setString(5, bankAccount(personId));
        subsidyCase.addBatch();

        LocalDateTime at = applied.atTime(9, 0);
        event(caseId, "CREATED", null, null, null, "DRAFT", at);
        event(caseId, "SUBMITTED", null, null, "DRAFT", "SUBMITTED", at.plusMinutes(5));
        List<String> chain = stages.get(type);
        String state = "SUBMITTED";
        for (int i = 0; i < chain.size(); i++) {
            String to = i == chain.size() - 1 ? "APPROVED" : i == 0 ? "FIRST_REVIEWED" : "REVIEWED";
            at = applied.plusDays(3L + 4L * i).atTime(10, 0);
            event(caseId, "REVIEWED", chain.get(i), "APPROVE", state, to, at);
            state = to;
        }
        event(caseId, "ACTIVATED", null, null, "APPROVED", "ACTIVE", at.plusMinutes(1));
        cases.merge(type, 1L, Long::sum);
    }

    private void event(long caseId, String type, String stage, String decision, String from, String to,
                       LocalDateTime at) throws SQLException {
        event.setLong(1, ids.next());
        event.setLong(2, caseId);
        event.setString(3, type);
        event.setString(4, stage);
        event.setString(5, decision);
        event.setString(6, from);
        event.setString(7, to);
        event.setString(8, ACTOR);
        event.setTimestamp(9, Timestamp.valueOf(at));
        event.addBatch();
    }

    /**
     * One completed roll per county and month of the window, paying each active case whose benefit had
     * started by that month at the month's rate, every line paid by the bank. Call after the cases are
     * written and committed.
     */
    Rolls writeRolls() throws SQLException {
        RateTable rates = rates(connection);
        List<String> counties = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT code FROM division WHERE div_level = 'COUNTY' ORDER BY code")) {
            while (rs.next()) {
                counties.add(rs.getString(1));
            }
        }
        String nextId = nextId(oracle);
        int rolls = 0;
        long lines = 0;
        BigDecimal total = BigDecimal.ZERO;
        try (PreparedStatement roll = connection.prepareStatement("INSERT INTO payment_roll (id, roll_month,"
                + " division_code, status, line_count, total_amount, cases_total, cases_done, created_by, created_at,"
                + " run_by, run_started_at, run_ended_at, version)"
                + " VALUES (?, ?, ?, 'COMPLETED', 0, 0, 0, 0, ?, ?, ?, ?, ?, 1)")) {
            for (YearMonth m = first; m.isBefore(current); m = m.plusMonths(1)) {
                Timestamp started = Timestamp.valueOf(m.atDay(25).atTime(9, 0));
                Timestamp ended = Timestamp.valueOf(m.atDay(25).atTime(9, 10));
                Timestamp settled = Timestamp.valueOf(m.atDay(28).atTime(16, 0));
                String amount = amountOf(rates, m);
                // A statement per county, not one for the month: H2 holds an INSERT ... SELECT's rows before
                // inserting them, and a month of a million people's cases (560,000) is more than it keeps in
                // memory (MAX_MEMORY_ROWS), so it wrote them to a temporary file first. The month's rate is
                // written into the statement, so it is prepared once a month.
                try (PreparedStatement insert = connection.prepareStatement(
                        linesOwed("payment_line", nextId, amount, "'PAID'", "?, ?"))) {
                    for (String county : counties) {
                        long rollId = ids.next();
                        roll.setLong(1, rollId);
                        roll.setDate(2, Date.valueOf(m.atDay(1)));
                        roll.setString(3, county);
                        roll.setString(4, ACTOR);
                        roll.setTimestamp(5, started);
                        roll.setString(6, ACTOR);
                        roll.setTimestamp(7, started);
                        roll.setTimestamp(8, ended);
                        roll.executeUpdate();
                        insert.setLong(1, rollId);
                        insert.setDate(2, Date.valueOf(m.atDay(1)));
                        insert.setString(3, "BM" + m.toString().replace("-", "") + "-");
                        insert.setString(4, BANK);
                        insert.setTimestamp(5, settled);
                        insert.setDate(6, Date.valueOf(m.atDay(1)));
                        insert.setString(7, county + "%");
                        lines += insert.executeUpdate();
                        connection.commit();
                        rolls++;
                    }
                }
            }
        }
        // The totals of all rolls from one pass over their lines: the lines' index on the roll is built
        // only after the load (DeferredIndexes), and a sum per roll would read every line each time.
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT roll_id, COUNT(*),"
                + " SUM(amount) FROM payment_line GROUP BY roll_id");
             PreparedStatement totals = connection.prepareStatement("UPDATE payment_roll SET line_count = ?,"
                     + " total_amount = ?, cases_total = ?, cases_done = ? WHERE id = ?")) {
            while (rs.next()) {
                // One line per case: a roll's cases are its lines.
                int written = rs.getInt(2);
                totals.setInt(1, written);
                totals.setBigDecimal(2, rs.getBigDecimal(3));
                totals.setInt(3, written);
                totals.setInt(4, written);
                totals.setLong(5, rs.getLong(1));
                totals.addBatch();
                total = total.add(rs.getBigDecimal(3));
            }
            totals.executeBatch();
        }
        connection.commit();
        return new Rolls(rolls, lines, total);
    }

    /**
     * The one {@code INSERT ... SELECT} that writes a month's line for every active case whose benefit had
     * begun, into {@code table} (the history's rolls, and the benchmark's reference for the roll job). Its
     * parameters: roll id, month paid, bank reference prefix, then those of {@code settledValues}, then the
     * month again (the benefit's start) and the division prefix ({@code LIKE}).
     */
    static String linesOwed(String table, String nextId, String amount, String status, String settledValues) {
        return "INSERT INTO " + table + " (id, roll_id, case_id, person_id, subsidy_type, benefit_level, paid_month,"
                + " amount, attempt, status, bank_name, bank_account, bank_reference, settled_by, settled_at, version)"
                + " SELECT " + nextId + ", ?, c.id, c.person_id, s.subsidy_type, s.benefit_level, ?, " + amount
                + ", 1, " + status + ", s.bank_name, s.bank_account, ? || c.id, " + settledValues + ", 1"
                + " FROM program_case c JOIN subsidy_case s ON s.case_id = c.id"
                + " WHERE c.case_kind = 'SUBSIDY' AND c.state = 'ACTIVE' AND c.benefit_from <= ?"
                + " AND c.division_code LIKE ?";
    }

    static String nextId(boolean oracle) {
        return oracle ? "dpf_seq.NEXTVAL" : "NEXT VALUE FOR dpf_seq";
    }

    /**
     * The month's amount per subsidy and level as one SQL expression, from the platform's own rate lookup;
     * a level without a rate yields NULL, which the NOT NULL amount refuses, as the roll job refuses to pay
     * nothing.
     */
    static String amountOf(RateTable rates, YearMonth month) {
        StringBuilder sql = new StringBuilder("CASE");
        for (SubsidyType t : SubsidyType.values()) {
            for (DisabilityLevel level : DisabilityLevel.values()) {
                Optional<BigDecimal> amount = rates.monthlyAmount(t, level, month.atDay(1));
                if (amount.isPresent()) {
                    sql.append(" WHEN s.subsidy_type = '").append(t.name()).append("' AND s.benefit_level = ")
                            .append(level.code()).append(" THEN ").append(amount.get().setScale(2).toPlainString());
                }
            }
        }
        return sql.append(" END").toString();
    }

    static RateTable rates(Connection connection) throws SQLException {
        List<SubsidyRate> rates = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT subsidy_type, disability_level, monthly_amount, valid_from FROM subsidy_rate")) {
            while (rs.next()) {
                int code = rs.getInt(2);
                DisabilityLevel level = rs.wasNull() ? null : DisabilityLevel.ofCode(code);
                rates.add(new SubsidyRate(SubsidyType.valueOf(rs.getString(1)), level, rs.getBigDecimal(3),
                        rs.getDate(4).toLocalDate()));
            }
        }
        return new RateTable(rates);
    }

    private static Map<String, List<PolicySetting>> settings(Connection connection) throws SQLException {
        Map<String, List<PolicySetting>> settings = new HashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT setting_key, setting_value, valid_from FROM policy_setting WHERE setting_key LIKE 'subsidy.%'")) {
            while (rs.next()) {
                settings.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new PolicySetting(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), null));
            }
        }
        return settings;
    }

    /** Each subsidy's review chain in force on the load day, stage codes in order. */
    private static Map<SubsidyType, List<String>> stages(Connection connection, LocalDate day) throws SQLException {
        Map<SubsidyType, List<String>> stages = new EnumMap<>(SubsidyType.class);
        try (PreparedStatement s = connection.prepareStatement("SELECT stage_code FROM review_chain_stage"
                + " WHERE program_code = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)"
                + " ORDER BY stage_order")) {
            for (SubsidyType t : SubsidyType.values()) {
                s.setString(1, t.programCode());
                s.setDate(2, Date.valueOf(day));
                s.setDate(3, Date.valueOf(day));
                List<String> codes = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        codes.add(rs.getString(1));
                    }
                }
                if (codes.isEmpty()) {
                    throw new IllegalStateException("no review chain in force for " + t.programCode());
                }
                stages.put(t, codes);
            }
        }
        return stages;
    }
}
