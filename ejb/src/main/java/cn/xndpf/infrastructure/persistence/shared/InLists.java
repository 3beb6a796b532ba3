package cn.xndpf.infrastructure.persistence.shared;

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
}
