package cn.xndpf.application.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Group commit: each caller hands in an item and returns only once it is written, but callers that arrive
 * together share one write. Whoever holds the writer's lock writes everything queued so far (at most
 * {@code mostPerWrite} at a time); those who were waiting for the lock then mostly find their item written
 * already. One transaction per caller is what made the partner verification's audit cost nearly half of
 * its time (the database's commit, not the insert).
 * <p>
 * A failed write fails exactly the callers whose items it held, each with {@link NotWritten}; items
 * queued later are written by the next caller as usual.
 */
public final class GroupCommit<T> {

    private final Consumer<List<T>> writer;
    private final int mostPerWrite;
    private final Queue<Pending<T>> queued = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();

    public GroupCommit(Consumer<List<T>> writer, int mostPerWrite) {
        if (mostPerWrite < 1) {
            throw new IllegalArgumentException("mostPerWrite must be at least 1: " + mostPerWrite);
        }
        this.writer = writer;
        this.mostPerWrite = mostPerWrite;
    }

    /** Returns once the item is written; throws {@link NotWritten} if the write that held it failed. */
    public void submit(T item) {
        Pending<T> mine = new Pending<>(item);
        queued.add(mine);
        writing.lock();
        try {
            // the fields are set by whoever wrote the item, under this lock
            while (!mine.written && mine.failure == null) {
                writeQueued();
            }
        } finally {
            writing.unlock();
        }
        if (mine.failure != null) {
            throw new NotWritten(mine.failure);
        }
    }

    private void writeQueued() {
        List<Pending<T>> batch = new ArrayList<>();
        Pending<T> next;
        while (batch.size() < mostPerWrite && (next = queued.poll()) != null) {
            batch.add(next);
        }
        List<T> items = new ArrayList<>(batch.size());
        batch.forEach(p -> items.add(p.item));
        try {
            writer.accept(items);
        } catch (RuntimeException | Error e) {
            // every caller of the batch must learn of it, or those waiting would look for their item forever
            batch.forEach(p -> p.failure = e);
            if (e instanceof Error error) {
                throw error;
            }
            return;
        }
        batch.forEach(p -> p.written = true);
    }

    /** The write that held the caller's item failed; the cause is that write's exception. */
    public static final class NotWritten extends RuntimeException {
        NotWritten(Throwable cause) {
            super("not written: " + cause, cause);
        }
    }

    private static final class Pending<T> {
        final T item;
        boolean written;
        Throwable failure;

        Pending(T item) {
            this.item = item;
        }
    }
}
