package io.github.microcredentials.core.vocab;

/**
 * A cycle of the Qualifications Framework of the European Higher Education Area (Annex I, element 8).
 *
 * <p>An extensible constant: values the library does not know are kept, see {@link Term}.
 * Bundled values and their URIs: {@code vocab/data/qf-ehea-cycle.tsv}.
 */
public final class QfEheaCycle extends Term {

    private static final Vocabulary<QfEheaCycle> VOCABULARY = Vocabulary.load("qf-ehea-cycle", QfEheaCycle::new);

    /** Short cycle. */
    public static final QfEheaCycle SHORT_CYCLE = VOCABULARY.require("short-cycle");

    /** First cycle. */
    public static final QfEheaCycle FIRST_CYCLE = VOCABULARY.require("first-cycle");

    /** Second cycle. */
    public static final QfEheaCycle SECOND_CYCLE = VOCABULARY.require("second-cycle");

    /** Third cycle. */
    public static final QfEheaCycle THIRD_CYCLE = VOCABULARY.require("third-cycle");

    private QfEheaCycle(Definition definition) {
        super(definition);
    }

    /**
     * Parses a code or URI; unknown values are kept.
     *
     * @param codeOrUri a code such as {@code "short-cycle"} or a URI
     * @return the bundled value, or an unknown value
     * @throws IllegalArgumentException if the text is blank
     */
    public static QfEheaCycle parse(String codeOrUri) {
        return VOCABULARY.parse(codeOrUri);
    }

    /**
     * The bundled vocabulary.
     *
     * @return the vocabulary of all bundled values
     */
    public static Vocabulary<QfEheaCycle> vocabulary() {
        return VOCABULARY;
    }

    /**
     * The EQF level this cycle corresponds to (short cycle 5, first 6, second 7, third 8).
     *
     * @return the EQF level, or empty for an unknown cycle
     */
    public java.util.Optional<EqfLevel> eqfLevel() {
        return java.util.Optional.ofNullable(attributes().get("eqf")).map(EqfLevel::parse);
    }
}
