package cn.xndpf.it;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

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
     * The EAR with the given test classes (and the helpers of this package) added to its web module, which
     * is marked as the archive to test: the tests run inside the real application, where they can
     * {@code @Inject} or {@code @EJB} its services and look up {@code jdbc/dpf}.
     */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive war;
        try (InputStream in = ear.get(WEB_MODULE).getAsset().openStream()) {
            war = ShrinkWrap.create(ZipImporter.class, WEB_MODULE).importFrom(in).as(WebArchive.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.addClasses(testClasses);
        // The helpers of this package, but not the other test classes (a browser test's Selenium
        // classes are not in the server).
        war.addPackages(false, path -> !isTestClass(path.get()), Deployments.class.getPackage());
        ear.delete(WEB_MODULE);
        ear.addAsModule(Testable.archiveToTest(war));
        return ear;
    }

    /**
     * Adds test helpers to the EJB module rather than the web module, for the few that must live where the
     * services are (an observer of an event the services fire). They must be public: the test reaches them
     * from the web module through the application's class loader.
     */
    public static EnterpriseArchive withEjbHelpers(EnterpriseArchive ear, Class<?>... helpers) {
        JavaArchive ejb;
        try (InputStream in = ear.get(EJB_MODULE).getAsset().openStream()) {
            ejb = ShrinkWrap.create(ZipImporter.class, EJB_MODULE).importFrom(in).as(JavaArchive.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ejb.addClasses(helpers);
        ear.delete(EJB_MODULE);
        ear.addAsModule(ejb);
        return ear;
    }

    /** Whether an archive path names a test class ({@code *IT}) or one of its nested classes. */
    private static boolean isTestClass(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int nested = name.indexOf('$');
        String topLevel = nested >= 0 ? name.substring(0, nested) : name.replace(".class", "");
        return topLevel.endsWith("IT");
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
