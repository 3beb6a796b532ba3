package cn.xndpf.domain.workflow;

import cn.xndpf.domain.division.DivisionLevel;
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
 * V7 in both database modes: every program row is complete with a unique case-number prefix, and the two
 * subsidies' review chain is the one V3's code hard-wired, now as rows naming role and office.
 */
class ProgramsAsDataMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH"})
    void programsAndChainsAreRows(String mode) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:programs" + mode.hashCode() + ";DB_CLOSE_DELAY=-1" + mode);
        ds.setUser("sa");
        SchemaMigrations.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            List<String> programs = new ArrayList<>();
            try (ResultSet r = s.executeQuery(
                    "SELECT code, case_prefix, subject_kind, benefit_kind FROM program ORDER BY code")) {
                while (r.next()) {
                    SubjectKind.valueOf(r.getString(3));
                    BenefitKind.valueOf(r.getString(4));
                    programs.add(r.getString(1) + "=" + r.getString(2));
                }
            }
            // Other programs add their own rows (education, care, ...): the subsidies' rows are among them.
            assertEquals(List.of("LIVING_SUBSIDY=LS", "NURSING_SUBSIDY=NS"),
                    programs.stream().filter(p -> p.contains("SUBSIDY")).toList());

            List<String> chain = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT stage_order, stage_code, name_zh, acting_role, division_level,"
                    + " deadline_days, working_days, valid_to FROM review_chain_stage"
                    + " WHERE program_code = 'NURSING_SUBSIDY' ORDER BY stage_order")) {
                while (r.next()) {
                    DivisionLevel.valueOf(r.getString(5));
                    chain.add(r.getInt(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4) + " "
                            + r.getString(5) + " " + r.getInt(6) + (r.getInt(7) == 1 ? " working" : " calendar")
                            + (r.getDate(8) == null ? " open" : " ends"));
                }
            }
            assertEquals(List.of("1 FIRST_REVIEW 初审 TOWNSHIP_CLERK TOWNSHIP 10 calendar open",
                    "2 REVIEW 审核 DISTRICT_STAFF COUNTY 10 calendar open",
                    "3 APPROVAL 审定 DISTRICT_CIVIL_AFFAIRS COUNTY 10 calendar open"), chain);

            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO program (code, name_zh, name_en,"
                    + " case_prefix, subject_kind, benefit_kind) VALUES ('NEW_ONE', '新', 'New', 'NS', 'PERSON', 'SERVICE')"),
                    "a second program with the prefix NS");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO program (code, name_zh, name_en,"
                    + " subject_kind, benefit_kind) VALUES ('NEW_TWO', '新', 'New', 'PERSON', 'SERVICE')"),
                    "a program without a prefix");
        }
    }
}
