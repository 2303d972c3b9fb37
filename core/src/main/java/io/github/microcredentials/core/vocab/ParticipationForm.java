package io.github.microcredentials.core.vocab;

/**
 * A form of participation in the learning activity: the EU mode of learning and assessment (Annex I, element 10).
 *
 * <p>An extensible constant: values the library does not know are kept, see {@link Term}.
 * Bundled values and their URIs: {@code vocab/data/participation-form.tsv}.
 */
public final class ParticipationForm extends Term {

    private static final Vocabulary<ParticipationForm> VOCABULARY = Vocabulary.load("participation-form", ParticipationForm::new);

    /** Online. */
    public static final ParticipationForm ONLINE = VOCABULARY.require("online");

    /** Presential (on site). */
    public static final ParticipationForm ONSITE = VOCABULARY.require("onsite");

    /** Blended. */
    public static final ParticipationForm BLENDED = VOCABULARY.require("blended");

    /** Work-based. */
    public static final ParticipationForm WORK_BASED = VOCABULARY.require("work-based");

    /** Project-based. */
    public static final ParticipationForm PROJECT_BASED = VOCABULARY.require("project-based");

    /** Research-lab based. */
    public static final ParticipationForm RESEARCH_LAB_BASED = VOCABULARY.require("research-lab-based");

    private ParticipationForm(Definition definition) {
        super(definition);
    }

    /**
     * Parses a code or URI; unknown values are kept.
     *
     * @param codeOrUri a code such as {@code "online"} or a URI
     * @return the bundled value, or an unknown value
     * @throws IllegalArgumentException if the text is blank
     */
    public static ParticipationForm parse(String codeOrUri) {
        return VOCABULARY.parse(codeOrUri);
    }

    /**
     * The bundled vocabulary.
     *
     * @return the vocabulary of all bundled values
     */
    public static Vocabulary<ParticipationForm> vocabulary() {
        return VOCABULARY;
    }
}
