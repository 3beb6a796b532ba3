package cn.xndpf.it.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layering the modules show, written down so that it stays true: web -> ejb -> persistence,
 * batch -> ejb, nothing below calling up, and programs never reaching into each other except through the
 * kernel ({@code workflow}) and the shared packages. Checked on the compiled classes of the four modules
 * (the reactor builds them before this module's tests); a missing module fails instead of passing empty.
 */
class LayeringTest {

    /** Programs: each is a package name in every module (domain, application, web, batch). */
    static final List<String> PROGRAMS = List.of("subsidy", "education", "rehabilitation", "care", "employment",
            "poverty", "culture", "rights", "accessibility", "socialsecurity");

    /** The kernel and what every program shares: never depends on a program. */
    static final List<String> SHARED = List.of("workflow", "shared", "audit", "security", "division", "person",
            "institution");

    private static JavaClasses classes;

    @BeforeAll
    static void importModules() {
        List<Path> dirs = new ArrayList<>();
        for (String module : List.of("persistence", "ejb", "batch", "web")) {
            Path dir = Path.of(System.getProperty("dpf.basedir", "."), "..", module, "target", "classes");
            assertTrue(Files.isDirectory(dir.resolve("cn/xndpf")), "compiled classes of " + module + " at " + dir);
            dirs.add(dir);
        }
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPaths(dirs);
    }

    @Test
    void persistenceDependsOnNoModuleAboveIt() {
        check(noClasses().that().resideInAPackage("cn.xndpf.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.xndpf.application..",
                        "cn.xndpf.infrastructure..", "cn.xndpf.web..", "cn.xndpf.batch..")
                .because("persistence holds entities, value objects and repository interfaces only"));
    }

    @Test
    void ejbDependsOnNeitherWebNorBatch() {
        check(noClasses().that().resideInAnyPackage("cn.xndpf.application..", "cn.xndpf.infrastructure..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.xndpf.web..", "cn.xndpf.batch..")
                .because("business logic is called by screens, endpoints and jobs, never the other way"));
    }

    @Test
    void batchGoesThroughTheServices() {
        check(noClasses().that().resideInAPackage("cn.xndpf.batch..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.xndpf.web..", "cn.xndpf.infrastructure..")
                .because("batch artifacts call the ejb services (batch -> ejb)"));
    }

    @Test
    void webHoldsNoBusinessLogic() {
        check(noClasses().that().resideInAPackage("cn.xndpf.web..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.xndpf.infrastructure..", "cn.xndpf.batch..",
                        "jakarta.persistence..", "jakarta.batch..")
                .because("screens and endpoints call the ejb services (web -> ejb), which own data and jobs"));
    }

    @Test
    void theKernelAndSharedPackagesKnowNoProgram() {
        for (String shared : SHARED) {
            for (String program : PROGRAMS) {
                check(noClasses().that().resideInAPackage("cn.xndpf.*." + shared + "..")
                        .should().dependOnClassesThat().resideInAPackage("cn.xndpf.*." + program + "..")
                        .because("programs plug into the kernel (rows, a rules class, a CaseDetailContributor);"
                                + " the kernel never names one"));
            }
        }
    }

    @Test
    void programsNeverReachIntoEachOther() {
        for (String program : PROGRAMS) {
            for (String other : PROGRAMS) {
                if (!program.equals(other)) {
                    check(noClasses().that().resideInAPackage("cn.xndpf.*." + program + "..")
                            .should().dependOnClassesThat().resideInAPackage("cn.xndpf.*." + other + "..")
                            .because("programs meet only through the kernel and the shared packages"));
                }
            }
        }
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }
}
