package cn.xndpf.infrastructure.persistence.shared;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A roll's chunk of any size is read in IN lists Oracle accepts (at most 1,000 ids each), every id once. */
class InListsTest {

    @Test
    void groupsIdsByAThousandInTheirOrder() {
        List<Long> ids = LongStream.rangeClosed(1, 2_001).boxed().toList();
        List<List<Long>> groups = InLists.groups(ids);
        assertEquals(List.of(1_000, 1_000, 1), groups.stream().map(List::size).toList());
        assertEquals(ids, groups.stream().flatMap(List::stream).toList());
        assertEquals(List.of(List.of(7L)), InLists.groups(List.of(7L)));
        assertEquals(List.of(), InLists.groups(List.of()));
    }

    @Test
    void marksOneParameterPerId() {
        assertEquals("?, ?, ?", InLists.markers(3));
        assertEquals(1_000, InLists.markers(1_000).chars().filter(c -> c == '?').count());
    }
}
