package cn.xndpf.it.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a cluster, a staff member's session (the signed-in user, the view-scoped screens' state) is written to
 * Payara's data grid after each request and read by another instance when the first one is lost; what cannot
 * be serialised is lost with its instance. So everything session- and view-scoped beans hold must be
 * serialisable, all the way down: checked here on the compiled classes, since a non-serialisable field
 * would otherwise only show on the day an instance dies.
 */
class SessionStateTest {

    private static final Set<String> SCOPES = Set.of("jakarta.faces.view.ViewScoped",
            "jakarta.enterprise.context.SessionScoped");
    /** References the container injects or hands out as serialisable proxies. */
    private static final Set<String> CONTAINER_REFERENCES = Set.of("jakarta.inject.Inject", "jakarta.ejb.EJB",
            "jakarta.annotation.Resource");
    private static final Set<String> BEANS = Set.of("jakarta.ejb.Stateless", "jakarta.ejb.Singleton",
            "jakarta.ejb.Stateful", "jakarta.enterprise.context.ApplicationScoped",
            "jakarta.enterprise.context.RequestScoped", "jakarta.enterprise.context.Dependent");
    /** Interfaces whose implementations in use are serialisable (the JDK's collections); their elements are checked. */
    private static final Set<String> CONTAINERS = Set.of("java.util.List", "java.util.Map", "java.util.Set",
            "java.util.Collection");

    private static JavaClasses classes;

    @BeforeAll
    static void importModules() {
        List<Path> dirs = new ArrayList<>();
        for (String module : List.of("persistence", "ejb", "web")) {
            Path dir = Path.of(System.getProperty("dpf.basedir", "."), "..", module, "target", "classes");
            assertTrue(Files.isDirectory(dir.resolve("cn/xndpf")), "compiled classes of " + module + " at " + dir);
            dirs.add(dir);
        }
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPaths(dirs);
    }

    @Test
    void everythingASessionHoldsCanBeSerialised() {
        List<JavaClass> scoped = classes.stream()
                .filter(c -> c.getAnnotations().stream().anyMatch(a -> SCOPES.contains(a.getRawType().getName())))
                .toList();
        assertFalse(scoped.size() < 10, "the screens' session and view-scoped beans are found: " + scoped);
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JavaClass bean : scoped) {
            check(bean, bean.getSimpleName(), problems, seen);
        }
        assertEquals(List.of(), problems, "state a session keeps that cannot be written to the data grid");
    }

    private void check(JavaClass owner, String path, List<String> problems, Set<String> seen) {
        if (!owner.isAssignableTo(Serializable.class)) {
            problems.add(path + ": " + owner.getName() + " is not Serializable");
            return;
        }
        if (!seen.add(owner.getName())) {
            return;
        }
        for (JavaClass c = owner; c != null && c.getPackageName().startsWith("cn.xndpf");
             c = c.getRawSuperclass().orElse(null)) {
            for (JavaField f : c.getFields()) {
                if (f.getModifiers().contains(JavaModifier.STATIC) || f.getModifiers().contains(JavaModifier.TRANSIENT)
                        || f.getAnnotations().stream().anyMatch(a -> CONTAINER_REFERENCES.contains(a.getRawType().getName()))) {
                    continue;
                }
                checkType(f.getType(), path + "." + f.getName(), problems, seen);
            }
        }
    }

    private void checkType(JavaType type, String path, List<String> problems, Set<String> seen) {
        if (type instanceof JavaWildcardType w) {
            w.getUpperBounds().forEach(b -> checkType(b, path, problems, seen));
            return;
        }
        JavaClass raw = type.toErasure();
        if (raw.isPrimitive() || raw.isEnum() || raw.getAnnotations().stream()
                .anyMatch(a -> BEANS.contains(a.getRawType().getName()))) {
            return;
        }
        if (raw.isArray()) {
            checkType(raw.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (CONTAINERS.contains(raw.getName()) || raw.isAssignableTo(Serializable.class)) {
            if (type instanceof JavaParameterizedType p) {
                p.getActualTypeArguments().forEach(t -> checkType(t, path + "<>", problems, seen));
            }
            if (raw.getPackageName().startsWith("cn.xndpf")) {
                check(raw, path, problems, seen);
            }
            return;
        }
        if (raw.getName().equals("java.lang.Object")) {
            // a type variable's erasure: its bound was checked where the type was given
            return;
        }
        problems.add(path + ": " + raw.getName() + " is not Serializable");
    }
}
