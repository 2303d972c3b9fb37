package io.github.microcredentials.core.model;

/**
 * A top-level document of the model: what the native JSON format reads and writes as a whole and
 * what a {@link io.github.microcredentials.core.validation.Validator} validates as a whole.
 *
 * <p>The set is closed: {@link MicroCredential}, {@link LearningOpportunity},
 * {@link LearningPathway}, {@link MicroCredentialPathway} and {@link CourseDesign}. Parts of a
 * document (an {@link Assessment}, an {@link Organisation}, …) are not documents. Code that must
 * tell the kinds apart tests with {@code instanceof}; the library itself does not rely on
 * pattern-matching {@code switch}, which Java 17 does not have.
 *
 * <pre>{@code
 * Document document = NativeJson.create().readAny(bytes);
 * Report report = validator.validateDocument(document);
 * if (document instanceof MicroCredential credential) {
 *     issue(credential);
 * }
 * }</pre>
 */
public sealed interface Document
        permits MicroCredential, LearningOpportunity, LearningPathway, MicroCredentialPathway, CourseDesign {
}
