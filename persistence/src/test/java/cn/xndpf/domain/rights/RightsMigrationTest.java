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

/**
 * V40 to V42 in both database modes: the petition deadlines are dated settings in calendar days (信访工作条例
 * 2022), and the tables refuse what the rules never allow (an unknown state, a concluded legal matter without
 * its day, a negative count of participants).
 */
class RightsMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH"})
    void petitionDeadlinesAreDatedSettingsAndTheTablesCheckTheirRows(String mode) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:rights" + mode.hashCode() + ";DB_CLOSE_DELAY=-1" + mode);
        ds.setUser("sa");
        SchemaMigrations.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            List<String> settings = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT setting_key, setting_value, valid_from FROM policy_setting"
                    + " WHERE setting_key LIKE 'rights.petition.%' ORDER BY id")) {
                while (r.next()) {
                    settings.add(r.getString(1) + "=" + r.getString(2) + "@" + r.getDate(3));
                }
            }
            assertEquals(List.of(PetitionDeadlines.ACCEPT_DAYS + "=15@2022-05-01",
                    PetitionDeadlines.ANSWER_DAYS + "=60@2022-05-01",
                    PetitionDeadlines.EXTENSION_MAX_DAYS + "=30@2022-05-01",
                    PetitionDeadlines.REVIEW_REQUEST_DAYS + "=30@2022-05-01",
                    PetitionDeadlines.REVIEW_DECISION_DAYS + "=30@2022-05-01",
                    PetitionDeadlines.WORKING_DAYS + "=false@2022-05-01",
                    PetitionDeadlines.REMINDER_DAYS + "=5@2022-05-01"), settings);
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO petition (id, channel, petitioner_name,"
                    + " contact, matter, division_code, received_on, state, accept_by, extended_days, version)"
                    + " VALUES (1, 'PHONE', 'a', 'b', 'c', '630102', DATE '2025-01-01', 'LOST', DATE '2025-01-16', 0, 1)"));
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO legal_matter (id, kind, person_name,"
                    + " contact, matter, division_code, opened_on, outcome, version)"
                    + " VALUES (1, 'LEGAL_AID', 'a', 'b', 'c', '630102', DATE '2025-01-01', 'WON', 1)"));
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO culture_event (id, kind, title,"
                    + " organiser, place, held_on, division_code, other_participants, version)"
                    + " VALUES (1, 'READING', 'a', 'b', 'c', DATE '2025-01-01', '630102', -1, 1)"));
        }
    }
}
