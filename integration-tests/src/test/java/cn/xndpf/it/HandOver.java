package cn.xndpf.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Values a test chooses in the test JVM and reads again in its in-server steps (an applicant's ID number):
 * a small file in the test domain's directory, which the tests and the server share on this machine. They
 * used to travel in the test archive, which no longer suits: one deployment serves every class
 * ({@link SuiteDeployment}), deployed before a later class chooses its values.
 */
public final class HandOver {

    private static final String DIRECTORY = "it-hand-over";

    private HandOver() {
    }

    /** In the test JVM: leaves {@code text} under {@code name} for the server. */
    public static void write(String name, String text) {
        String domainDir = System.getProperty("dpf.it.domainDir");
        if (domainDir == null) {
            throw new IllegalStateException("dpf.it.domainDir is not set: run the tests with Maven (mvn verify)");
        }
        Path file = Paths.get(domainDir, DIRECTORY, name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** In the server: what the test JVM left under {@code name}. */
    public static String read(String name) {
        Path file = Paths.get(System.getProperty("com.sun.aas.instanceRoot"), DIRECTORY, name);
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("nothing handed over as " + name + " (" + file + ")", e);
        }
    }
}
