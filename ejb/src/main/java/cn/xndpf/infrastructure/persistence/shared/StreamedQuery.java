package cn.xndpf.infrastructure.persistence.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a query's rows as the database produces them, for an export of any size written in constant memory.
 * Oracle does that with a fetch size alone. H2 does not: unless lazy execution is on for the session, it works
 * out a query's whole result before handing the first row on, keeping up to MAX_MEMORY_ROWS of it in the heap
 * (80,000 rows with the benchmark's 2 GB) and the rest in a temporary file. So on H2 lazy execution is switched on
 * for this one statement and off again afterwards, since the pooled connection goes on to other work. Only a query
 * that needs no sort of its own streams so: the statement must be ordered as an index it reads is.
 */
public final class StreamedQuery {

    private static final int FETCH_SIZE = 2_000;

    /** What is done with each row; the result set is positioned on it. */
    @FunctionalInterface
    public interface RowHandler {
        void row(ResultSet row) throws SQLException;
    }

    /** What binds the statement's parameters. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private StreamedQuery() {
    }

    /** Runs {@code sql} on {@code connection}, bound by {@code binder}, handing each row to {@code handler}. */
    public static void each(Connection connection, String sql, Binder binder, RowHandler handler) throws SQLException {
        boolean h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
        if (h2) {
            lazy(connection, true);
        }
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setFetchSize(FETCH_SIZE);
            binder.bind(s);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    handler.row(r);
                }
            }
        } finally {
            if (h2) {
                lazy(connection, false);
            }
        }
    }

    private static void lazy(Connection connection, boolean on) throws SQLException {
        try (var s = connection.createStatement()) {
            s.execute("SET LAZY_QUERY_EXECUTION " + on);
        }
    }
}
