package io.github.microcredentials.edc.internal.read;

/** The rule ids of the reader's findings; the public {@code EdcFindings} repeats them. */
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
    /** The source named in every finding. */
    public static final String SOURCE = "Europass EDC (European Learning Model v3)";

    private RuleIds() {
    }
}
