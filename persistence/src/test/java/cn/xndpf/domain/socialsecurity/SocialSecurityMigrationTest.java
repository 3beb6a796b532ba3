package cn.xndpf.domain.socialsecurity;

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
 * V54 and V55 in both database modes: the inclusion rule and the pension shares are dated settings that the rules
 * classes can read, and the list and answer tables keep one row a person and year with a positive share.
 */
class SocialSecurityMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH"})
    void theDatedSettingsAndOneLineAndOneAnswerAPersonAndYear(String mode) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:socsec" + mode.hashCode() + ";DB_CLOSE_DELAY=-1" + mode);
        ds.setUser("sa");
        SchemaMigrations.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            InclusionRules.Criteria v54 = InclusionRules.Criteria.of(single(s, InclusionRules.LEVELS),
                    single(s, InclusionRules.POOR_STATUSES), single(s, InclusionRules.INCLUDED_STATUSES));
            assertEquals(java.util.Set.of(1, 2), v54.levels());
            assertEquals(5, v54.poor().size());
            assertEquals(3, v54.included().size());
            assertEquals(List.of("100.00@2016-01-01", "200.00@2024-01-01"), rows(s, "SELECT setting_value || '@'"
                    + " || TO_CHAR(valid_from, 'YYYY-MM-DD') FROM policy_setting WHERE setting_key = '"
                    + PensionRules.SHARE + "1' ORDER BY valid_from"));
            assertEquals(List.of("50.00@2016-01-01"), rows(s, "SELECT setting_value || '@'"
                    + " || TO_CHAR(valid_from, 'YYYY-MM-DD') FROM policy_setting WHERE setting_key = '"
                    + PensionRules.SHARE + "4' ORDER BY valid_from"));
            s.executeUpdate("INSERT INTO division (code, name, parent_code, div_level, urban)"
                    + " VALUES ('639801', '迁移测试区', NULL, 'COUNTY', 1)");
            s.executeUpdate("INSERT INTO person (id, id_number, name, sex, birth_date, division_code, urban, created_at,"
                    + " updated_at, version) VALUES (1, '63980119800101001X', 'a', 'M', DATE '1980-01-01', '639801', 1,"
                    + " TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '2020-01-01 00:00:00', 0)");
            String line = "INSERT INTO pension_list_line (list_year, person_id, division_code, cert_level,"
                    + " government_share, compiled_on, compiled_by) VALUES (2025, 1, '639801', 1, %s, DATE '2025-01-02', 't')";
            assertThrows(SQLException.class, () -> s.executeUpdate(String.format(line, "0")), "a share of nothing");
            s.executeUpdate(String.format(line, "200.00"));
            assertThrows(SQLException.class, () -> s.executeUpdate(String.format(line, "200.00")), "the same year twice");
            String answer = "INSERT INTO pension_answer (list_year, person_id, pension_insured, medical_insured,"
                    + " medical_assistance, reported_by, reported_at) VALUES (2025, 1, 1, NULL, NULL, 'p',"
                    + " TIMESTAMP '2025-03-01 00:00:00')";
            s.executeUpdate(answer);
            assertThrows(SQLException.class, () -> s.executeUpdate(answer), "one answer a person and year");
        }
    }

    private static String single(Statement s, String key) throws SQLException {
        List<String> values = rows(s, "SELECT setting_value FROM policy_setting WHERE setting_key = '" + key + "'");
        assertEquals(1, values.size(), key);
        return values.get(0);
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
