package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.division.DivisionCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Where and since when an import run runs, which decides whether a server that stopped left it behind: queued
 * on the server that stored the upload since the upload, then running on the server whose job began it since
 * that beginning; a continued run moves to the server that continues it, and its counts stay.
 */
class ImportRunTest {

    private static final Instant UPLOADED = Instant.parse("2026-11-30T08:00:00Z");
    private static final Instant BEGAN = Instant.parse("2026-11-30T08:00:02Z");
    private static final Instant CONTINUED = Instant.parse("2026-11-30T09:30:00Z");

    @Test
    void aRunRunsOnTheServerThatStoredItUntilAJobBeginsItThenOnTheJobsServer() {
        ImportRun run = new ImportRun("a.xlsx", new byte[]{1}, 10, "clerk-dongguan", DivisionCode.of("630102"),
                UPLOADED, "instance-1");
        assertEquals(ImportRunStatus.QUEUED, run.status());
        assertEquals("instance-1", run.runningOn());
        assertEquals(UPLOADED, run.runningSince(), "queued: since the upload");

        run.runStarted(41L, BEGAN, "instance-1");
        run.rowsDone(3, 2);
        assertEquals(BEGAN, run.runningSince());

        run.failed("服务器在导入过程中停止", "The server stopped during the import", CONTINUED.minusSeconds(60));
        run.runStarted(97L, CONTINUED, "instance-2");
        assertEquals(ImportRunStatus.RUNNING, run.status());
        assertEquals("instance-2", run.runningOn(), "continued on another server");
        assertEquals(CONTINUED, run.runningSince());
        assertEquals(5, run.rowsDone(), "the rows done before stay done");
        assertNull(run.failureReason());
    }
}
