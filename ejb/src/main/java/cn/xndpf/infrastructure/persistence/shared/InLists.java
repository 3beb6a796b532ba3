package cn.xndpf.infrastructure.persistence.shared;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Ids for a plain SQL {@code IN (?, ...)} list, in groups Oracle accepts: at most {@value #MAX} expressions in
 * one list (ORA-01795), whatever chunk size a job is given.
 */
public final class InLists {

    public static final int MAX = 1_000;

    private InLists() {
    }

    /** {@code ids} in groups of at most {@value #MAX}, in their order. */
    public static List<List<Long>> groups(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> groups = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX) {
            groups.add(all.subList(from, Math.min(all.size(), from + MAX)));
        }
        return groups;
    }

    /** {@code ?, ?, ...}: one parameter marker for each id of a group. */
    public static String markers(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /**
     * Binds a group's ids to the markers from parameter {@code first} on, as decimals: the ids' columns are
     * {@code NUMBER(19)}, which H2 holds as NUMERIC, and H2 checks every row an IN list found against the whole
     * list again, converting a BIGINT parameter to a decimal for each comparison. Bound as BIGINTs, the roll's
     * read of 200 cases' lines took eight times as long (README, Performance); Oracle takes either alike.
     */
    public static void bind(PreparedStatement statement, int first, List<Long> group) throws SQLException {
        int i = first;
        for (Long id : group) {
            statement.setBigDecimal(i++, BigDecimal.valueOf(id));
        }
    }
}
