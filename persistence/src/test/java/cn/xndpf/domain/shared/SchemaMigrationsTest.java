package cn.xndpf.domain.shared;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The migrations must run on plain H2 (the embedded default) and on H2 in Oracle mode (stand-in for Oracle). */
class SchemaMigrationsTest {

    private static final String ORACLE_MODE = ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH";

    @ParameterizedTest
    @ValueSource(strings = {"", ORACLE_MODE})
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
        try (Connection c = ds.getConnection()) {
            assertEquals(List.of(), ConstraintIndexCopies.dropFrom(c),
                    "no index a migration made is taken for one of H2's copies");
        }
    }

    /**
     * The platform's H2 file is opened at every server start, and H2 2.2 in Oracle mode then adds another
     * copy of each single-column unique constraint's index; migrating (as the server does at deployment)
     * takes them off again, so the file keeps exactly the indexes of a freshly migrated database.
     */
    @Test
    void reopeningTheFileLeavesTheIndexesOfAFreshlyMigratedDatabase(@TempDir Path dir) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("dpf") + ORACLE_MODE);
        ds.setUser("sa");
        // The server's pool keeps connections open: the database is opened once per start.
        List<String> fresh;
        try (Connection pool = ds.getConnection()) {
            SchemaMigrations.migrate(ds);
            fresh = indexes(pool);
        }
        try (Connection pool = ds.getConnection()) {
            List<String> opened = indexes(pool);
            assertTrue(opened.size() > fresh.size(), "H2 added copies on opening the file (if it no longer"
                    + " does, H2 is fixed and ConstraintIndexCopies can go): " + opened);
        }
        for (int start = 1; start <= 3; start++) {
            try (Connection pool = ds.getConnection()) {
                SchemaMigrations.migrate(ds);
                assertEquals(fresh, indexes(pool), "after start " + start);
            }
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.table_constraints k"
                     + " WHERE k.constraint_type = 'UNIQUE' AND NOT EXISTS (SELECT 1 FROM information_schema.indexes i"
                     + " WHERE i.index_schema = k.index_schema AND i.index_name = k.index_name)")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "every unique constraint keeps its index");
        }
    }

    /** Each index as table, kind and columns (names differ between copies). */
    private static List<String> indexes(Connection c) throws Exception {
        List<String> found = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT i.table_name, i.index_type_name,"
                     + " (SELECT LISTAGG(c.column_name, ',') WITHIN GROUP (ORDER BY c.ordinal_position)"
                     + " FROM information_schema.index_columns c"
                     + " WHERE c.index_schema = i.index_schema AND c.index_name = i.index_name)"
                     + " FROM information_schema.indexes i ORDER BY 1, 2, 3")) {
            while (rs.next()) {
                found.add(rs.getString(1) + " " + rs.getString(2) + " (" + rs.getString(3) + ")");
            }
        }
        return found;
    }
}
