package cn.xndpf.domain.rights;

import cn.xndpf.domain.shared.SchemaMigrations;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** V51 in both database modes: a finding's kind is one of the list, and its day resolved goes with how. */
class DisputeMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH"})
    void findingsCheckTheirKindAndKeepTheDayResolvedWithHow(String mode) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:disputes" + mode.hashCode() + ";DB_CLOSE_DELAY=-1" + mode);
        ds.setUser("sa");
        SchemaMigrations.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO division (code, name, parent_code, div_level, urban)"
                    + " VALUES ('639801', '迁移测试区', NULL, 'COUNTY', 1)");
            s.executeUpdate("INSERT INTO dispute_round (id, screened_on, division_code, screened_by, recorded_by, version)"
                    + " VALUES (1, DATE '2025-01-01', '639801', '王某', 'u', 1)");
            s.executeUpdate("INSERT INTO dispute_finding (id, round_id, kind, description, version)"
                    + " VALUES (1, 1, 'FAMILY', 'x', 1)");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO dispute_finding (id, round_id, kind,"
                    + " description, version) VALUES (2, 1, 'WAR', 'x', 1)"));
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO dispute_finding (id, round_id, kind,"
                    + " description, resolved_on, version) VALUES (2, 1, 'FAMILY', 'x', DATE '2025-01-02', 1)"));
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO dispute_round (id, screened_on,"
                    + " division_code, screened_by, recorded_by, version) VALUES (2, DATE '2025-01-01', '639899', 'a',"
                    + " 'u', 1)"), "an unknown division");
        }
    }
}
