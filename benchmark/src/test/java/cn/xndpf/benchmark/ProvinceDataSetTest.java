package cn.xndpf.benchmark;

import cn.xndpf.domain.person.IdNumber;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The small version of the benchmark's data set (10,000 people) on every build, so the loader never rots:
 * what it reports is what the database holds, the rows obey the schema and the platform's own rules, and
 * the platform's sequence goes on after the loaded ids.
 */
class ProvinceDataSetTest {

    private static final int PEOPLE = 10_000;

    @TempDir
    Path dir;

    @Test
    void loadsACompleteRegistryThatThePlatformCanContinue() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL(ProvinceDataSet.h2Url(Map.of("DPF_DATA_DIR", dir.toString())));

        ProvinceDataSet.Loaded loaded = ProvinceDataSet.load(db, PEOPLE);
        System.out.printf("[benchmark] %,d people loaded in %,d ms%n", loaded.people(), loaded.millis());

        assertEquals(PEOPLE, count(db, "SELECT COUNT(*) FROM person"));
        assertEquals(loaded.households(), count(db, "SELECT COUNT(*) FROM household"));
        // The benchmark signs in as the demo's city staff and partner.
        assertEquals(1, count(db, "SELECT COUNT(*) FROM staff_user WHERE username = 'city' AND active = 1"));
        assertEquals(1, count(db, "SELECT COUNT(*) FROM partner WHERE code = 'partner-demo' AND active = 1"
                + " AND scopes LIKE '%certificate-verification%'"));
        assertEquals(loaded.certificates(), count(db, "SELECT COUNT(*) FROM certificate"));
        assertEquals(loaded.certificateEvents(), count(db, "SELECT COUNT(*) FROM certificate_event"));
        assertEquals(loaded.assistancePeriods(), count(db, "SELECT COUNT(*) FROM household_assistance"));
        assertTrue(loaded.certificates() > PEOPLE * 9L / 10, "most people hold a certificate");
        assertTrue(loaded.households() < PEOPLE, "some households have two members");
        assertEquals(7, count(db, "SELECT COUNT(DISTINCT SUBSTR(division_code, 1, 6)) FROM person"),
                "people in all seven counties");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM certificate c JOIN person p ON p.id = c.person_id"
                + " WHERE c.cert_number NOT LIKE p.id_number || '%'"), "certificate numbers extend the ID number");
        assertEquals(count(db, "SELECT COUNT(DISTINCT person_id) FROM certificate"),
                count(db, "SELECT COUNT(*) FROM certificate WHERE current_cert = 1"), "one current certificate each");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM certificate c WHERE NOT EXISTS"
                + " (SELECT 1 FROM certificate_event e WHERE e.certificate_id = c.id AND e.event_type = 'ISSUED')"),
                "every certificate's history starts with its issue");
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id_number FROM person WHERE MOD(id, 97) = 0")) {
            while (rs.next()) {
                IdNumber.of(rs.getString(1));   // throws on a wrong check character or date
            }
        }
        long highest = count(db, "SELECT MAX(id) FROM person");
        long next = count(db, "SELECT NEXT VALUE FOR dpf_seq");
        assertTrue(next - 49 > highest, "the platform's next id block starts after the loaded ids");

        assertThrows(IllegalStateException.class, () -> ProvinceDataSet.load(db, 10),
                "a second load into a filled registry is refused");
        assertEquals(PEOPLE, count(db, "SELECT COUNT(*) FROM person"), "and writes nothing");
    }

    private static long count(JdbcDataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
