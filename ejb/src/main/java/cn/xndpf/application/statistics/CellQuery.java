package cn.xndpf.application.statistics;

import cn.xndpf.domain.statistics.AgeBand;
import cn.xndpf.domain.statistics.Cell;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a calculator's selection and groups it into cells, the one place the grouping SQL is written. A
 * selection is plain, portable SQL returning one row per record with the columns
 * {@code k} (what a distinct count counts), {@code division_code}, {@code category}, {@code cert_level},
 * {@code sex}, {@code birth_date}, {@code urban} and {@code amount} (NULL where a record has no such
 * attribute). Ages are banded here, on the scope's last day, by comparing birth dates with bound dates,
 * so no database's date functions are needed.
 */
@ApplicationScoped
public class CellQuery {

    /**
     * The personal columns of a selection whose records name no person (an employer, a household, an event):
     * all NULL, so such an indicator has no personal breakdowns. Follow it with the {@code amount} column.
     */
    static final String NO_PERSON = " CAST(NULL AS NUMBER(1)) AS category, CAST(NULL AS NUMBER(1)) AS cert_level,"
            + " CAST(NULL AS VARCHAR(1)) AS sex, CAST(NULL AS DATE) AS birth_date, CAST(NULL AS NUMBER(1)) AS urban, ";

    /** How the records of a cell are measured. */
    public enum Measure {
        /** every row */
        ROWS("COUNT(*)"),
        /** distinct values of {@code k} */
        DISTINCT("COUNT(DISTINCT k)"),
        /** the sum of {@code amount} */
        AMOUNT("SUM(amount)");

        private final String sql;

        Measure(String sql) {
            this.sql = sql;
        }
    }

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    public List<Cell> cells(String selection, List<?> parameters, Measure measure, CalculationScope scope) {
        List<Object> params = new ArrayList<>();
        StringBuilder band = new StringBuilder("CASE WHEN s.birth_date IS NULL THEN NULL");
        for (AgeBand b : scope.ageBands()) {
            // age >= min  <=>  born on or before the day min years earlier; age <= max  <=>  born after max+1 years earlier
            band.append(" WHEN s.birth_date <= ?");
            params.add(scope.to().minusYears(b.minAge()));
            if (b.maxAge() != null) {
                band.append(" AND s.birth_date > ?");
                params.add(scope.to().minusYears(b.maxAge() + 1L));
            }
            band.append(" THEN '").append(b.code().replace("'", "''")).append("'");
        }
        band.append(" ELSE NULL END");
        params.addAll(parameters);
        String sql = "SELECT division_code, category, cert_level, sex, age_band, urban, " + measure.sql
                + " FROM (SELECT s.k, s.division_code, s.category, s.cert_level, s.sex, s.urban, s.amount, " + band
                + " AS age_band FROM (" + selection + ") s) x"
                + " GROUP BY division_code, category, cert_level, sex, age_band, urban";
        List<Cell> cells = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                bind(ps, i + 1, params.get(i));
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    BigDecimal m = r.getBigDecimal(7);
                    cells.add(new Cell(r.getString(1), integer(r, 2), integer(r, 3), r.getString(4), r.getString(5),
                            integer(r, 6), m == null ? BigDecimal.ZERO : m));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Statistics query failed: " + e.getMessage(), e);
        }
        return cells;
    }

    private static Integer integer(ResultSet r, int column) throws SQLException {
        int v = r.getInt(column);
        return r.wasNull() ? null : v;
    }

    private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value instanceof LocalDate d) {
            ps.setDate(index, Date.valueOf(d));
        } else if (value instanceof Timestamp t) {
            ps.setTimestamp(index, t);
        } else if (value instanceof Integer n) {
            ps.setInt(index, n);
        } else if (value instanceof BigDecimal n) {
            ps.setBigDecimal(index, n);
        } else {
            ps.setString(index, value == null ? null : value.toString());
        }
    }

    /** {@code ?, ?, ?} for an IN list of {@code n} values. */
    public static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(Math.max(1, n), "?"));
    }
}
