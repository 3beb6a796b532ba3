package cn.xndpf.domain.poverty;

import cn.xndpf.domain.shared.SchemaMigrations;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * V52 and V53 in both database modes: a household's step is written once, a poor row has its kind, risks from the
 * list; a mutual-aid month is paid once per helper and household, a pilot has one amount a day.
 */
class PovertyMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH"})
    void statusStepsAreUniqueAndKindsChecked(String mode) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:poverty" + mode.hashCode() + ";DB_CLOSE_DELAY=-1" + mode);
        ds.setUser("sa");
        SchemaMigrations.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO division (code, name, parent_code, div_level, urban)"
                    + " VALUES ('639802', '迁移测试区', NULL, 'COUNTY', 1)");
            s.executeUpdate("INSERT INTO household (id, household_no, division_code, urban, version)"
                    + " VALUES (1, 'PV1', '639802', 0, 1)");
            s.executeUpdate("INSERT INTO poverty_status (id, household_id, seq, status, poor_kind, effective_on,"
                    + " division_code, recorded_by, recorded_on) VALUES (1, 1, 1, 'POOR', 'REGISTERED', DATE '2016-01-01',"
                    + " '639802', 'u', DATE '2016-01-01')");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO poverty_status (id, household_id, seq,"
                    + " status, effective_on, division_code, recorded_by, recorded_on) VALUES (2, 1, 1, 'LIFTED',"
                    + " DATE '2019-01-01', '639802', 'u', DATE '2019-01-01')"), "the same step twice");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO poverty_status (id, household_id, seq,"
                    + " status, effective_on, division_code, recorded_by, recorded_on) VALUES (2, 1, 2, 'POOR',"
                    + " DATE '2019-01-01', '639802', 'u', DATE '2019-01-01')"), "poor without its kind");
            s.executeUpdate("INSERT INTO poverty_monitoring (id, household_id, division_code, started_on, recorded_by,"
                    + " version) VALUES (1, 1, '639802', DATE '2024-01-01', 'u', 1)");
            s.executeUpdate("INSERT INTO poverty_monitoring_risk (monitoring_id, risk_kind) VALUES (1, 'ILLNESS')");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO poverty_monitoring_risk (monitoring_id,"
                    + " risk_kind) VALUES (1, 'WAR')"));
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE poverty_monitoring SET risk_removed_on ="
                    + " DATE '2023-01-01' WHERE id = 1"), "removed before it started");
            // V53: the seeded pilots and their amounts; a month paid once per helper and household
            s.executeUpdate("INSERT INTO mutual_aid_payment (id, pilot_id, household_id, helper_id_number, helper_name,"
                    + " pay_month, amount, division_code, paid_on, recorded_by) VALUES (1, 1700, 1, '630121199001010011',"
                    + " '邻居', DATE '2024-01-01', 200.00, '639802', DATE '2024-01-31', 'u')");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO mutual_aid_payment (id, pilot_id,"
                    + " household_id, helper_id_number, helper_name, pay_month, amount, division_code, paid_on, recorded_by)"
                    + " VALUES (2, 1701, 1, '630121199001010011', '邻居', DATE '2024-01-01', 200.00, '639802',"
                    + " DATE '2024-02-01', 'u')"), "the same month twice");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO mutual_aid_rate (id, pilot_id,"
                    + " valid_from, monthly_amount) VALUES (9, 1700, DATE '2021-01-01', 300.00)"), "two amounts one day");
        }
    }
}
