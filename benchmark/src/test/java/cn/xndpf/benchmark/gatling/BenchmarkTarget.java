package cn.xndpf.benchmark.gatling;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every simulation needs to know about the platform it measures: where it answers, how long to
 * measure, and real identifiers from the loaded registry (a verification of an unknown number measures a
 * 404, not the verification). Set by the benchmark profile as system properties of Gatling's JVM.
 */
final class BenchmarkTarget {

    static final String BASE_URL = System.getProperty("dpf.benchmark.baseUrl", "http://localhost:9080");
    static final Duration MEASURE = Duration.ofSeconds(Long.getLong("dpf.benchmark.seconds", 60));
    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("dpf.benchmark.warmUpSeconds", 20));
    /** The concurrency for the partner path and for staff searching the registry. */
    static final int PARTNERS = 64;
    static final int STAFF = 16;

    private static final int SAMPLE = 5_000;

    private BenchmarkTarget() {
    }

    /** ID numbers of holders of a current certificate: each verification finds one (HTTP 200). */
    static List<Map<String, Object>> holderIdNumbers() {
        List<Map<String, Object>> rows = new ArrayList<>();
        query("SELECT p.id_number FROM person p JOIN certificate c ON c.person_id = p.id AND c.current_cert = 1"
                + " ORDER BY p.id FETCH FIRST " + SAMPLE + " ROWS ONLY", rs -> rows.add(Map.of("idNumber", rs.getString(1))));
        return require(rows, "holders of a current certificate");
    }

    /**
     * What staff type into the search box, in turn: a surname (name prefix), a full ID number, a full
     * certificate number.
     */
    static List<Map<String, Object>> searchTexts() {
        List<Map<String, Object>> rows = new ArrayList<>();
        query("SELECT p.name, p.id_number, c.cert_number FROM person p JOIN certificate c ON c.person_id = p.id"
                + " AND c.current_cert = 1 ORDER BY p.id FETCH FIRST " + SAMPLE + " ROWS ONLY", rs -> {
            rows.add(Map.of("text", rs.getString(1).substring(0, 1)));
            rows.add(Map.of("text", rs.getString(2)));
            rows.add(Map.of("text", rs.getString(3)));
        });
        return require(rows, "people with a certificate");
    }

    /** The status of the roll of {@code month} for {@code division}, or "ABSENT" before it is made. */
    static String rollStatus(java.time.YearMonth month, String division) {
        List<String> status = new ArrayList<>();
        query("SELECT status FROM payment_roll WHERE roll_month = DATE '" + month.atDay(1) + "' AND division_code = '"
                + division + "'", rs -> status.add(rs.getString(1)));
        return status.isEmpty() ? "ABSENT" : status.get(0);
    }

    /**
     * The newest execution of a batch job as the batch runtime recorded it in its own tables (on the platform's
     * database): its status and seconds from start to end (0 while it runs).
     */
    static cn.xndpf.benchmark.StatisticsReference.JobExecution newestExecution(String job) {
        List<cn.xndpf.benchmark.StatisticsReference.JobExecution> found = new ArrayList<>();
        if (!batchTablesExist()) {
            // The batch runtime creates its tables at its first job.
            return cn.xndpf.benchmark.StatisticsReference.JobExecution.ABSENT;
        }
        query("SELECT e.jobexecid, e.batchstatus, e.starttime, e.endtime FROM executioninstancedata e"
                + " JOIN jobinstancedata j ON j.jobinstanceid = e.jobinstanceid WHERE j.name = '" + job + "'"
                + " ORDER BY e.jobexecid DESC FETCH FIRST 1 ROWS ONLY", rs -> {
            java.sql.Timestamp start = rs.getTimestamp(3);
            java.sql.Timestamp end = rs.getTimestamp(4);
            double seconds = start == null || end == null ? 0
                    : Duration.between(start.toInstant(), end.toInstant()).toMillis() / 1000.0;
            found.add(new cn.xndpf.benchmark.StatisticsReference.JobExecution(rs.getLong(1), rs.getString(2), seconds));
        });
        return found.isEmpty() ? cn.xndpf.benchmark.StatisticsReference.JobExecution.ABSENT : found.get(0);
    }

    /** A connection to the platform's database (through the running platform's H2 server). */
    static Connection connection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl());
    }

    private static boolean batchTablesExist() {
        List<String> tables = new ArrayList<>();
        query("SELECT table_name FROM information_schema.tables WHERE UPPER(table_name) = 'EXECUTIONINSTANCEDATA'",
                rs -> tables.add(rs.getString(1)));
        return !tables.isEmpty();
    }

    /** The platform's database as a DataSource (the benchmark's database is H2). */
    static javax.sql.DataSource dataSource() {
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL(jdbcUrl());
        return ds;
    }

    private static String jdbcUrl() {
        String url = System.getProperty("dpf.benchmark.jdbcUrl");
        if (url == null) {
            throw new IllegalStateException("dpf.benchmark.jdbcUrl is not set: run the simulations with -Pbenchmark");
        }
        return url;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(String sql, RowReader reader) {
        String url = jdbcUrl();
        // AUTO_SERVER: the running platform holds the H2 file, this connection goes through it.
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the benchmark's registry at " + url, e);
        }
    }

    private static List<Map<String, Object>> require(List<Map<String, Object>> rows, String what) {
        if (rows.isEmpty()) {
            throw new IllegalStateException("the registry holds no " + what + ": load the data set first");
        }
        return rows;
    }
}
