package io.github.microcredentials.core.vocab;

/**
 * A type of quality assurance underpinning a micro-credential (Annex I, element 11).
 *
 * <p>An extensible constant: values the library does not know are kept, see {@link Term}.
 * Bundled values and their URIs: {@code vocab/data/quality-assurance.tsv}.
 */
public final class QualityAssuranceType extends Term {

    private static final Vocabulary<QualityAssuranceType> VOCABULARY = Vocabulary.load("quality-assurance", QualityAssuranceType::new);

    /** Internal quality assurance of the awarding institution. */
    public static final QualityAssuranceType INTERNAL_QUALITY_ASSURANCE = VOCABULARY.require("internal-quality-assurance");

    /** External quality assurance by a quality assurance agency. */
    public static final QualityAssuranceType EXTERNAL_QUALITY_ASSURANCE = VOCABULARY.require("external-quality-assurance");

    /** Institutional accreditation. */
    public static final QualityAssuranceType INSTITUTIONAL_ACCREDITATION = VOCABULARY.require("institutional-accreditation");

    /** Programme accreditation. */
    public static final QualityAssuranceType PROGRAMME_ACCREDITATION = VOCABULARY.require("programme-accreditation");

    /** Institutional licence. */
    public static final QualityAssuranceType INSTITUTIONAL_LICENCE = VOCABULARY.require("institutional-licence");

    private QualityAssuranceType(Definition definition) {
        super(definition);
    }

    /**
     * Parses a code or URI; unknown values are kept.
     *
     * @param codeOrUri a code such as {@code "internal-quality-assurance"} or a URI
     * @return the bundled value, or an unknown value
     * @throws IllegalArgumentException if the text is blank
     */
    public static QualityAssuranceType parse(String codeOrUri) {
        return VOCABULARY.parse(codeOrUri);
    }

    /**
     * The bundled vocabulary.
     *
     * @return the vocabulary of all bundled values
     */
    public static Vocabulary<QualityAssuranceType> vocabulary() {
        return VOCABULARY;
    }
}
