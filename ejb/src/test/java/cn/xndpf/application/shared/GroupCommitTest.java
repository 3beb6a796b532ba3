package cn.xndpf.application.shared;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupCommitTest {

    private static final int CALLERS = 32;

    /** A writer that takes a few milliseconds, as a database commit does, and records what it wrote. */
    private static final class SlowWriter implements java.util.function.Consumer<List<Integer>> {
        final List<List<Integer>> writes = Collections.synchronizedList(new ArrayList<>());
        final Set<Integer> written = ConcurrentHashMap.newKeySet();

        @Override
        public void accept(List<Integer> items) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            writes.add(List.copyOf(items));
            written.addAll(items);
        }
    }

    @Test
    void concurrentCallersShareWritesAndEachReturnsOnlyOnceItsItemIsWritten() throws Exception {
        SlowWriter writer = new SlowWriter();
        GroupCommit<Integer> commits = new GroupCommit<>(writer, 500);
        Set<Integer> unwrittenAtReturn = ConcurrentHashMap.newKeySet();
        runConcurrently(i -> {
            commits.submit(i);
            if (!writer.written.contains(i)) {
                unwrittenAtReturn.add(i);
            }
        });

        assertEquals(Set.of(), unwrittenAtReturn, "no caller returned before its item was written");
        List<Integer> all = new ArrayList<>();
        writer.writes.forEach(all::addAll);
        Collections.sort(all);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            expected.add(i);
        }
        assertEquals(expected, all, "every item written exactly once");
        assertTrue(writer.writes.size() <= CALLERS / 2,
                "callers arriving together share writes: " + writer.writes.size() + " writes for " + CALLERS);
    }

    @Test
    void aWriteHoldsAtMostTheLimit() throws Exception {
        SlowWriter writer = new SlowWriter();
        GroupCommit<Integer> commits = new GroupCommit<>(writer, 4);
        runConcurrently(commits::submit);

        assertEquals(CALLERS, writer.written.size());
        assertTrue(writer.writes.stream().allMatch(w -> w.size() <= 4), "writes: " + writer.writes);
        assertTrue(writer.writes.stream().anyMatch(w -> w.size() > 1), "some writes were shared: " + writer.writes);
    }

    @Test
    void aFailedWriteFailsItsCallersAndTheNextCallerIsWrittenAlone() {
        List<List<String>> writes = new ArrayList<>();
        GroupCommit<String> commits = new GroupCommit<>(items -> {
            if (items.contains("refused")) {
                throw new IllegalStateException("the database refused");
            }
            writes.add(List.copyOf(items));
        }, 500);

        GroupCommit.NotWritten failure = assertThrows(GroupCommit.NotWritten.class, () -> commits.submit("refused"));
        assertEquals("the database refused", failure.getCause().getMessage());
        assertEquals(List.of(), writes, "nothing written");

        commits.submit("next");
        assertEquals(List.of(List.of("next")), writes, "the failed item is not written again with the next one");
    }

    private interface Caller {
        void call(int i) throws Exception;
    }

    private static void runConcurrently(Caller caller) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                int item = i;
                calls.add(pool.submit(() -> {
                    start.await();
                    caller.call(item);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
