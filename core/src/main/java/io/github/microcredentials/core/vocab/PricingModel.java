package io.github.microcredentials.core.vocab;

/**
 * A pricing model of the HEROES joined pricing framework (HEROES D6.1 §1.3.5).
 *
 * <p>An extensible constant: values the library does not know are kept, see {@link Term}.
 * Bundled values and their URIs: {@code vocab/data/pricing-model.tsv}.
 */
public final class PricingModel extends Term {

    private static final Vocabulary<PricingModel> VOCABULARY = Vocabulary.load("pricing-model", PricingModel::new);

    /** Open access, no fee. */
    public static final PricingModel OPEN_ACCESS = VOCABULARY.require("open-access");

    /** Institutional costing template (price per micro-credential per learner). */
    public static final PricingModel COSTING_TEMPLATE = VOCABULARY.require("costing-template");

    private PricingModel(Definition definition) {
        super(definition);
    }

    /**
     * Parses a code or URI; unknown values are kept.
     *
     * @param codeOrUri a code such as {@code "open-access"} or a URI
     * @return the bundled value, or an unknown value
     * @throws IllegalArgumentException if the text is blank
     */
    public static PricingModel parse(String codeOrUri) {
        return VOCABULARY.parse(codeOrUri);
    }

    /**
     * The bundled vocabulary.
     *
     * @return the vocabulary of all bundled values
     */
    public static Vocabulary<PricingModel> vocabulary() {
        return VOCABULARY;
    }
}
