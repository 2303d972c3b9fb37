package io.github.microcredentials.edc.internal.elm;

/** The rule ids of the reader's and the writer's findings; the public {@code EdcFindings} repeats them. */
public final class RuleIds {

    /** Input the model has no place for. */
    public static final String UNMAPPED = "EDC-UNMAPPED";
    /** One node identifier used for nodes of different content. */
    public static final String ID_REUSE = "EDC-ID-REUSE";
    /** A concept outside the scheme its property requires. */
    public static final String CONCEPT_SCHEME = "EDC-CONCEPT-SCHEME";
    /** A node of another class than its property expects. */
    public static final String NODE_TYPE = "EDC-NODE-TYPE";
    /** A {@code @context} other than the VC 1.1 and EDC contexts. */
    public static final String CONTEXT = "EDC-CONTEXT";
    /** A value the model holds only approximately. */
    public static final String APPROXIMATE = "EDC-APPROXIMATE";
    /** A constraint of the EU's EDC SHACL shapes that a written document does not meet. */
    public static final String SHAPE = "EDC-SHAPE";
    /** An achievement type ELM states only approximately. */
    public static final String ACHIEVEMENT_TYPE = "EDC-ACHIEVEMENT-TYPE";
    /** Preserved EDC statements: kept when reading, not placeable when writing. */
    public static final String PRESERVED = "EDC-PRESERVED";
    /** The source named in every finding but the shape findings. */
    public static final String SOURCE = "Europass EDC (European Learning Model v3)";

    /** The source named in {@link #SHAPE} findings. */
    public static final String SHAPES_SOURCE = "EDC SHACL application profile edc-generic-full 1.1.0";

    private RuleIds() {
    }
}
