package cn.xndpf.domain.education;

import cn.xndpf.domain.shared.SchemaMigrations;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * V21 in both database modes: the grant is a program row with its two-stage chain, and every stage has a
 * grant amount and the eligibility settings the rules read, each a dated row.
 */
class EducationMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH"})
    void theGrantIsRowsAndDatedSettings(String mode) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:education" + mode.hashCode() + ";DB_CLOSE_DELAY=-1" + mode);
        ds.setUser("sa");
        SchemaMigrations.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT case_prefix, subject_kind, benefit_kind FROM program"
                    + " WHERE code = 'EDUCATION_GRANT'")) {
                assertTrue(r.next());
                assertEquals("JY STUDENT_OF_HOLDER ONE_OFF_CASH", r.getString(1) + " " + r.getString(2) + " "
                        + r.getString(3));
            }
            List<String> chain = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT stage_code, acting_role, division_level FROM review_chain_stage"
                    + " WHERE program_code = 'EDUCATION_GRANT' AND valid_to IS NULL ORDER BY stage_order")) {
                while (r.next()) {
                    chain.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
                }
            }
            assertEquals(List.of("FIRST_REVIEW TOWNSHIP_CLERK TOWNSHIP", "APPROVAL DISTRICT_STAFF COUNTY"), chain);
            for (SchoolStage stage : SchoolStage.values()) {
                try (ResultSet r = s.executeQuery("SELECT setting_value FROM policy_setting WHERE setting_key = '"
                        + GrantRules.AMOUNT_PREFIX + stage.name() + "'")) {
                    assertTrue(r.next(), stage.name());
                    assertTrue(new BigDecimal(r.getString(1)).signum() > 0, stage.name());
                }
            }
            try (ResultSet r = s.executeQuery("SELECT setting_value FROM policy_setting WHERE setting_key = '"
                    + GrantRules.POOR_STATUSES + "'")) {
                assertTrue(r.next());
                assertTrue(GrantRules.poorStatuses(r.getString(1)).size() >= 3);
            }
        }
    }
}
