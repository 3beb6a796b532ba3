package cn.xndpf.domain.shared;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The migrations must run on plain H2 (the embedded default) and on H2 in Oracle mode (stand-in for Oracle). */
class SchemaMigrationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH"})
    void migratesFromEmptyAndIsIdempotent(String mode) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:migr" + mode.hashCode() + ";DB_CLOSE_DELAY=-1" + mode);
        ds.setUser("sa");
        int applied = SchemaMigrations.migrate(ds).migrationsExecuted;
        assertTrue(applied >= 2, "all migrations applied");
        assertEquals(0, SchemaMigrations.migrate(ds).migrationsExecuted, "second run applies nothing");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM division WHERE parent_code = '630100'")) {
            rs.next();
            assertEquals(7, rs.getInt(1), "Xining's seven county-level divisions");
        }
    }
}
