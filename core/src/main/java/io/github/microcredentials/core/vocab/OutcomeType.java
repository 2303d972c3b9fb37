package io.github.microcredentials.core.vocab;

/**
 * The type of a learning outcome, after the EQF descriptor domains.
 *
 * <p>An extensible constant: values the library does not know are kept, see {@link Term}.
 * Bundled values and their URIs: {@code vocab/data/outcome-type.tsv}.
 */
public final class OutcomeType extends Term {

    private static final Vocabulary<OutcomeType> VOCABULARY = Vocabulary.load("outcome-type", OutcomeType::new);

    /** Knowledge. */
    public static final OutcomeType KNOWLEDGE = VOCABULARY.require("knowledge");

    /** Skills. */
    public static final OutcomeType SKILLS = VOCABULARY.require("skills");

    /** Responsibility and autonomy. */
    public static final OutcomeType RESPONSIBILITY_AND_AUTONOMY = VOCABULARY.require("responsibility-and-autonomy");

    private OutcomeType(Definition definition) {
        super(definition);
    }

    /**
     * Parses a code or URI; unknown values are kept.
     *
     * @param codeOrUri a code such as {@code "knowledge"} or a URI
     * @return the bundled value, or an unknown value
     * @throws IllegalArgumentException if the text is blank
     */
    public static OutcomeType parse(String codeOrUri) {
        return VOCABULARY.parse(codeOrUri);
    }

    /**
     * The bundled vocabulary.
     *
     * @return the vocabulary of all bundled values
     */
    public static Vocabulary<OutcomeType> vocabulary() {
        return VOCABULARY;
    }
}
