package cn.xndpf.domain.rights;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * V50 in both database modes: the fuel subsidy is a program row with its two-stage chain, its amount a dated
 * setting, and the case table keeps one case a person and year; V69: its sentence in the review templates.
 */
class FuelSubsidyMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH"})
    void theProgramItsChainAndDatedAmountAndOneCaseAPersonAndYear(String mode) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:fuel" + mode.hashCode() + ";DB_CLOSE_DELAY=-1" + mode);
        ds.setUser("sa");
        SchemaMigrations.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            assertEquals(List.of("RY|PERSON|ONE_OFF_CASH"), rows(s, "SELECT case_prefix || '|' || subject_kind || '|'"
                    + " || benefit_kind FROM program WHERE code = 'WHEELCHAIR_FUEL'"));
            assertEquals(List.of("1|FIRST_REVIEW|TOWNSHIP_CLERK|TOWNSHIP", "2|APPROVAL|DISTRICT_STAFF|COUNTY"),
                    rows(s, "SELECT stage_order || '|' || stage_code || '|' || acting_role || '|' || division_level"
                            + " FROM review_chain_stage WHERE program_code = 'WHEELCHAIR_FUEL' ORDER BY stage_order"));
            assertEquals(List.of("350.00@2016-01-01", "400.00@2022-01-01"), rows(s, "SELECT setting_value || '@'"
                    + " || TO_CHAR(valid_from, 'YYYY-MM-DD') FROM policy_setting WHERE setting_key = '"
                    + FuelSubsidyRules.AMOUNT + "' ORDER BY valid_from"));
            // V69: the subsidy's sentence closes the rights program's review templates, in both languages
            List<String> bodies = rows(s, "SELECT body FROM review_template WHERE program_code = 'RIGHTS'"
                    + " ORDER BY language");
            assertEquals(2, bodies.size());
            assertTrue(bodies.get(0).endsWith(" Owners of motorised wheelchairs received {RIGHTS_FUEL_SUBSIDY_TIMES}"
                    + " of fuel subsidy, {RIGHTS_FUEL_SUBSIDY_AMOUNT} in all."), bodies.get(0));
            assertTrue(bodies.get(1).startsWith("为残疾人提供法律服务") && bodies.get(1).endsWith(
                    "信访办结率{RIGHTS_PETITION_CLOSURE_RATE}。为机动轮椅车车主发放燃油补贴{RIGHTS_FUEL_SUBSIDY_TIMES}、"
                            + "{RIGHTS_FUEL_SUBSIDY_AMOUNT}。"), bodies.get(1));
            s.executeUpdate("INSERT INTO division (code, name, parent_code, div_level, urban)"
                    + " VALUES ('639801', '迁移测试区', NULL, 'COUNTY', 1)");
            s.executeUpdate("INSERT INTO person (id, id_number, name, sex, birth_date, division_code, urban, created_at,"
                    + " updated_at, version) VALUES (1, '63980119800101001X', 'a', 'M', DATE '1980-01-01', '639801', 1,"
                    + " TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '2020-01-01 00:00:00', 0)");
            for (int id = 1; id <= 2; id++) {
                s.executeUpdate("INSERT INTO program_case (id, case_kind, program_code, person_id, division_code, state,"
                        + " applied_on, created_by, version) VALUES (" + id + ", 'WHEELCHAIR_FUEL', 'WHEELCHAIR_FUEL', 1,"
                        + " '639801', 'APPROVED', DATE '2025-02-01', 'test', 0)");
            }
            s.executeUpdate("INSERT INTO fuel_subsidy_case (case_id, person_id, subsidy_year, vehicle_plate, amount)"
                    + " VALUES (1, 1, 2025, 'A12345', 400.00)");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO fuel_subsidy_case (case_id, person_id,"
                    + " subsidy_year, vehicle_plate, amount) VALUES (2, 1, 2025, 'A12345', 400.00)"), "the same year twice");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO fuel_subsidy_case (case_id, person_id,"
                    + " subsidy_year, vehicle_plate, amount, paid_on) VALUES (2, 1, 2024, 'A12345', 400.00,"
                    + " DATE '2025-03-01')"), "paid without who paid");
            s.executeUpdate("INSERT INTO fuel_subsidy_case (case_id, person_id, subsidy_year, vehicle_plate, amount)"
                    + " VALUES (2, 1, 2024, 'A12345', 400.00)");
        }
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
