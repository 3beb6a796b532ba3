package cn.xndpf.domain.rehabilitation;

import cn.xndpf.domain.shared.SchemaMigrations;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * V25 in both database modes: rehabilitation is a program row with its own prefix and two-stage chain and a
 * dated setting.
 */
class RehabilitationMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH"})
    void rehabilitationIsRowsAndDatedSettings(String mode) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:rehabilitation" + mode.hashCode() + ";DB_CLOSE_DELAY=-1" + mode);
        ds.setUser("sa");
        SchemaMigrations.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT case_prefix, subject_kind, benefit_kind FROM program"
                    + " WHERE code = 'REHABILITATION'")) {
                assertTrue(r.next());
                assertEquals("KF PERSON SERVICE", r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
            }
            List<String> chain = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT stage_code, acting_role, division_level FROM review_chain_stage"
                    + " WHERE program_code = 'REHABILITATION' AND valid_to IS NULL ORDER BY stage_order")) {
                while (r.next()) {
                    chain.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
                }
            }
            assertEquals(List.of("FIRST_REVIEW TOWNSHIP_CLERK TOWNSHIP", "REVIEW DISTRICT_STAFF COUNTY"), chain);
            try (ResultSet r = s.executeQuery("SELECT setting_value FROM policy_setting WHERE setting_key = '"
                    + RehabilitationRules.ASSESSMENT_VALID_MONTHS + "'")) {
                assertTrue(r.next());
                assertEquals("12", r.getString(1));
            }
        }
    }
}
