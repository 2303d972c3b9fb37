package io.github.microcredentials.core;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.microcredentials.core.validation.Severity;
import io.github.microcredentials.core.validation.jakarta.Conforms;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * No package of the core depends, directly or through others, on a package that depends on it:
 * registries sit above what they list, helpers sit in their own classes, and internal packages
 * never import the public API built on them.
 */
class PackageCyclesTest {

    private static final String CORE = "io.github.microcredentials.core";

    /** The compiled main classes (the module path hides them from a class-path scan). */
    private static final JavaClasses CLASSES = new ClassFileImporter().importPath(Path.of("target/classes"));

    /**
     * The one accepted back edge: the model's documents carry the class-level {@code @Conforms}
     * constraint (with its {@code Severity} member) so that any Bean Validation provider validates
     * them. It is metadata a provider reads; no model code runs validation, and the test still
     * fails if a model class uses anything else of the validation packages.
     */
    private static final DescribedPredicate<JavaClass> CONSTRAINT_METADATA = describe("the @Conforms annotation",
            c -> c.isEquivalentTo(Conforms.class) || c.isEquivalentTo(Severity.class));

    @Test
    void corePackages_formNoCycle() {
        slices().matching(CORE + ".(**)").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage(CORE + ".model"), CONSTRAINT_METADATA)
                .check(CLASSES);
    }

    @Test
    void internalPackages_doNotImportTheValidationApiBuiltOnThem() {
        noClasses().that().resideInAPackage(CORE + ".internal..")
                .should().dependOnClassesThat().resideInAnyPackage(CORE + ".validation", CORE + ".validation.jakarta")
                .check(CLASSES);
    }

    @Test
    void theRules_doNotDependOnTheirRegistryOrEngine() {
        noClasses().that().resideInAPackage(CORE + ".internal.validation..")
                .should().dependOnClassesThat().haveSimpleName("Checks")
                .orShould().dependOnClassesThat().haveSimpleName("Engine")
                .check(CLASSES);
    }
}
