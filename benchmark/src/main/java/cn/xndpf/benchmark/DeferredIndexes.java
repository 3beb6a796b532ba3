package cn.xndpf.benchmark;

import cn.xndpf.domain.shared.ConstraintIndexCopies;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The loaded tables' secondary indexes, unique constraints and foreign keys, taken off for the load and
 * put back afterwards as the migrations define them (延迟建索引). A profile of the loader spent its time
 * keeping a dozen B-trees in random key order (ID numbers, names, certificate numbers) and checking foreign
 * keys row by row; a database builds an index over rows already written by sorting them once, and checks
 * a foreign key over the whole table in one pass.
 *
 * <p>What is taken off is read from the database itself (JDBC metadata, and the constraints' own catalogue:
 * H2's {@code INFORMATION_SCHEMA}, Oracle's {@code USER_CONSTRAINTS}), so a migration that adds an index
 * needs no change here; what is put back is standard SQL ({@code ALTER TABLE ... ADD CONSTRAINT},
 * {@code CREATE [UNIQUE] INDEX}). Primary keys and check constraints stay: ids are written in ascending
 * order, so the primary key is appended to, and a check costs no lookup. Foreign keys are put back first,
 * so that H2 gives each the index of its own it gave it when the migration created the table, then the
 * unique constraints, then the plain indexes.
 */
final class DeferredIndexes {

    private record Fk(String name, String table, List<String> columns, String referenced,
                      List<String> referencedColumns, String onDelete) {
    }

    private record Unique(String name, String table, List<String> columns) {
    }

    private record Index(String name, String table, boolean unique, List<String> columns) {
    }

    private final Connection connection;
    private final List<Fk> foreignKeys = new ArrayList<>();
    private final List<Unique> uniques = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private List<String> copies = List.of();

    private DeferredIndexes(Connection connection) {
        this.connection = connection;
    }

    /** Reads the tables' indexes and constraints and drops them; {@link #restore()} puts them back. */
    static DeferredIndexes dropFrom(Connection connection, boolean oracle, List<String> tables) throws SQLException {
        DeferredIndexes d = new DeferredIndexes(connection);
        // Before reading: H2's copies of unique indexes would otherwise be read as indexes to put back.
        d.copies = ConstraintIndexCopies.dropFrom(connection);
        d.read(oracle, tables);
        d.drop();
        return d;
    }

