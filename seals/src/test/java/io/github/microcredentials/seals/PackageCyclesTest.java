package io.github.microcredentials.seals;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The module's internal packages form no cycle, and they do not import the public API they serve.
 *
 * <p>The verification code passes plain data: its rules ({@code internal.seal.Rule}), findings,
 * results, baseline levels and detached documents are internal types, which the public report maps
 * to {@link SealProblem}, {@link SealLevel} and {@link SealFormat}. The signer and the algorithm are
 * the shared {@code signing} types ({@code Signer}, {@code SignatureAlgorithm}), so no public seal
 * type may be imported by internal code; the list below is empty and is to stay so.
 */
class PackageCyclesTest {

    private static final String ROOT = "io.github.microcredentials.seals";

    /** The compiled main classes (the module path hides them from a class-path scan). */
    private static final JavaClasses CLASSES = new ClassFileImporter().importPath(Path.of("target/classes"));

    /** Public types the internal code may still use (see the class comment). */
    private static final Set<String> VOCABULARY = Set.of();

    @Test
    void internalPackages_formNoCycle() {
        slices().matching(ROOT + ".internal.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void internalPackages_importNoPublicApiButTheListedVocabulary() {
        noClasses().that().resideInAPackage(ROOT + ".internal..")
                .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("public API other than " + VOCABULARY) {
                    @Override
                    public boolean test(JavaClass target) {
                        return target.getPackageName().equals(ROOT)
                                && !VOCABULARY.contains(target.getName().substring(ROOT.length() + 1));
                    }
                })
                .check(CLASSES);
    }

    @Test
    void theTimeStampClient_isNotImportedByInternalCode() {
        noClasses().that().resideInAPackage(ROOT + ".internal..")
                .should().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".TsaClient")
                .check(CLASSES);
    }
}
