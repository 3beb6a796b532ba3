package cn.xndpf.domain.employment;

import cn.xndpf.domain.shared.SchemaMigrations;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * sheltered/bases: V67 and V68 in both database modes: the subsidy rate is a dated setting, the base kinds a code
 * table holding the three heritage crafts, and the keys refuse a second subsidy of a month and a second base of a
 * name in a division.
 */
class ShelteredMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH"})
    void theRateIsDatedTheKindsAreRowsAndTheKeysGuardTheMonth(String mode) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:sheltered" + mode.hashCode() + ";DB_CLOSE_DELAY=-1" + mode);
        ds.setUser("sa");
        SchemaMigrations.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT setting_value, valid_from FROM policy_setting"
                    + " WHERE setting_key = 'employment.sheltered.monthlySubsidyPerWorker'")) {
                r.next();
                assertEquals("300.00", r.getString(1));
            }
            List<String> heritage = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT name_zh FROM employment_base_kind WHERE heritage = 1"
                    + " ORDER BY display_order")) {
                while (r.next()) {
                    heritage.add(r.getString(1));
                }
            }
            assertEquals(List.of("非遗·掐丝", "非遗·堆绣", "非遗·皮绣"), heritage);

            s.executeUpdate("INSERT INTO institution (id, name, kind, qualification, capacity, division_code, valid_from,"
                    + " version) VALUES (1, '辅助性就业测试', 'SHELTERED_EMPLOYMENT', '青残就字1号', 10, '630102',"
                    + " DATE '2024-01-01', 0)");
            String subsidy = "INSERT INTO sheltered_subsidy (id, institution_id, subsidy_month, division_code, rate,"
                    + " worker_count, amount, paid_by, paid_at) VALUES (%d, 1, DATE '2025-03-01', '630102', 300, 2, 600,"
                    + " 'city', TIMESTAMP '2025-04-01 10:00:00')";
            s.executeUpdate(String.format(subsidy, 1));
            assertThrows(SQLException.class, () -> s.executeUpdate(String.format(subsidy, 2)),
                    "one subsidy per institution and month");

            String base = "INSERT INTO employment_base (id, name, kind_code, division_code, recognised_on,"
                    + " disabled_employed, version) VALUES (%d, '堆绣基地', '%s', '630102', DATE '2024-05-01', 8, 0)";
            s.executeUpdate(String.format(base, 1, "HERITAGE_DUIXIU"));
            assertThrows(SQLException.class, () -> s.executeUpdate(String.format(base, 2, "EMPLOYMENT")),
                    "one base of a name in a division");
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE employment_base SET kind_code = 'EMBROIDERY' WHERE id = 1"), "a kind of the code table");
        }
    }
}
