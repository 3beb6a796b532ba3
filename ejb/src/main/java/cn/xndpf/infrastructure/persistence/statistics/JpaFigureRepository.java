package cn.xndpf.infrastructure.persistence.statistics;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.statistics.Dimension;
import cn.xndpf.domain.statistics.Figure;
import cn.xndpf.domain.statistics.FigureRepository;
import cn.xndpf.domain.statistics.FigureValue;
import cn.xndpf.domain.statistics.PeriodType;
import cn.xndpf.domain.statistics.Publication;
import cn.xndpf.domain.statistics.StatisticsPeriod;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Figures are written with plain SQL on the container's connection (it joins the caller's JTA transaction):
 * the publish step copies a whole period with INSERT ... SELECT, which needs no sequence and no entity
 * traffic. They are read as entities.
 */
@ApplicationScoped
public class JpaFigureRepository implements FigureRepository {

    private static final String COLUMNS = "period_type, period_start, indicator_code, division_code, dimension,"
            + " dim_value, figure_value, numerator, denominator";

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Override
    public void stage(long jobInstanceId, StatisticsPeriod period, String indicatorCode,
                      Map<String, List<FigureValue>> valuesByCounty) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM stat_figure_stage WHERE job_instance_id = ?"
                    + " AND indicator_code = ?")) {
                d.setLong(1, jobInstanceId);
                d.setString(2, indicatorCode);
                d.executeUpdate();
            }
            try (PreparedStatement i = c.prepareStatement("INSERT INTO stat_figure_stage (job_instance_id, " + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Map.Entry<String, List<FigureValue>> county : valuesByCounty.entrySet()) {
                    for (FigureValue v : county.getValue()) {
                        i.setLong(1, jobInstanceId);
                        i.setString(2, period.type().name());
                        i.setDate(3, Date.valueOf(period.start()));
                        i.setString(4, indicatorCode);
                        i.setString(5, county.getKey());
                        i.setString(6, v.dimension().name());
                        i.setString(7, v.dimensionValue());
                        i.setBigDecimal(8, v.value());
                        i.setBigDecimal(9, v.numerator());
                        i.setBigDecimal(10, v.denominator());
                        i.addBatch();
                    }
                }
                i.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Staging figures of " + indicatorCode + " failed", e);
        }
    }

    @Override
    public Set<String> stagedItems(long jobInstanceId) {
        Set<String> items = new HashSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT indicator_code, division_code FROM stat_figure_stage"
                     + " WHERE job_instance_id = ? AND dimension = ?")) {
            s.setLong(1, jobInstanceId);
            s.setString(2, Dimension.TOTAL.name());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    items.add(r.getString(1) + "|" + r.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading staged figures failed", e);
        }
        return items;
    }

    @Override
    public int publish(long jobInstanceId, StatisticsPeriod period, DivisionCode root, LocalDate asOf,
                       long jobExecutionId) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM stat_figure WHERE period_type = ?"
                    + " AND period_start = ? AND division_code LIKE ?")) {
                d.setString(1, period.type().name());
                d.setDate(2, Date.valueOf(period.start()));
                d.setString(3, root.prefix() + "%");
                d.executeUpdate();
            }
            int published;
            try (PreparedStatement i = c.prepareStatement("INSERT INTO stat_figure (" + COLUMNS + ") SELECT "
                    + COLUMNS + " FROM stat_figure_stage WHERE job_instance_id = ?")) {
                i.setLong(1, jobInstanceId);
                published = i.executeUpdate();
            }
            try (PreparedStatement d = c.prepareStatement("DELETE FROM stat_publication WHERE period_type = ?"
                    + " AND period_start = ? AND root_division = ?")) {
                d.setString(1, period.type().name());
                d.setDate(2, Date.valueOf(period.start()));
                d.setString(3, root.value());
                d.executeUpdate();
            }
            try (PreparedStatement i = c.prepareStatement("INSERT INTO stat_publication (period_type, period_start,"
                    + " root_division, period_end, as_of, job_execution_id, published_at, figure_count)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                i.setString(1, period.type().name());
                i.setDate(2, Date.valueOf(period.start()));
                i.setString(3, root.value());
                i.setDate(4, Date.valueOf(period.end()));
                i.setDate(5, Date.valueOf(asOf));
                i.setLong(6, jobExecutionId);
                i.setTimestamp(7, Timestamp.from(Instant.now()));
                i.setInt(8, published);
                i.executeUpdate();
            }
            discard(c, jobInstanceId);
            return published;
        } catch (SQLException e) {
            throw new IllegalStateException("Publishing " + period + " for " + root + " failed", e);
        }
    }

    @Override
    public void discardStage(long jobInstanceId) {
        try (Connection c = dataSource.getConnection()) {
            discard(c, jobInstanceId);
        } catch (SQLException e) {
            throw new IllegalStateException("Discarding staged figures failed", e);
        }
    }

    private static void discard(Connection c, long jobInstanceId) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM stat_figure_stage WHERE job_instance_id = ?")) {
            d.setLong(1, jobInstanceId);
            d.executeUpdate();
        }
    }

    @Override
    public List<Figure> figures(StatisticsPeriod period, DivisionCode root) {
        return em.createQuery("SELECT f FROM Figure f WHERE f.periodType = :t AND f.periodStart = :s"
                        + " AND f.divisionCode LIKE :root ORDER BY f.indicatorCode, f.divisionCode, f.dimension,"
                        + " f.dimensionValue", Figure.class)
                .setParameter("t", period.type()).setParameter("s", period.start())
                .setParameter("root", root.prefix() + "%").getResultList();
    }

    @Override
    public List<Figure> series(String indicatorCode, Dimension dimension, List<StatisticsPeriod> periods,
                               DivisionCode root) {
        if (periods.isEmpty()) {
            return List.of();
        }
        PeriodType type = periods.get(0).type();
        List<LocalDate> starts = periods.stream().map(StatisticsPeriod::start).toList();
        return em.createQuery("SELECT f FROM Figure f WHERE f.indicatorCode = :i AND f.dimension = :d"
                        + " AND f.periodType = :t AND f.periodStart IN :starts AND f.divisionCode LIKE :root"
                        + " ORDER BY f.periodStart, f.divisionCode, f.dimensionValue", Figure.class)
                .setParameter("i", indicatorCode).setParameter("d", dimension).setParameter("t", type)
                .setParameter("starts", starts).setParameter("root", root.prefix() + "%").getResultList();
    }

    @Override
    public Optional<Publication> publication(StatisticsPeriod period, DivisionCode root) {
        return em.createQuery("SELECT p FROM Publication p WHERE p.periodType = :t AND p.periodStart = :s"
                        + " AND p.rootDivision = :r", Publication.class)
                .setParameter("t", period.type()).setParameter("s", period.start())
                .setParameter("r", root.value()).getResultStream().findFirst();
    }

    @Override
    public List<Publication> publications(PeriodType type, DivisionCode root, int max) {
        return new ArrayList<>(em.createQuery("SELECT p FROM Publication p WHERE p.periodType = :t"
                        + " AND p.rootDivision = :r ORDER BY p.periodStart DESC", Publication.class)
                .setParameter("t", type).setParameter("r", root.value()).setMaxResults(Math.max(1, max))
                .getResultList());
    }
}
