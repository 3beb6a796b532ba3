package cn.xndpf.domain.accessibility;

import cn.xndpf.domain.shared.SchemaMigrations;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * V73 in both database modes: the entries recorded before it keep their count as a count dated the day they were
 * recorded, by whom; the entry no longer holds a count of its own; one count an entry and day, never negative.
 */
class FacilityCountMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH"})
    void anExistingEntrysCountIsDatedTheDayItWasRecordedAndCountsAreOneADay(String mode) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:facilitycounts" + mode.hashCode() + ";DB_CLOSE_DELAY=-1" + mode);
        ds.setUser("sa");
        // the schema as it was before the counts were dated (V71, the last migration before V73 here), two entries
        Flyway.configure(SchemaMigrations.class.getClassLoader()).dataSource(ds).locations("classpath:db/migration")
                .table("schema_history").target("71").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO accessible_facility (id, division_code, kind, name, quantity, recorded_by,"
                    + " recorded_on, version) VALUES (101, '630102', 'BUS_STOP', '迁移测试路', 12, 'chengdong',"
                    + " DATE '2021-05-06', 3)");
            s.executeUpdate("INSERT INTO accessible_facility (id, division_code, kind, name, quantity, recorded_by,"
                    + " recorded_on, version) VALUES (102, '630102', 'TOILET', '迁移测试园', 0, 'city',"
                    + " DATE '2023-02-01', 0)");
        }
        SchemaMigrations.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT id, facility_id, quantity, counted_on, recorded_by, version"
                    + " FROM accessible_facility_count ORDER BY facility_id")) {
                assertTrue(r.next());
                assertEquals(101, r.getLong(2));
                assertEquals(12, r.getInt(3));
                assertEquals("2021-05-06", r.getDate(4).toLocalDate().toString());
                assertEquals("chengdong", r.getString(5));
                assertEquals(0, r.getInt(6));
                assertTrue(r.next());
                assertEquals(102, r.getLong(2));
                assertEquals(0, r.getInt(3));
                assertEquals("2023-02-01", r.getDate(4).toLocalDate().toString());
                assertFalse(r.next());
            }
            try (ResultSet r = s.executeQuery("SELECT version FROM accessible_facility WHERE id = 101")) {
                assertTrue(r.next());
                assertEquals(3, r.getInt(1), "the entry's version is kept for optimistic locking");
            }
            assertThrows(SQLException.class, () -> s.executeQuery("SELECT quantity FROM accessible_facility"),
                    "the count is no longer the entry's");
            assertThrows(SQLException.class, () -> s.executeQuery("SELECT recorded_on FROM accessible_facility"));
            String count = "INSERT INTO accessible_facility_count (id, facility_id, quantity, counted_on, recorded_by,"
                    + " version) VALUES (%d, 101, %d, DATE '%s', 'chengdong', 0)";
            s.executeUpdate(String.format(count, 201, 15, "2024-01-01"));
            assertThrows(SQLException.class, () -> s.executeUpdate(String.format(count, 202, 16, "2024-01-01")),
                    "one count an entry and day");
            assertThrows(SQLException.class, () -> s.executeUpdate(String.format(count, 203, -1, "2024-02-01")),
                    "never negative");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO accessible_facility_count (id,"
                    + " facility_id, quantity, counted_on, recorded_by, version) VALUES (204, 999, 1,"
                    + " DATE '2024-01-01', 'x', 0)"), "an entry that exists");
        }
    }
}
