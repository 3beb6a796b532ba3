package cn.xndpf.application.subsidy;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * A file made for download: its name, media type and content. The content is written to a temporary file,
 * not held in memory, because a city's payment file has hundreds of thousands of lines and a download may be
 * slower than the database; it is read once, and the stream from {@link #open()} deletes the file when
 * closed. A file nobody fetched (a client that went away) is deleted by a later export after a day.
 */
public record ExportedFile(String fileName, String contentType, String path) implements Serializable {

    private static final Path DIRECTORY = Path.of(System.getProperty("java.io.tmpdir"), "dpf-exports");
    private static final Duration ABANDONED = Duration.ofDays(1);

    /** What writes a file's content; the stream is closed by the caller. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code content} to a new temporary file; nothing is left behind if writing fails. */
    public static ExportedFile create(String fileName, String contentType, Content content) {
        Path file = null;
        try {
            Files.createDirectories(DIRECTORY);
            deleteAbandoned();
            file = Files.createTempFile(DIRECTORY, "export-", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                content.writeTo(out);
            }
            return new ExportedFile(fileName, contentType, file.toString());
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    public long size() {
        try {
            return Files.size(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content, once: closing the stream deletes the file. */
    public InputStream open() {
        Path file = Path.of(path);
        try {
            return new FilterInputStream(Files.newInputStream(file)) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        deleteQuietly(file);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The whole content in memory, once, for a caller that must carry it inside a message (SOAP without
     * attachments); the file is deleted.
     */
    public byte[] readAll() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteAbandoned() throws IOException {
        FileTime before = FileTime.from(Instant.now().minus(ABANDONED));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(DIRECTORY, "export-*.tmp")) {
            for (Path f : files) {
                if (Files.getLastModifiedTime(f).compareTo(before) < 0) {
                    deleteQuietly(f);
                }
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for deleteAbandoned
        }
    }
}
