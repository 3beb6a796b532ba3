package cn.xndpf.domain.shared;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;

/** Brings a database to the current schema version (Flyway, scripts in db/migration). */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("schema_history")
                .load()
                .migrate();
    }
}
