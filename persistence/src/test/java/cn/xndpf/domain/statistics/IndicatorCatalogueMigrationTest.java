package cn.xndpf.domain.statistics;

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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue as migrated is well formed in both database modes: units, kinds, breakdowns, rates. */
class IndicatorCatalogueMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH"})
    void everyCataloguedIndicatorIsWellFormed(String mode) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:cat" + mode.hashCode() + ";DB_CLOSE_DELAY=-1" + mode);
        ds.setUser("sa");
        SchemaMigrations.migrate(ds);
        List<String> codes = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT code, unit, kind, basis, calculator, denominator_calculator,"
                     + " denominator_def_zh, dimensions, name_zh, name_en, numerator_def_zh, numerator_def_en"
                     + " FROM stat_indicator ORDER BY display_order")) {
            while (r.next()) {
                String code = r.getString(1);
                codes.add(code);
                assertNotNull(IndicatorUnit.ofSymbol(r.getString(2)), code);
                IndicatorKind kind = IndicatorKind.valueOf(r.getString(3));
                IndicatorBasis.valueOf(r.getString(4));
                assertFalse(r.getString(5).isBlank(), code);
                if (kind == IndicatorKind.RATE) {
                    assertNotNull(r.getString(6), code + " needs a denominator");
                    assertNotNull(r.getString(7), code + " states its denominator");
                    assertEquals(IndicatorUnit.PERCENT, IndicatorUnit.ofSymbol(r.getString(2)), code);
                } else {
                    assertNull(r.getString(6), code);
                }
                Dimension.parseList(r.getString(8));
                for (int i = 9; i <= 12; i++) {
                    assertFalse(r.getString(i).isBlank(), code);
                }
            }
        }
        assertTrue(codes.containsAll(List.of("REG_HOLDERS", "REG_NEW_CERTIFICATES", "REG_CANCELLED_CERTIFICATES",
                "SUB_LIVING_APPLICATIONS", "SUB_LIVING_APPROVALS", "SUB_LIVING_RECIPIENTS", "SUB_LIVING_COVERAGE",
                "SUB_NURSING_PAID", "SUB_PAID", "SUB_COVERAGE")), codes.toString());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM stat_age_band")) {
            r.next();
            assertEquals(6, r.getInt(1));
        }
    }
}
