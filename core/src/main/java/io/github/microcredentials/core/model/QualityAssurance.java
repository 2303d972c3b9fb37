package io.github.microcredentials.core.model;

import io.github.microcredentials.core.vocab.QualityAssuranceType;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The type of quality assurance used to underpin the micro-credential (Annex I, element 11).
 *
 * @param type the type of quality assurance
 * @param description how it is applied, if stated
 * @param agency the quality assurance agency or accrediting body, if any
 * @param reference a public report or decision, if any (for example an EQAR/DEQAR report)
 */
public record QualityAssurance(
        QualityAssuranceType type, Optional<LocalizedString> description, Optional<LocalizedString> agency,
        Optional<URI> reference) {

    /** Checks the components. */
    public QualityAssurance {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(reference, "reference");
    }

    /**
     * A type of quality assurance with a description.
     *
     * @param type the type
     * @param description how it is applied
     * @return the quality assurance
     */
    public static QualityAssurance of(QualityAssuranceType type, LocalizedString description) {
        return new QualityAssurance(type, Optional.of(description), Optional.empty(), Optional.empty());
    }
}
