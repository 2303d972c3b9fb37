package io.github.microcredentials.core.vocab;

/**
 * What a credential is: a credit-bearing micro-credential certificate, or a non-credit participation/progression badge (HEROES D6.1 §1.3).
 *
 * <p>An extensible constant: values the library does not know are kept, see {@link Term}.
 * Bundled values and their URIs: {@code vocab/data/credential-kind.tsv}.
 */
public final class CredentialKind extends Term {

    private static final Vocabulary<CredentialKind> VOCABULARY = Vocabulary.load("credential-kind", CredentialKind::new);

    /** Micro-credential certificate. */
    public static final CredentialKind MICRO_CREDENTIAL = VOCABULARY.require("micro-credential");

    /** Participation/progression badge. */
    public static final CredentialKind PROGRESSION_BADGE = VOCABULARY.require("progression-badge");

    /** Certificate of completion (non-credit). */
    public static final CredentialKind CERTIFICATE_OF_COMPLETION = VOCABULARY.require("certificate-of-completion");

    private CredentialKind(Definition definition) {
        super(definition);
    }

    /**
     * Parses a code or URI; unknown values are kept.
     *
     * @param codeOrUri a code such as {@code "micro-credential"} or a URI
     * @return the bundled value, or an unknown value
     * @throws IllegalArgumentException if the text is blank
     */
    public static CredentialKind parse(String codeOrUri) {
        return VOCABULARY.parse(codeOrUri);
    }

    /**
     * The bundled vocabulary.
     *
     * @return the vocabulary of all bundled values
     */
    public static Vocabulary<CredentialKind> vocabulary() {
        return VOCABULARY;
    }

    /**
     * Whether credentials of this kind carry learner-visible ECTS credits (HEROES rule HE-BADGE).
     *
     * @return {@code true} for a micro-credential; {@code false} for badges and for unknown kinds
     */
    public boolean isCreditBearing() {
        return Boolean.parseBoolean(attributes().get("creditBearing"));
    }
}
