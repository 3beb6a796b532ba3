package cn.xndpf.it;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;


import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Arquillian deployments built from the real, assembled EAR ({@code ear/target/dpf.ear}, passed by failsafe
 * as system property {@value #EAR_PROPERTY}), so the tests run against exactly what is installed.
 *
 * <pre>
 * &#64;Deployment
 * static EnterpriseArchive deployment() {
 *     return Deployments.earWithTests(MyServiceIT.class);
 * }
 * </pre>
 */
public final class Deployments {

    /** System property holding the path of the assembled EAR. */
    public static final String EAR_PROPERTY = "dpf.ear";
    /** The web module inside the EAR (context root {@code /dpf}). */
    public static final String WEB_MODULE = "dpf-web.war";
    /** The EJB module inside the EAR (the services). */
    public static final String EJB_MODULE = "dpf-ejb.jar";
    /** Name of the EAR, and so of the application deployed by Arquillian. */
    public static final String EAR_NAME = "dpf.ear";

    private Deployments() {
    }

    /**
     * The EAR for the module's in-server tests: every test class and helper of {@code cn.xndpf.it} is added to
     * its web module (marked as the archive to test), those marked {@link InEjbModule} to its EJB module, so the
     * tests run inside the real application, where they can {@code @Inject} or {@code @EJB} its services and
     * look up {@code jdbc/dpf}. Every class gets the same archive, whatever classes it names, so that one
     * deployment serves the whole run ({@link SuiteDeployment}); the classes named must be among those added.
     * Classes that use client-side libraries the server has not (Selenium) are added too: the server never
     * loads them, and a browser test's in-server steps live in the same class. Left out: {@link
     * #NOT_IN_THE_PLATFORM}.
     */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive war;
        JavaArchive ejb;
        try (InputStream web = ear.get(WEB_MODULE).getAsset().openStream();
             InputStream services = ear.get(EJB_MODULE).getAsset().openStream()) {
            war = ShrinkWrap.create(ZipImporter.class, WEB_MODULE).importFrom(web).as(WebArchive.class);
            ejb = ShrinkWrap.create(ZipImporter.class, EJB_MODULE).importFrom(services).as(JavaArchive.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> added = new HashSet<>();
        for (TestClassFile file : testClassFiles()) {
            if (file.inEjbModule()) {
                ejb.add(new FileAsset(file.path().toFile()), file.name());
            } else {
                war.add(new FileAsset(file.path().toFile()), "WEB-INF/classes/" + file.name());
            }
            added.add(file.name());
        }
        // The statistics' restatement lives in a module of its own (the benchmark shares it): in-server tests use it.
        war.addPackage(cn.xndpf.expected.ExpectedFigures.class.getPackage());
        for (Class<?> named : testClasses) {
            String name = named.getName().replace('.', '/') + ".class";
            if (!added.contains(name)) {
                throw new IllegalStateException(named.getName() + " is left out of the platform on purpose");
            }
        }
        ear.delete(WEB_MODULE);
        ear.delete(EJB_MODULE);
        ear.addAsModule(ejb);
        ear.addAsModule(Testable.archiveToTest(war));
        return ear;
    }

    /**
     * Test classes that must not be in the platform: the extension that shares its deployment (client side
     * only), and the listener that marks a "previous version" for {@code RestartIT} (it writes a file at every
     * start of the application it is in).
     */
    private static final Set<String> NOT_IN_THE_PLATFORM = Set.of("cn/xndpf/it/SuiteDeployment",
            "cn/xndpf/it/crash/StaleAppMarker");

    private record TestClassFile(Path path, String name, boolean inEjbModule) {
    }

    private static List<TestClassFile> testClassFiles() {
        Path root;
        try {
            root = Paths.get(Deployments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        String marker = "L" + InEjbModule.class.getName().replace('.', '/') + ";";
        List<TestClassFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root.resolve(Deployments.class.getPackageName().replace('.', '/')))) {
            for (Path path : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(path).toString().replace(File.separatorChar, '/');
                String topLevel = name.replaceFirst("(\\$.*)?\\.class$", "");
                if (NOT_IN_THE_PLATFORM.contains(topLevel)) {
                    continue;
                }
                String bytes = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
                files.add(new TestClassFile(path, name, bytes.contains(marker)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The EAR as built, for {@code @Deployment(testable = false)} tests that act as HTTP clients. */
    public static EnterpriseArchive ear() {
        File file = earFile();
        return ShrinkWrap.create(ZipImporter.class, EAR_NAME).importFrom(file).as(EnterpriseArchive.class);
    }

    /** The assembled EAR. */
    public static File earFile() {
        String path = System.getProperty(EAR_PROPERTY);
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("System property " + EAR_PROPERTY
                    + " (path of dpf.ear) is not set: run the integration tests with Maven (mvn verify)");
        }
        File file = new File(path);
        if (!file.isFile()) {
            throw new IllegalStateException("No EAR at " + file.getAbsolutePath() + ": build it first (mvn verify)");
        }
        return file;
    }

    /** The application's address on the test server, e.g. {@code http://localhost:18080/dpf/}. */
    public static URI baseUri() {
        return URI.create(System.getProperty("dpf.it.baseUrl", "http://localhost:18080/dpf/"));
    }
}
