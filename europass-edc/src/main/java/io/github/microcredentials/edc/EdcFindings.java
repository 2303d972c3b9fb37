package io.github.microcredentials.edc;

import io.github.microcredentials.edc.internal.read.RuleIds;

/**
 * The rule identifiers of the findings {@link EdcReader} reports. Reading never drops input
 * silently: whatever the model cannot carry is a finding with the JSON Pointer of the input member
 * (relative to the credential object: for the upload format under {@code /credential}, for a sealed
 * credential within its {@code payload}).
 *
 * <p>They are rules like the validation rules: {@link io.github.microcredentials.core.validation.Rule#all()}
 * lists them, a {@link io.github.microcredentials.core.validation.Policy} given to
 * {@link EdcReader#withPolicy} raises, lowers or switches them off, and their messages come in the
 * languages of the validation messages ({@link EdcReader#withLocale}). The severity given below is
 * the default.
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

    /** The source named in every finding. */
    public static final String SOURCE = RuleIds.SOURCE;

    private EdcFindings() {
    }
}
