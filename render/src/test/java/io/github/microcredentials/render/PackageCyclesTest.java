package io.github.microcredentials.render;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The module's packages form no cycle, and its internal packages do not import its public API. */
class PackageCyclesTest {

    private static final String ROOT = "io.github.microcredentials.render";

    /** The compiled main classes (the module path hides them from a class-path scan). */
    private static final JavaClasses CLASSES = new ClassFileImporter().importPath(Path.of("target/classes"));

    @Test
    void packages_formNoCycle() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void internalPackages_doNotImportThePublicApi() {
        noClasses().that().resideInAPackage(ROOT + ".internal..")
                .should().dependOnClassesThat().resideInAPackage(ROOT)
                .check(CLASSES);
    }
}
