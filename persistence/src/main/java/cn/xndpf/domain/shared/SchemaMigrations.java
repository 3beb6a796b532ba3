package cn.xndpf.domain.shared;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings a database to the current schema version (Flyway, scripts in db/migration), and takes off the
 * index copies H2 2.2 added while opening it ({@link ConstraintIndexCopies}): every opener of the
 * database migrates first, so this is the one place that sees each open.
 */
public final class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    private SchemaMigrations() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("schema_history")
                .load()
                .migrate();
        try (Connection c = dataSource.getConnection()) {
            List<String> dropped = ConstraintIndexCopies.dropFrom(c);
            if (!dropped.isEmpty()) {
                LOG.info(() -> "Dropped " + dropped.size() + " index copies H2 added on opening the database: "
                        + dropped);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take off H2's index copies", e);
        }
        return result;
    }
}
