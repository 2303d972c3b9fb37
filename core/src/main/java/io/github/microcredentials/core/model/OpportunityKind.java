package io.github.microcredentials.core.model;

/** What a learning opportunity leads to (HEROES D6.1 §1.3, Figure 1). */
public enum OpportunityKind {
    /** A micro-credential: course content and formal assessment, credit-bearing, at least 1.0 ECTS. */
    MICRO_CREDENTIAL,
    /**
     * A standalone course: content without formal assessment; completion yields a non-credit
     * participation/progression badge; its ECTS are back-end only and may be below 1.0.
     */
    STANDALONE_COURSE
}