    private void read(boolean oracle, List<String> tables) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Set<String> upper = new HashSet<>();
        for (String t : tables) {
            upper.add(t.toUpperCase());
        }
        // The constraints and the index each one owns (an index taken off with its constraint).
        Map<String, String> constraintOfIndex = new TreeMap<>();
        Map<String, String> typeOf = new TreeMap<>();
        Map<String, String> tableOf = new TreeMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(oracle
                ? "SELECT constraint_name, constraint_type, table_name, index_name FROM user_constraints"
                : "SELECT constraint_name, constraint_type, table_name, index_name"
                + " FROM information_schema.table_constraints WHERE table_schema = SCHEMA()")) {
            while (rs.next()) {
                String type = switch (rs.getString(2)) {
                    case "P", "PRIMARY KEY" -> "P";
                    case "U", "UNIQUE" -> "U";
                    case "R", "FOREIGN KEY" -> "R";
                    default -> "C";
                };
                typeOf.put(rs.getString(1), type);
                tableOf.put(rs.getString(1), rs.getString(3));
                if (rs.getString(4) != null) {
                    constraintOfIndex.put(rs.getString(4), rs.getString(1));
                }
            }
        }
        // A unique constraint that a foreign key refers to stays: it cannot be dropped before that key.
        Set<String> referenced = new HashSet<>();
        for (String table : upper) {
            try (ResultSet rs = meta.getExportedKeys(null, null, table)) {
                while (rs.next()) {
                    referenced.add(rs.getString("PK_NAME"));
                }
            }
        }
        for (String table : upper) {
            Map<String, Fk> fks = new LinkedHashMap<>();
            try (ResultSet rs = meta.getImportedKeys(null, null, table)) {
                while (rs.next()) {
                    String name = rs.getString("FK_NAME");
                    Fk fk = fks.computeIfAbsent(name, n -> {
                        try {
                            return new Fk(n, table, new ArrayList<>(), rs.getString("PKTABLE_NAME"),
                                    new ArrayList<>(), onDelete(rs.getShort("DELETE_RULE")));
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    int seq = rs.getShort("KEY_SEQ");
                    set(fk.columns(), seq, rs.getString("FKCOLUMN_NAME"));
                    set(fk.referencedColumns(), seq, rs.getString("PKCOLUMN_NAME"));
                }
            }
            foreignKeys.addAll(fks.values());
            Map<String, Index> byName = new LinkedHashMap<>();
            try (ResultSet rs = meta.getIndexInfo(null, null, table, false, true)) {
                while (rs.next()) {
                    String name = rs.getString("INDEX_NAME");
                    if (name == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                        continue;
                    }
                    Index index = byName.computeIfAbsent(name, n -> {
                        try {
                            return new Index(n, table, !rs.getBoolean("NON_UNIQUE"), new ArrayList<>());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    String column = rs.getString("COLUMN_NAME");
                    set(index.columns(), rs.getShort("ORDINAL_POSITION"),
                            "D".equals(rs.getString("ASC_OR_DESC")) ? column + " DESC" : column);
                }
            }
            for (Index index : byName.values()) {
                String constraint = constraintOfIndex.get(index.name());
                if (constraint != null && "U".equals(typeOf.get(constraint)) && !referenced.contains(constraint)) {
                    uniques.add(new Unique(constraint, table, index.columns()));
                }
            }
            for (Index index : byName.values()) {
                if (constraintOfIndex.containsKey(index.name())) {
                    continue;   // the primary key's, a foreign key's or a unique constraint's own
                }
                indexes.add(index);
            }
        }
        foreignKeys.removeIf(fk -> !tableOf.containsKey(fk.name()));
    }

    private static void set(List<String> list, int position, String value) {
        while (list.size() < position) {
            list.add(null);
        }
        list.set(position - 1, value);
    }

    private static String onDelete(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> " ON DELETE CASCADE";
            case DatabaseMetaData.importedKeySetNull -> " ON DELETE SET NULL";
            default -> "";
        };
    }

    private void drop() throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (Fk fk : foreignKeys) {
                s.execute("ALTER TABLE " + fk.table() + " DROP CONSTRAINT " + fk.name());
            }
            for (Unique u : uniques) {
                s.execute("ALTER TABLE " + u.table() + " DROP CONSTRAINT " + u.name());
            }
            for (Index i : indexes) {
                s.execute("DROP INDEX " + i.name());
            }
        }
        connection.commit();
    }

    /** Puts back what {@link #dropFrom} took off, checking every row against it. */
    void restore() throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (Fk fk : foreignKeys) {
                s.execute("ALTER TABLE " + fk.table() + " ADD CONSTRAINT " + fk.name() + " FOREIGN KEY ("
                        + String.join(", ", fk.columns()) + ") REFERENCES " + fk.referenced() + " ("
                        + String.join(", ", fk.referencedColumns()) + ")" + fk.onDelete());
            }
            for (Unique u : uniques) {
                s.execute("ALTER TABLE " + u.table() + " ADD CONSTRAINT " + u.name() + " UNIQUE ("
                        + String.join(", ", u.columns()) + ")");
            }
            for (Index i : indexes) {
                s.execute("CREATE " + (i.unique() ? "UNIQUE " : "") + "INDEX " + i.name() + " ON " + i.table()
                        + " (" + String.join(", ", i.columns()) + ")");
            }
        }
        connection.commit();
    }

    /** How many of each were taken off, for the loader's report. */
    String describe() {
        return foreignKeys.size() + " foreign keys, " + uniques.size() + " unique constraints, " + indexes.size()
                + " indexes" + (copies.isEmpty() ? "" : " (and " + copies.size() + " copies of unique indexes H2 had"
                + " added on opening the database, not put back)");
    }
}
