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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * V65 and V66 (training/fairs/placements) in both database modes: a person attends a course once; one open placement
 * per person and kind (a second open one refused, any number of ended ones kept); an unknown kind refused. V72: the
 * services' indicators in the EMPLOYMENT section after the quota's, the plan's 8 new bases and the review's sentence.
 */
class EmploymentServicesMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH"})
    void theKeysGuardAttendanceAndOpenPlacements(String mode) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:employmentServices" + mode.hashCode() + ";DB_CLOSE_DELAY=-1" + mode);
        ds.setUser("sa");
        SchemaMigrations.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO division (code, name, parent_code, div_level, urban)"
                    + " VALUES ('639802', '就业测试区', NULL, 'COUNTY', 1)");
            s.executeUpdate("INSERT INTO person (id, id_number, name, sex, birth_date, division_code, urban, created_at,"
                    + " updated_at, version) VALUES (1, '63980119800101001X', 'a', 'M', DATE '1980-01-01', '639802', 1,"
                    + " TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '2020-01-01 00:00:00', 0)");
            s.executeUpdate("INSERT INTO training_course (id, name, trade, organiser, division_code, starts_on, ends_on,"
                    + " total_cost, version) VALUES (1, '面点班', '面点师', '残联', '639802', DATE '2025-03-01',"
                    + " DATE '2025-03-20', 12000.00, 0)");
            s.executeUpdate("INSERT INTO training_attendance (id, course_id, person_id, enrolled_on, version)"
                    + " VALUES (1, 1, 1, DATE '2025-03-01', 0)");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO training_attendance (id, course_id,"
                    + " person_id, enrolled_on, version) VALUES (2, 1, 1, DATE '2025-03-02', 0)"), "once per course");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO training_course (id, name, trade,"
                    + " organiser, division_code, starts_on, ends_on, total_cost, version) VALUES (2, 'x', 'y', 'z',"
                    + " '639802', DATE '2025-03-01', DATE '2025-02-01', 0, 0)"), "ends before it starts");
            for (int id = 1; id <= 2; id++) {
                s.executeUpdate("INSERT INTO employment_placement (id, person_id, kind, division_code, started_on,"
                        + " ended_on, open_key, version) VALUES (" + id + ", 1, 'ONLINE', '639802', DATE '2024-01-0" + id
                        + "', DATE '2024-02-01', NULL, 0)");
            }
            s.executeUpdate("INSERT INTO employment_placement (id, person_id, kind, division_code, started_on, open_key,"
                    + " version) VALUES (3, 1, 'ONLINE', '639802', DATE '2025-01-01', '1:ONLINE', 0)");
            s.executeUpdate("INSERT INTO employment_placement (id, person_id, kind, division_code, started_on, open_key,"
                    + " version) VALUES (4, 1, 'FAMILY_HANDICRAFT', '639802', DATE '2025-01-01', '1:FAMILY_HANDICRAFT', 0)");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO employment_placement (id, person_id,"
                    + " kind, division_code, started_on, open_key, version) VALUES (5, 1, 'ONLINE', '639802',"
                    + " DATE '2025-02-01', '1:ONLINE', 0)"), "one open placement per person and kind");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO employment_placement (id, person_id,"
                    + " kind, division_code, started_on, open_key, version) VALUES (6, 1, 'SHELTERED', '639802',"
                    + " DATE '2025-02-01', '1:SHELTERED', 0)"), "an unknown kind");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO employment_placement (id, person_id,"
                    + " kind, division_code, started_on, open_key, version) VALUES (7, 1, 'QUOTA', '639802',"
                    + " DATE '2025-02-01', NULL, 0)"), "an open placement without its key");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH"})
    void theServicesIndicatorsFollowTheQuotasWithThePlansTargetAndTheReviewsSentence(String mode) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:employmentServiceIndicators" + mode.hashCode() + ";DB_CLOSE_DELAY=-1" + mode);
        ds.setUser("sa");
        SchemaMigrations.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT code, unit, basis, calculator, display_order FROM stat_indicator"
                    + " WHERE program_code = 'EMPLOYMENT' AND display_order > 504 ORDER BY display_order")) {
                while (r.next()) {
                    rows.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4));
                }
            }
            assertEquals(List.of(
                    "EMP_TRAINING_PERSON_TIMES|人次|IN_PERIOD|employment.trainingPersonTimes",
                    "EMP_TRAINING_COST|万元|IN_PERIOD|employment.trainingCost",
                    "EMP_JOB_FAIRS|场次|IN_PERIOD|employment.jobFairs",
                    "EMP_PLACEMENTS|人次|IN_PERIOD|employment.placements",
                    "EMP_SHELTERED_INSTITUTIONS|个|PERIOD_END|employment.shelteredInstitutions",
                    "EMP_SHELTERED_WORKERS|人|PERIOD_END|employment.shelteredWorkers",
                    "EMP_SHELTERED_SUBSIDY|万元|IN_PERIOD|employment.shelteredSubsidy",
                    "EMP_BASES_NEW|个|IN_PERIOD|employment.basesNew"), rows);
            try (ResultSet r = s.executeQuery("SELECT period_type, period_start, division_code, target_value FROM stat_target"
                    + " WHERE indicator_code = 'EMP_BASES_NEW'")) {
                assertTrue(r.next());
                assertEquals("FIVE_YEAR|2021-01-01|630100|8.00", r.getString(1) + "|" + r.getDate(2) + "|" + r.getString(3)
                        + "|" + r.getBigDecimal(4).toPlainString());
            }
            try (ResultSet r = s.executeQuery("SELECT body, version FROM review_template WHERE id = 1518")) {
                assertTrue(r.next());
                assertTrue(r.getString(1).startsWith("落实按比例安排残疾人就业制度") && r.getString(1).endsWith(
                        "开展残疾人职业技能培训{EMP_TRAINING_PERSON_TIMES}、投入资金{EMP_TRAINING_COST:万元}；举办残疾人专场招聘会"
                                + "{EMP_JOB_FAIRS}，新增残疾人就业{EMP_PLACEMENTS}；扶持辅助性就业机构{EMP_SHELTERED_INSTITUTIONS:number}家。"),
                        r.getString(1));
                assertEquals(1, r.getInt(2), "the appended template is a new version");
            }
            try (ResultSet r = s.executeQuery("SELECT body FROM review_template WHERE id = 1519")) {
                assertTrue(r.next());
                assertTrue(r.getString(1).contains("{EMP_TRAINING_PERSON_TIMES} of vocational training"), r.getString(1));
            }
        }
    }
}
