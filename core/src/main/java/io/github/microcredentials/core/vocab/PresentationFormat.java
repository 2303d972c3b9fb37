package io.github.microcredentials.core.vocab;

/**
 * A presentation format of a learning opportunity (HEROES D6.1 §5.2).
 *
 * <p>An extensible constant: values the library does not know are kept, see {@link Term}.
 * Bundled values and their URIs: {@code vocab/data/presentation-format.tsv}.
 */
public final class PresentationFormat extends Term {

    private static final Vocabulary<PresentationFormat> VOCABULARY = Vocabulary.load("presentation-format", PresentationFormat::new);

    /** Online modules. */
    public static final PresentationFormat ONLINE_MODULES = VOCABULARY.require("online-modules");

    /** Blended learning. */
    public static final PresentationFormat BLENDED_LEARNING = VOCABULARY.require("blended-learning");

    /** Interactive workshops. */
    public static final PresentationFormat INTERACTIVE_WORKSHOPS = VOCABULARY.require("interactive-workshops");

    /** Self-paced learning. */
    public static final PresentationFormat SELF_PACED_LEARNING = VOCABULARY.require("self-paced-learning");

    /** Collaborative virtual sessions. */
    public static final PresentationFormat COLLABORATIVE_VIRTUAL_SESSIONS = VOCABULARY.require("collaborative-virtual-sessions");

    private PresentationFormat(Definition definition) {
        super(definition);
    }

    /**
     * Parses a code or URI; unknown values are kept.
     *
     * @param codeOrUri a code such as {@code "online-modules"} or a URI
     * @return the bundled value, or an unknown value
     * @throws IllegalArgumentException if the text is blank
     */
    public static PresentationFormat parse(String codeOrUri) {
        return VOCABULARY.parse(codeOrUri);
    }

    /**
     * The bundled vocabulary.
     *
     * @return the vocabulary of all bundled values
     */
    public static Vocabulary<PresentationFormat> vocabulary() {
        return VOCABULARY;
    }
}
