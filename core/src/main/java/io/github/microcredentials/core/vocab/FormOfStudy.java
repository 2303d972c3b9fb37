package io.github.microcredentials.core.vocab;

/**
 * A form of learning/study (DigiProf guidelines §5.2, §6.1).
 *
 * <p>An extensible constant: values the library does not know are kept, see {@link Term}.
 * Bundled values and their URIs: {@code vocab/data/form-of-study.tsv}.
 */
public final class FormOfStudy extends Term {

    private static final Vocabulary<FormOfStudy> VOCABULARY = Vocabulary.load("form-of-study", FormOfStudy::new);

    /** Full-time. */
    public static final FormOfStudy FULL_TIME = VOCABULARY.require("full-time");

    /** Part-time. */
    public static final FormOfStudy PART_TIME = VOCABULARY.require("part-time");

    /** Self-paced. */
    public static final FormOfStudy SELF_PACED = VOCABULARY.require("self-paced");

    private FormOfStudy(Definition definition) {
        super(definition);
    }

    /**
     * Parses a code or URI; unknown values are kept.
     *
     * @param codeOrUri a code such as {@code "full-time"} or a URI
     * @return the bundled value, or an unknown value
     * @throws IllegalArgumentException if the text is blank
     */
    public static FormOfStudy parse(String codeOrUri) {
        return VOCABULARY.parse(codeOrUri);
    }

    /**
     * The bundled vocabulary.
     *
     * @return the vocabulary of all bundled values
     */
    public static Vocabulary<FormOfStudy> vocabulary() {
        return VOCABULARY;
    }
}
