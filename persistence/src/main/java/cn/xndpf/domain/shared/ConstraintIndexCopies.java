package cn.xndpf.domain.shared;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drops the extra copies of unique constraints' indexes that H2 2.2 (the H2 Payara ships) adds in Oracle
 * mode each time it opens a database file: on every open it builds another index for each single-column
 * unique constraint and moves the constraint onto it, leaving the old one behind. Left alone, the
 * platform's database gains a copy of {@code uq_person_id_number} and the others at every server start,
 * each built over the whole table and kept up on every insert. H2 2.3 no longer does this; the copies are
 * recognised by what they are (a unique index no constraint uses, on exactly the columns of a unique
 * index a constraint uses); no migration creates such an index itself ({@code SchemaMigrationsTest}).
 * Does nothing on any other database.
 */
public final class ConstraintIndexCopies {

    private ConstraintIndexCopies() {
    }

    /** Drops the copies and returns their names (schema-qualified); commits when it dropped any. */
    public static List<String> dropFrom(Connection connection) throws SQLException {
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return List.of();
        }
        Map<String, List<String>> columnsOfUnique = new LinkedHashMap<>();
        Map<String, String> tableOf = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT c.index_schema, c.index_name, c.table_name, c.column_name"
                     + " FROM information_schema.index_columns c JOIN information_schema.indexes i"
                     + " ON i.index_schema = c.index_schema AND i.index_name = c.index_name"
                     + " WHERE i.index_type_name = 'UNIQUE INDEX'"
                     + " ORDER BY c.index_schema, c.index_name, c.ordinal_position")) {
            while (rs.next()) {
                String index = quoted(rs.getString(1)) + "." + quoted(rs.getString(2));
                tableOf.put(index, rs.getString(1) + "." + rs.getString(3));
                columnsOfUnique.computeIfAbsent(index, i -> new ArrayList<>()).add(rs.getString(4));
            }
        }
        Set<String> usedByConstraint = new HashSet<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT index_schema, index_name FROM information_schema.table_constraints"
                     + " WHERE index_name IS NOT NULL")) {
            while (rs.next()) {
                usedByConstraint.add(quoted(rs.getString(1)) + "." + quoted(rs.getString(2)));
            }
        }
        Set<String> constrained = new HashSet<>();
        for (String index : usedByConstraint) {
            if (columnsOfUnique.containsKey(index)) {
                constrained.add(tableOf.get(index) + columnsOfUnique.get(index));
            }
        }
        List<String> copies = new ArrayList<>();
        for (var unique : columnsOfUnique.entrySet()) {
            if (!usedByConstraint.contains(unique.getKey())
                    && constrained.contains(tableOf.get(unique.getKey()) + unique.getValue())) {
                copies.add(unique.getKey());
            }
        }
        if (!copies.isEmpty()) {
            try (Statement s = connection.createStatement()) {
                for (String copy : copies) {
                    s.execute("DROP INDEX " + copy);
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
        return copies;
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
