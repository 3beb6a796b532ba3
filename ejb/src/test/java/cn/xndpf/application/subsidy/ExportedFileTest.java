package cn.xndpf.application.subsidy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportedFileTest {

    @Test
    void theContentIsReadOnceAndTheTemporaryFileIsThenDeleted() throws IOException {
        byte[] content = "line_id,amount\r\n1,80.00\r\n".getBytes(StandardCharsets.UTF_8);
        ExportedFile f = ExportedFile.create("a.csv", "text/csv", out -> out.write(content));
        assertEquals(content.length, f.size());
        assertTrue(Files.exists(Path.of(f.path())));
        try (InputStream in = f.open()) {
            assertArrayEquals(content, in.readAllBytes());
        }
        assertFalse(Files.exists(Path.of(f.path())), "closing the stream deletes the file");
    }

    @Test
    void aWriterThatFailsLeavesNoFileBehind() throws IOException {
        ExportedFile probe = ExportedFile.create("probe", "text/plain", out -> { });
        Path directory = Path.of(probe.path()).getParent();
        probe.readAll();
        long before = countIn(directory);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ExportedFile.create("b.csv",
                "text/csv", out -> {
                    out.write(new byte[100_000]);
                    throw new IllegalStateException("the database went away");
                }));
        assertEquals("the database went away", e.getMessage());
        assertEquals(before, countIn(directory));
    }

    @Test
    void aFileNobodyFetchedForADayIsDeletedByTheNextExport() throws IOException {
        ExportedFile abandoned = ExportedFile.create("c.csv", "text/csv", out -> out.write(1));
        ExportedFile recent = ExportedFile.create("d.csv", "text/csv", out -> out.write(2));
        Files.setLastModifiedTime(Path.of(abandoned.path()),
                FileTime.from(Instant.now().minus(Duration.ofDays(1)).minusSeconds(60)));
        ExportedFile.create("e.csv", "text/csv", out -> out.write(3)).readAll();
        assertFalse(Files.exists(Path.of(abandoned.path())));
        assertTrue(Files.exists(Path.of(recent.path())));
        recent.readAll();
    }

    private static long countIn(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.count();
        }
    }
}
