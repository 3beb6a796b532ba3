package cn.xndpf.benchmark;

import cn.xndpf.domain.division.DivisionCode;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The roll measurement's other half (issue 10): after the real roll job has made a month's roll, the same
 * lines written by one hand-written {@code INSERT ... SELECT} into a scratch table shaped and indexed like
 * {@code payment_line}, timed in the same run on the same database; and a check that both made the same
 * lines (the same cases at the same amounts), so the comparison is between two ways of doing the same work.
 *
 * <p>Valid on the benchmark's data set, where every active case is owed the current month only
 * ({@link SubsidyHistory}); on any other database the lines would differ and the result says so.
 */
public final class PaymentRollReference {

    static final String SCRATCH = "benchmark_reference_line";

    private PaymentRollReference() {
    }

    /** The job's roll as recorded, the reference's lines and time, and how far they differ. */
    public record Result(String month, String division, String status, long jobLines, BigDecimal jobTotal,
                         double jobSeconds, long referenceLines, BigDecimal referenceTotal, double referenceSeconds,
                         long differingLines) {

        /** The job completed, made lines, and they are exactly the reference's. */
        public boolean complete() {
            return "COMPLETED".equals(status) && jobLines > 0 && jobLines == referenceLines && differingLines == 0
                    && jobTotal.compareTo(referenceTotal) == 0;
        }

        public String toJson() {
            return String.format(Locale.ROOT, "{\"month\":\"%s\",\"division\":\"%s\",\"status\":\"%s\",\"jobLines\":%d,"
                            + "\"jobTotal\":%s,\"jobSeconds\":%.3f,\"referenceLines\":%d,\"referenceTotal\":%s,"
                            + "\"referenceSeconds\":%.3f,\"differingLines\":%d,\"complete\":%b}", month, division, status,
                    jobLines, jobTotal.toPlainString(), jobSeconds, referenceLines, referenceTotal.toPlainString(),
                    referenceSeconds, differingLines, complete());
        }
    }

    /** The roll of {@code month} for {@code division} as the job left it, against the reference. */
    public static Result measure(Connection connection, YearMonth month, DivisionCode division) throws SQLException {
        boolean oracle = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("oracle");
        long rollId;
        String status;
        long jobLines;
        BigDecimal jobTotal;
        double jobSeconds;
        try (PreparedStatement s = connection.prepareStatement("SELECT id, status, line_count, total_amount,"
                + " run_started_at, run_ended_at FROM payment_roll WHERE roll_month = ? AND division_code = ?")) {
            s.setDate(1, Date.valueOf(month.atDay(1)));
            s.setString(2, division.value());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return new Result(month.toString(), division.value(), "ABSENT", 0, BigDecimal.ZERO, 0, 0,
                            BigDecimal.ZERO, 0, 0);
                }
                rollId = rs.getLong(1);
                status = rs.getString(2);
                jobLines = rs.getLong(3);
                jobTotal = rs.getBigDecimal(4);
                Timestamp started = rs.getTimestamp(5);
                Timestamp ended = rs.getTimestamp(6);
                jobSeconds = started == null || ended == null ? 0
                        : Duration.between(started.toInstant(), ended.toInstant()).toMillis() / 1000.0;
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement ddl = connection.createStatement()) {
            dropScratch(ddl);
            ddl.execute("CREATE TABLE " + SCRATCH + " AS SELECT * FROM payment_line WHERE 1 = 0");
            ddl.execute("CREATE UNIQUE INDEX uq_" + SCRATCH + " ON " + SCRATCH + " (case_id, paid_month, attempt)");
            ddl.execute("CREATE INDEX ix_" + SCRATCH + " ON " + SCRATCH + " (roll_id, status)");
            connection.commit();
            long referenceLines;
            long started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(SubsidyHistory.linesOwed(SCRATCH,
                    SubsidyHistory.nextId(oracle), SubsidyHistory.amountOf(SubsidyHistory.rates(connection), month),
                    "'PENDING'", "NULL, NULL"))) {
                insert.setLong(1, rollId);
                insert.setDate(2, Date.valueOf(month.atDay(1)));
                insert.setString(3, "REF-");
                insert.setDate(4, Date.valueOf(month.atDay(1)));
                insert.setString(5, division.prefix() + "%");
                referenceLines = insert.executeUpdate();
                connection.commit();
            }
            double referenceSeconds = (System.nanoTime() - started) / 1e9;
            BigDecimal referenceTotal = decimal(connection, "SELECT COALESCE(SUM(amount), 0) FROM " + SCRATCH);
            String jobsLines = "SELECT case_id, paid_month, amount FROM payment_line WHERE roll_id = " + rollId;
            String referencesLines = "SELECT case_id, paid_month, amount FROM " + SCRATCH;
            long differing = decimal(connection, "SELECT COUNT(*) FROM (" + jobsLines + " MINUS " + referencesLines + ") a")
                    .longValue() + decimal(connection, "SELECT COUNT(*) FROM (" + referencesLines + " MINUS " + jobsLines
                    + ") b").longValue();
            dropScratch(ddl);
            connection.commit();
            return new Result(month.toString(), division.value(), status, jobLines, jobTotal, jobSeconds,
                    referenceLines, referenceTotal, referenceSeconds, differing);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void dropScratch(Statement ddl) throws SQLException {
        try (ResultSet rs = ddl.getConnection().getMetaData().getTables(null, null, null, new String[]{"TABLE"})) {
            while (rs.next()) {
                if (SCRATCH.equalsIgnoreCase(rs.getString("TABLE_NAME"))) {
                    ddl.execute("DROP TABLE " + SCRATCH);
                    return;
                }
            }
        }
    }

    private static BigDecimal decimal(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }
}
