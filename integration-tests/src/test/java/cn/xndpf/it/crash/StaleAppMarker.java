package cn.xndpf.it.crash;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The "previous version" {@link RestartIT} leaves deployed as application dpf: each time a server loads it,
 * it adds a line to {@value #FILE} in the domain directory, so the test sees whether a start loaded it.
 */
@WebListener
public class StaleAppMarker implements ServletContextListener {

    static final String FILE = "stale-app-loaded.txt";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Path marker = Path.of(System.getProperty("com.sun.aas.instanceRoot"), FILE);
        try {
            Files.writeString(marker, "loaded " + Instant.now() + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
