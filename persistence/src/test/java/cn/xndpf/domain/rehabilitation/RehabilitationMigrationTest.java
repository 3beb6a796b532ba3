package cn.xndpf.domain.rehabilitation;

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
 * V25 to V27 in both database modes: basic rehabilitation, children's aid and devices are program rows with its own prefix and
 * two-stage chain, with dated settings and the device catalogue; a stock never goes below zero.
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
            try (ResultSet r = s.executeQuery("SELECT case_prefix, subject_kind, benefit_kind FROM program"
                    + " WHERE code = 'CHILD_REHABILITATION'")) {
                assertTrue(r.next());
                assertEquals("ET PERSON SERVICE", r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
            }
            List<String> aidChain = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT stage_code, acting_role, division_level FROM review_chain_stage"
                    + " WHERE program_code = 'CHILD_REHABILITATION' AND valid_to IS NULL ORDER BY stage_order")) {
                while (r.next()) {
                    aidChain.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
                }
            }
            assertEquals(List.of("FIRST_REVIEW TOWNSHIP_CLERK TOWNSHIP", "APPROVAL DISTRICT_STAFF COUNTY"), aidChain);
            List<String> aidSettings = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT setting_key, setting_value FROM policy_setting WHERE setting_key"
                    + " LIKE 'rehabilitation.childAid.%' ORDER BY setting_key")) {
                while (r.next()) {
                    aidSettings.add(r.getString(1) + "=" + r.getString(2));
                }
            }
            assertEquals(List.of(ChildAidRules.MAX_AGE + "=6", ChildAidRules.MIN_AGE + "=0",
                    ChildAidRules.YEARLY_CAP + "=20000.00"), aidSettings);
            List<String> catalogue = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT code, supply_kind FROM assistive_device WHERE valid_to IS NULL"
                    + " ORDER BY code")) {
                while (r.next()) {
                    catalogue.add(r.getString(1) + " " + r.getString(2));
                }
            }
            assertEquals(List.of("CR-01 GIVEN", "HA-01 GIVEN", "NB-01 LENT", "WC-01 GIVEN", "WK-01 LENT"), catalogue);
            try (ResultSet r = s.executeQuery("SELECT case_prefix, benefit_kind FROM program"
                    + " WHERE code = 'ASSISTIVE_DEVICE'")) {
                assertTrue(r.next());
                assertEquals("FJ ITEM", r.getString(1) + " " + r.getString(2));
            }
            s.executeUpdate("INSERT INTO institution (id, name, kind, qualification, capacity, division_code,"
                    + " valid_from, version) VALUES (9, 'x', 'REHABILITATION', 'q', 1, '630102', DATE '2020-01-01', 0)");
            s.executeUpdate("INSERT INTO device_stock (institution_id, device_code, on_hand) VALUES (9, 'CR-01', 0)");
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE device_stock SET on_hand = on_hand - 1"),
                    "the stock never goes below zero");
        }
    }
}
