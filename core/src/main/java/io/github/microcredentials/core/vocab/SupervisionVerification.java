package io.github.microcredentials.core.vocab;

/**
 * Supervision and identity verification during assessment, the four values of Annex I (optional element 2).
 *
 * <p>An extensible constant: values the library does not know are kept, see {@link Term}.
 * Bundled values and their URIs: {@code vocab/data/supervision-verification.tsv}.
 */
public final class SupervisionVerification extends Term {

    private static final Vocabulary<SupervisionVerification> VOCABULARY = Vocabulary.load("supervision-verification", SupervisionVerification::new);

    /** Unsupervised, no identity verification. */
    public static final SupervisionVerification UNSUPERVISED_NO_ID_VERIFICATION = VOCABULARY.require("unsupervised-no-id-verification");

    /** Supervised, no identity verification. */
    public static final SupervisionVerification SUPERVISED_NO_ID_VERIFICATION = VOCABULARY.require("supervised-no-id-verification");

    /** Supervised online with identity verification. */
    public static final SupervisionVerification SUPERVISED_ONLINE_ID_VERIFICATION = VOCABULARY.require("supervised-online-id-verification");

    /** Supervised onsite with identity verification. */
    public static final SupervisionVerification SUPERVISED_ONSITE_ID_VERIFICATION = VOCABULARY.require("supervised-onsite-id-verification");

    private SupervisionVerification(Definition definition) {
        super(definition);
    }

    /**
     * Parses a code or URI; unknown values are kept.
     *
     * @param codeOrUri a code such as {@code "unsupervised-no-id-verification"} or a URI
     * @return the bundled value, or an unknown value
     * @throws IllegalArgumentException if the text is blank
     */
    public static SupervisionVerification parse(String codeOrUri) {
        return VOCABULARY.parse(codeOrUri);
    }

    /**
     * The bundled vocabulary.
     *
     * @return the vocabulary of all bundled values
     */
    public static Vocabulary<SupervisionVerification> vocabulary() {
        return VOCABULARY;
    }

    /**
     * Whether the assessment is supervised.
     *
     * @return {@code true} or {@code false}, empty for an unknown value
     */
    public java.util.Optional<Boolean> isSupervised() {
        return java.util.Optional.ofNullable(attributes().get("supervised")).map(Boolean::valueOf);
    }

    /**
     * Whether the learner's identity is verified during the assessment.
     *
     * @return {@code true} or {@code false}, empty for an unknown value
     */
    public java.util.Optional<Boolean> isIdentityVerified() {
        return java.util.Optional.ofNullable(attributes().get("idVerified")).map(Boolean::valueOf);
    }
}
