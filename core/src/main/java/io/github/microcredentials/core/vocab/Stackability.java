package io.github.microcredentials.core.vocab;

/**
 * An integration / stackability option (Annex I, optional element 4).
 *
 * <p>An extensible constant: values the library does not know are kept, see {@link Term}.
 * Bundled values and their URIs: {@code vocab/data/stackability.tsv}.
 */
public final class Stackability extends Term {

    private static final Vocabulary<Stackability> VOCABULARY = Vocabulary.load("stackability", Stackability::new);

    /** Stand-alone, independent micro-credential. */
    public static final Stackability STAND_ALONE = VOCABULARY.require("stand-alone");

    /** Integrated, stackable towards another credential. */
    public static final Stackability STACKABLE = VOCABULARY.require("stackable");

    private Stackability(Definition definition) {
        super(definition);
    }

    /**
     * Parses a code or URI; unknown values are kept.
     *
     * @param codeOrUri a code such as {@code "stand-alone"} or a URI
     * @return the bundled value, or an unknown value
     * @throws IllegalArgumentException if the text is blank
     */
    public static Stackability parse(String codeOrUri) {
        return VOCABULARY.parse(codeOrUri);
    }

    /**
     * The bundled vocabulary.
     *
     * @return the vocabulary of all bundled values
     */
    public static Vocabulary<Stackability> vocabulary() {
        return VOCABULARY;
    }
}
