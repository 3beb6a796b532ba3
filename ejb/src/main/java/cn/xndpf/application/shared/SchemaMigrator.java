package cn.xndpf.application.shared;

import cn.xndpf.domain.shared.SchemaMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Runs the Flyway migrations when the application is deployed, before any other startup work, so the
 * same EAR brings an empty H2 file or an Oracle schema to the current version.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = SchemaMigrations.migrate(dataSource);
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + ", " + result.migrationsExecuted
                + " migration(s) applied");
    }
}
