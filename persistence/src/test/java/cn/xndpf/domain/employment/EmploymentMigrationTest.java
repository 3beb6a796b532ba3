package cn.xndpf.domain.employment;

import cn.xndpf.domain.shared.SchemaMigrations;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * V36 in both database modes: every rule the verification and the fund read is a dated setting in force in 2020,
 * the figures (1.5%, 2x, 30, 1%, 50%, 90%), and the keys refuse a second declaration or fund of a year.
 */
class EmploymentMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH"})
    void theRulesAreDatedSettingsAndTheKeysGuardTheYear(String mode) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:employment" + mode.hashCode() + ";DB_CLOSE_DELAY=-1" + mode);
        ds.setUser("sa");
        SchemaMigrations.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            assertEquals("0.015", value(s, FundRules.RATIO));
            assertEquals("2", value(s, FundRules.CAP_MULTIPLE));
            assertEquals("30", value(s, FundRules.EXEMPT_STAFF));
            assertEquals("0.01", value(s, FundRules.TIER_RATIO));
            assertEquals("0.5", value(s, FundRules.SHARE_AT_OR_ABOVE));
            assertEquals("0.9", value(s, FundRules.SHARE_BELOW));
            assertTrue(new BigDecimal(value(s, FundRules.LOCAL_AVERAGE_WAGE)).signum() > 0);
            for (String key : List.of(QuotaRules.MIN_AGE, QuotaRules.MAX_AGE_PREFIX + "MALE",
                    QuotaRules.MAX_AGE_PREFIX + "FEMALE", QuotaRules.MIN_CONTRACT_MONTHS, QuotaRules.MIN_INSURANCE_MONTHS,
                    QuotaRules.MINIMUM_WAGE)) {
                assertTrue(new BigDecimal(value(s, key)).signum() > 0, key);
            }
            s.executeUpdate("INSERT INTO employer (id, credit_code, name, division_code, kind, tax_office, version)"
                    + " VALUES (1, '91350100M000100Y43', '测试单位', '630102', 'ENTERPRISE', '城东区税务局', 0)");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO employer (id, credit_code, name,"
                    + " division_code, kind, tax_office, version) VALUES (2, '91350100M000100Y43', '另一单位', '630102',"
                    + " 'ENTERPRISE', '城东区税务局', 0)"), "one employer per code");
            s.executeUpdate("INSERT INTO employment_declaration (id, employer_id, declared_year, staff_count, total_wages,"
                    + " channel, declared_by, declared_at, version) VALUES (1, 1, 2024, 100, 8000000, 'SCREEN', 'city',"
                    + " TIMESTAMP '2025-03-01 10:00:00', 0)");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO employment_declaration (id,"
                    + " employer_id, declared_year, staff_count, total_wages, channel, declared_by, declared_at, version)"
                    + " VALUES (2, 1, 2024, 90, 7000000, 'SCREEN', 'city', TIMESTAMP '2025-03-02 10:00:00', 0)"),
                    "one declaration per employer and year");
        }
    }

    /** The value in force on 2020-01-01. */
    private static String value(Statement s, String key) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT setting_value FROM policy_setting WHERE setting_key = '" + key
                + "' AND valid_from <= DATE '2020-01-01' ORDER BY valid_from DESC")) {
            if (!r.next()) {
                // settings that start with the national reductions of 2020
                try (ResultSet r2 = s.executeQuery("SELECT setting_value FROM policy_setting WHERE setting_key = '"
                        + key + "' ORDER BY valid_from")) {
                    assertTrue(r2.next(), key);
                    return r2.getString(1);
                }
            }
            return r.getString(1);
        }
    }
}
