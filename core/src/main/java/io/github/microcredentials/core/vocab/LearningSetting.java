package io.github.microcredentials.core.vocab;

/**
 * A learning setting, formal or non-formal (EU learning-setting list).
 *
 * <p>An extensible constant: values the library does not know are kept, see {@link Term}.
 * Bundled values and their URIs: {@code vocab/data/learning-setting.tsv}.
 */
public final class LearningSetting extends Term {

    private static final Vocabulary<LearningSetting> VOCABULARY = Vocabulary.load("learning-setting", LearningSetting::new);

    /** Formal learning. */
    public static final LearningSetting FORMAL = VOCABULARY.require("formal");

    /** Non-formal learning. */
    public static final LearningSetting NON_FORMAL = VOCABULARY.require("non-formal");

    private LearningSetting(Definition definition) {
        super(definition);
    }

    /**
     * Parses a code or URI; unknown values are kept.
     *
     * @param codeOrUri a code such as {@code "formal"} or a URI
     * @return the bundled value, or an unknown value
     * @throws IllegalArgumentException if the text is blank
     */
    public static LearningSetting parse(String codeOrUri) {
        return VOCABULARY.parse(codeOrUri);
    }

    /**
     * The bundled vocabulary.
     *
     * @return the vocabulary of all bundled values
     */
    public static Vocabulary<LearningSetting> vocabulary() {
        return VOCABULARY;
    }
}
