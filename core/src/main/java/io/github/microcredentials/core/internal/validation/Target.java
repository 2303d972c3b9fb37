package io.github.microcredentials.core.internal.validation;

/** The kinds of document a rule can check. */
public enum Target {
    /** An issued micro-credential or badge. */
    CREDENTIAL,
    /** A learning opportunity: a micro-credential specification or a standalone course. */
    OPPORTUNITY,
    /** A HEROES course design. */
    DESIGN,
    /** A learning pathway of standalone courses. */
    LEARNING_PATHWAY,
    /** A micro-credential pathway of stacked micro-credentials. */
    PATHWAY
}
