package io.github.microcredentials.core.vocab;

/**
 * A delivery mode of a learning opportunity (HEROES D6.1 §5.2).
 *
 * <p>An extensible constant: values the library does not know are kept, see {@link Term}.
 * Bundled values and their URIs: {@code vocab/data/delivery-mode.tsv}.
 */
public final class DeliveryMode extends Term {

    private static final Vocabulary<DeliveryMode> VOCABULARY = Vocabulary.load("delivery-mode", DeliveryMode::new);

    /** Face-to-face. */
    public static final DeliveryMode FACE_TO_FACE = VOCABULARY.require("face-to-face");

    /** Hybrid. */
    public static final DeliveryMode HYBRID = VOCABULARY.require("hybrid");

    /** Fully online. */
    public static final DeliveryMode FULLY_ONLINE = VOCABULARY.require("fully-online");

    /** Blended synchronous. */
    public static final DeliveryMode BLENDED_SYNCHRONOUS = VOCABULARY.require("blended-synchronous");

    /** Asynchronous online. */
    public static final DeliveryMode ASYNCHRONOUS_ONLINE = VOCABULARY.require("asynchronous-online");

    private DeliveryMode(Definition definition) {
        super(definition);
    }

    /**
     * Parses a code or URI; unknown values are kept.
     *
     * @param codeOrUri a code such as {@code "face-to-face"} or a URI
     * @return the bundled value, or an unknown value
     * @throws IllegalArgumentException if the text is blank
     */
    public static DeliveryMode parse(String codeOrUri) {
        return VOCABULARY.parse(codeOrUri);
    }

    /**
     * The bundled vocabulary.
     *
     * @return the vocabulary of all bundled values
     */
    public static Vocabulary<DeliveryMode> vocabulary() {
        return VOCABULARY;
    }
}
