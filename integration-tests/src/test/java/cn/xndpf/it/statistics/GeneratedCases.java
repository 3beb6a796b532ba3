package cn.xndpf.it.statistics;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Generated subsidy cases with timelines spread over a span of days, and payment rolls and lines for them,
 * written straight into the tables with a fixed seed: every path of the workflow (returned and resubmitted,
 * rejected, approved and activated, suspended, reinstated, terminated, still under review) and every
 * payment status occur, at dates the workflow screens cannot backdate. Ids are negative, so they never meet
 * the ids the application draws from its sequence; the rolls belong to townships, which real rolls
 * (counties and cities) never do.
 */
final class GeneratedCases {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Random random;
    private long nextCase = -5_000_000;
    private long nextEvent = -9_000_000;
    private long nextRoll = -7_000_000;
    private long nextLine = -8_000_000;

    GeneratedCases(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code count} cases of demo people with a valid certificate, submitted between {@code from} and {@code to}. */
    int write(DataSource ds, int count, LocalDate from, LocalDate to) throws SQLException {
        try (Connection c = ds.getConnection()) {
            List<long[]> people = new ArrayList<>();
            List<String> divisions = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT p.id, p.division_code, c.cert_level FROM person p"
                    + " JOIN certificate c ON c.person_id = p.id AND c.current_cert = 1 WHERE c.status = 'VALID'"
                    + " AND p.division_code LIKE '6301%' AND p.id > 0"
                    // one open subsidy case per person and program (V10): people other tests gave one are left out
                    + " AND NOT EXISTS (SELECT 1 FROM program_case o WHERE o.person_id = p.id AND o.case_kind = 'SUBSIDY'"
                    + " AND o.state NOT IN ('REJECTED', 'TERMINATED')) ORDER BY p.id"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    people.add(new long[]{r.getLong(1), r.getInt(3)});
                    divisions.add(r.getString(2));
                }
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            int written = 0;
            for (int i = 0; i < Math.min(count, order.size()); i++) {
                int k = order.get(i);
                caseOf(c, people.get(k)[0], divisions.get(k), (int) people.get(k)[1], from, to);
                written++;
            }
            return written;
        }
    }

    private void caseOf(Connection c, long person, String division, int level, LocalDate from, LocalDate to)
            throws SQLException {
        boolean living = random.nextBoolean();
        String program = living ? "LIVING_SUBSIDY" : "NURSING_SUBSIDY";
        long id = nextCase--;
        long spanSeconds = Duration.between(from.atStartOfDay(BEIJING), to.plusDays(1).atStartOfDay(BEIJING)).getSeconds();
        Instant t = from.atStartOfDay(BEIJING).toInstant().plusSeconds((long) (random.nextDouble() * spanSeconds));
        LocalDate applied = t.atZone(BEIJING).toLocalDate();
        List<Object[]> events = new ArrayList<>();
        String state = "DRAFT";
        events.add(new Object[]{"CREATED", null, state, t});
        state = step(events, "SUBMITTED", "SUBMITTED", t = later(t));
        LocalDate benefitFrom = null;
        LocalDate benefitUntil = null;
        boolean done = false;
        while (!done) {
            double r = random.nextDouble();
            if (r < 0.12) {
                done = true; // still at its first level
            } else if (r < 0.22) {
                step(events, "REVIEWED", "RETURNED", t = later(t));
                state = step(events, "SUBMITTED", "SUBMITTED", t = later(t));
            } else if (r < 0.30) {
                state = step(events, "REVIEWED", "REJECTED", t = later(t));
                done = true;
            } else {
                step(events, "REVIEWED", "FIRST_REVIEWED", t = later(t));
                step(events, "REVIEWED", "REVIEWED", t = later(t));
                step(events, "REVIEWED", "APPROVED", t = later(t));
                // activation follows approval in the same instant, as the workflow does it: the event id decides
                state = step(events, "ACTIVATED", "ACTIVE", t);
                benefitFrom = applied.withDayOfMonth(1);
                double f = random.nextDouble();
                if (f < 0.2) {
                    state = step(events, "SUSPENDED", "SUSPENDED", t = later(t));
                    if (random.nextBoolean()) {
                        state = step(events, "REINSTATED", "ACTIVE", t = later(t));
                    }
                } else if (f < 0.35) {
                    state = step(events, "TERMINATED", "TERMINATED", t = later(t));
                    LocalDate last = t.atZone(BEIJING).toLocalDate();
                    benefitUntil = last.withDayOfMonth(last.lengthOfMonth());
                }
                done = true;
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO program_case (id, case_kind, program_code, person_id,"
                + " division_code, state, applied_on, benefit_from, benefit_until, created_by, version)"
                + " VALUES (?, 'SUBSIDY', ?, ?, ?, ?, ?, ?, ?, 'it-generated', 0)")) {
            s.setLong(1, id);
            s.setString(2, program);
            s.setLong(3, person);
            s.setString(4, division);
            s.setString(5, state);
            s.setDate(6, Date.valueOf(applied));
            s.setDate(7, benefitFrom == null ? null : Date.valueOf(benefitFrom));
            s.setDate(8, benefitUntil == null ? null : Date.valueOf(benefitUntil));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO subsidy_case (case_id, subsidy_type, benefit_level,"
                + " bank_name, bank_account) VALUES (?, ?, ?, '农业银行', '622848000000000000')")) {
            s.setLong(1, id);
            s.setString(2, living ? "LIVING" : "NURSING");
            s.setInt(3, level);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO case_event (id, case_id, event_type, state_to, actor,"
                + " occurred_at) VALUES (?, ?, ?, ?, 'it-generated', ?)")) {
            for (Object[] e : events) {
                s.setLong(1, nextEvent++);
                s.setLong(2, id);
                s.setString(3, (String) e[0]);
                s.setString(4, (String) e[2]);
                s.setTimestamp(5, Timestamp.from((Instant) e[3]));
                s.addBatch();
            }
            s.executeBatch();
        }
        if (benefitFrom != null) {
            payments(c, id, person, division, living ? "LIVING" : "NURSING", level, benefitFrom,
                    benefitUntil != null ? benefitUntil : to);
        }
    }

    /** A line per month owed (a few months at most), in a roll of the month after, paid, failed or pending. */
    private void payments(Connection c, long caseId, long person, String division, String type, int level,
                          LocalDate first, LocalDate last) throws SQLException {
        String township = division.length() >= 9 ? division.substring(0, 9) : division;
        LocalDate month = first;
        int n = 0;
        while (!month.isAfter(last) && n++ < 4) {
            LocalDate rollMonth = month.plusMonths(random.nextInt(2));
            long roll = roll(c, rollMonth, township);
            double r = random.nextDouble();
            String status = r < 0.75 ? "PAID" : r < 0.9 ? "FAILED" : "PENDING";
            try (PreparedStatement s = c.prepareStatement("INSERT INTO payment_line (id, roll_id, case_id, person_id,"
                    + " subsidy_type, benefit_level, paid_month, amount, attempt, status, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 0)")) {
                s.setLong(1, nextLine--);
                s.setLong(2, roll);
                s.setLong(3, caseId);
                s.setLong(4, person);
                s.setString(5, type);
                s.setInt(6, level);
                s.setDate(7, Date.valueOf(month));
                s.setBigDecimal(8, BigDecimal.valueOf(5000 + random.nextInt(45000), 2));
                s.setString(9, status);
                s.executeUpdate();
            }
            month = month.plusMonths(1);
        }
    }

    private long roll(Connection c, LocalDate month, String township) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM payment_roll WHERE roll_month = ? AND division_code = ?")) {
            s.setDate(1, Date.valueOf(month));
            s.setString(2, township);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return r.getLong(1);
                }
            }
        }
        long id = nextRoll--;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO payment_roll (id, roll_month, division_code, status,"
                + " line_count, total_amount, cases_total, cases_done, created_by, created_at, version)"
                + " VALUES (?, ?, ?, 'COMPLETED', 0, 0, 0, 0, 'it-generated', ?, 0)")) {
            s.setLong(1, id);
            s.setDate(2, Date.valueOf(month));
            s.setString(3, township);
            s.setTimestamp(4, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
        return id;
    }

    private Instant later(Instant t) {
        return t.plusSeconds(3600L + random.nextInt(20 * 24 * 3600));
    }

    private static String step(List<Object[]> events, String type, String to, Instant at) {
        events.add(new Object[]{type, null, to, at});
        return to;
    }
}
