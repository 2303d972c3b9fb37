package io.github.microcredentials.edc;

import io.github.microcredentials.edc.internal.elm.RuleIds;


/**
 * The rule identifiers of the findings {@link EdcReader} and {@link EdcWriter} report. Reading never
 * drops input silently: whatever the model cannot carry is a finding with the JSON Pointer of the
 * input member (relative to the credential object: for the upload format under {@code /credential},
 * for a sealed credential within its {@code payload}), and is kept as preserved data that the writer
 * writes back. Writing reports, with the JSON Pointer in the document written, whatever keeps the
 * document from conforming to the EDC shapes ({@link #SHAPE}) and what ELM states only approximately.
 *
 * <p>They are rules like the validation rules: {@link io.github.microcredentials.core.validation.Rule#all()}
 * lists them, a {@link io.github.microcredentials.core.validation.Policy} given to
 * {@link EdcReader#withPolicy} raises, lowers or switches the reader's off, and their messages come
 * in the languages of the validation messages ({@link EdcReader#withLocale}). The severity given
 * below is the default.
 */
public final class EdcFindings {

    /** Input the model has no place for (warning; information for node identifiers and display data). */
    public static final String UNMAPPED = RuleIds.UNMAPPED;
    /** One node identifier used for nodes of different content, which JSON-LD merges into one node (warning). */
    public static final String ID_REUSE = RuleIds.ID_REUSE;
    /** A concept outside the scheme its property requires, for example an ESCO skill that is not in ESCO (warning). */
    public static final String CONCEPT_SCHEME = RuleIds.CONCEPT_SCHEME;
    /** A node of another class than its property expects, read as the expected class (warning). */
    public static final String NODE_TYPE = RuleIds.NODE_TYPE;
    /** A {@code @context} other than the VC 1.1 and EDC contexts (warning). */
    public static final String CONTEXT = RuleIds.CONTEXT;
    /** A value the model holds only approximately: an EU concept that stands for several model values, a date with a time (information). */
    public static final String APPROXIMATE = RuleIds.APPROXIMATE;

    /**
     * A constraint of the EU's EDC SHACL shapes that the document written does not meet (error):
     * the message names the node, the property and the constraint. {@link EdcWriter} checks every
     * document it writes against the shapes' constraints; a document without such a finding conforms.
     */
    public static final String SHAPE = RuleIds.SHAPE;
    /**
     * An Open Badges {@code achievementType} (a credential kind) that ELM states only approximately
     * (warning, naming the value): the EDC says "Generic" credential (and, for degrees, "educational
     * programme"), and a note names the precise type; see the README's mapping table.
     */
    public static final String ACHIEVEMENT_TYPE = RuleIds.ACHIEVEMENT_TYPE;
    /**
     * Preserved EDC statements (the ELM statements the model has no element for, kept with the
     * credential and written back): information when reading says how many were kept; a warning
     * when writing cannot place some of them, because an edit removed the node they are about, or
     * when the preserved data is not this library's.
     */
    public static final String PRESERVED = RuleIds.PRESERVED;

    /** The source named in every finding. */
    public static final String SOURCE = RuleIds.SOURCE;

    /** The source named in {@link #SHAPE} findings. */
    public static final String SHAPES_SOURCE = RuleIds.SHAPES_SOURCE;

    private EdcFindings() {
    }
}
