package cn.xndpf.benchmark;

import cn.xndpf.expected.ExpectedFigures;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference of the statistics measurement compares like with like: a year published with exactly the
 * restated figures of every catalogued indicator is complete and keeps the job's time; one figure off, a figure
 * missing, a failed job or a year never published is not.
 */
class StatisticsReferenceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 10);
    private static final LocalDate YEAR = LocalDate.of(2026, 1, 1);
    private static final String CITY = "630100";
    private static final StatisticsReference.JobExecution DONE = new StatisticsReference.JobExecution(7, "COMPLETED", 42.5);

    @TempDir
    Path dir;

    @Test
    void aYearPublishedWithTheRestatedFiguresIsCompleteAndOneWrongFigureIsNot() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL(ProvinceDataSet.h2Url(Map.of("DPF_DATA_DIR", dir.toString())));
        ProvinceDataSet.load(db, 2_000, DAY);
        // Held open for the test: the restatement opens a connection per query, and H2 would otherwise close and
        // reopen the database file each time (the platform's pool, or its server in the benchmark, keeps it open).
        try (Connection held = db.getConnection()) {
            measureAgainst(db);
        }
    }

    private static void measureAgainst(JdbcDataSource db) throws Exception {
        StatisticsReference.Result none = StatisticsReference.measure(db, YEAR, CITY, DONE);
        assertFalse(none.complete(), "nothing published: " + none.toJson());

        // What the job leaves for the year: the publication and every figure, here the restatement's own.
        Map<String, String> expected = new ExpectedFigures(db, YEAR, DAY)
                .everyIndicator(ExpectedFigures.counties(db, CITY));
        assertTrue(expected.size() > 100, "every indicator, county and breakdown: " + expected.size());
        try (Connection c = db.getConnection()) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO stat_publication (period_type, period_start,"
                    + " root_division, period_end, as_of, job_execution_id, published_at, figure_count)"
                    + " VALUES ('YEAR', ?, ?, ?, ?, 7, ?, ?)")) {
                p.setDate(1, Date.valueOf(YEAR));
                p.setString(2, CITY);
                p.setDate(3, Date.valueOf(YEAR.plusYears(1).minusDays(1)));
                p.setDate(4, Date.valueOf(DAY));
                p.setTimestamp(5, Timestamp.valueOf(DAY.atTime(9, 0)));
                p.setInt(6, expected.size());
                p.executeUpdate();
            }
            try (PreparedStatement f = c.prepareStatement("INSERT INTO stat_figure (period_type, period_start,"
                    + " indicator_code, division_code, dimension, dim_value, figure_value) VALUES ('YEAR', ?, ?, ?, ?, ?, ?)")) {
                for (Map.Entry<String, String> e : expected.entrySet()) {
                    String[] k = e.getKey().split("\\|", -1);
                    f.setDate(1, Date.valueOf(YEAR));
                    for (int i = 0; i < 4; i++) {
                        f.setString(i + 2, k[i]);
                    }
                    f.setBigDecimal(6, new BigDecimal(e.getValue()));
                    f.addBatch();
                }
                f.executeBatch();
            }
        }

        StatisticsReference.Result same = StatisticsReference.measure(db, YEAR, CITY, DONE);
        assertTrue(same.complete(), same.toJson());
        assertEquals(expected.size(), same.jobFigures());
        assertEquals(42.5, same.jobSeconds());
        assertTrue(same.referenceSeconds() > 0, same.toJson());
        assertFalse(StatisticsReference.measure(db, YEAR, CITY,
                new StatisticsReference.JobExecution(7, "FAILED", 1)).complete(), "a failed job");

        String holders = expected.keySet().stream().filter(k -> k.contains("|TOTAL|")).findFirst().orElseThrow();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            String[] k = holders.split("\\|", -1);
            s.executeUpdate("UPDATE stat_figure SET figure_value = figure_value + 1 WHERE indicator_code = '" + k[0]
                    + "' AND division_code = '" + k[1] + "' AND dimension = 'TOTAL'");
        }
        StatisticsReference.Result off = StatisticsReference.measure(db, YEAR, CITY, DONE);
        assertFalse(off.complete(), off.toJson());
        assertEquals(1, off.differingFigures(), off.toJson());
        assertTrue(off.toJson().contains(holders), off.toJson());

        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            String[] k = holders.split("\\|", -1);
            s.executeUpdate("DELETE FROM stat_figure WHERE indicator_code = '" + k[0] + "' AND division_code = '"
                    + k[1] + "' AND dimension = 'TOTAL'");
        }
        StatisticsReference.Result missing = StatisticsReference.measure(db, YEAR, CITY, DONE);
        assertFalse(missing.complete(), missing.toJson());
        assertEquals(expected.size() - 1, missing.jobFigures());
    }
}
