package io.github.microcredentials.core.vocab;

/**
 * A level of the European Qualifications Framework (EQF), 1 to 8 (Annex I, element 8).
 *
 * <p>An extensible constant: values the library does not know are kept, see {@link Term}.
 * Bundled values and their URIs: {@code vocab/data/eqf.tsv}.
 *
 * @see <a href="https://europa.eu/europass/en/europass-tools/european-qualifications-framework">EQF</a>
 */
public final class EqfLevel extends Term {

    private static final Vocabulary<EqfLevel> VOCABULARY = Vocabulary.load("eqf", EqfLevel::new);

    /** Level 1. */
    public static final EqfLevel LEVEL_1 = VOCABULARY.require("1");

    /** Level 2. */
    public static final EqfLevel LEVEL_2 = VOCABULARY.require("2");

    /** Level 3. */
    public static final EqfLevel LEVEL_3 = VOCABULARY.require("3");

    /** Level 4. */
    public static final EqfLevel LEVEL_4 = VOCABULARY.require("4");

    /** Level 5. */
    public static final EqfLevel LEVEL_5 = VOCABULARY.require("5");

    /** Level 6. */
    public static final EqfLevel LEVEL_6 = VOCABULARY.require("6");

    /** Level 7. */
    public static final EqfLevel LEVEL_7 = VOCABULARY.require("7");

    /** Level 8. */
    public static final EqfLevel LEVEL_8 = VOCABULARY.require("8");

    private EqfLevel(Definition definition) {
        super(definition);
    }

    /**
     * Parses a code or URI; unknown values are kept.
     *
     * @param codeOrUri a code such as {@code "1"} or a URI
     * @return the bundled value, or an unknown value
     * @throws IllegalArgumentException if the text is blank
     */
    public static EqfLevel parse(String codeOrUri) {
        return VOCABULARY.parse(codeOrUri);
    }

    /**
     * The bundled vocabulary.
     *
     * @return the vocabulary of all bundled values
     */
    public static Vocabulary<EqfLevel> vocabulary() {
        return VOCABULARY;
    }

    /**
     * The EQF level as a number.
     *
     * @return 1 to 8, or empty for an unknown value
     */
    public java.util.OptionalInt level() {
        String level = attributes().get("level");
        return level == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(Integer.parseInt(level));
    }

    /**
     * Returns the EQF level with this number.
     *
     * @param level 1 to 8
     * @return the bundled level
     * @throws IllegalArgumentException if the level is outside 1 to 8
     */
    public static EqfLevel of(int level) {
        if (level < 1 || level > 8) {
            throw new IllegalArgumentException("EQF level must be 1 to 8, got " + level);
        }
        return VOCABULARY.require(Integer.toString(level));
    }
}
