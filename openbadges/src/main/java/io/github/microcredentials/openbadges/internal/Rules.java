package io.github.microcredentials.openbadges.internal;

/** The rule ids of the reader's findings; the public API repeats them. */
public final class Rules {

    /** A property the model cannot carry: not read, reported. */
    public static final String UNMAPPED = "OB3-UNMAPPED";
    /** A value the model rejects, left out. */
    public static final String INVALID_VALUE = "OB3-INVALID-VALUE";
    /** A VC Data Model 1.1 credential (legacy OB 3.0). */
    public static final String LEGACY_VC11 = "OB3-LEGACY-VC11";
    /** An identity given only as a hash, which cannot be read back. */
    public static final String HASHED_IDENTITY = "OB3-HASHED-IDENTITY";
    /** Credits without a stated unit, read as ECTS. */
    public static final String CREDIT_UNIT = "OB3-CREDIT-UNIT";
    /** A context the library does not bundle, or an inline context. */
    public static final String UNKNOWN_CONTEXT = "OB3-UNKNOWN-CONTEXT";
    /** A proof, which reading neither checks nor carries. */
    public static final String PROOF = "OB3-PROOF";
    /** A credential without the achievement Open Badges 3.0 requires, read without one. */
    public static final String ACHIEVEMENT_MISSING = "OB3-ACHIEVEMENT-MISSING";
    /** An endorsement without a proof, which no verifier can accept. */
    public static final String ENDORSEMENT_UNSIGNED = "OB3-ENDORSEMENT-UNSIGNED";
    /** An embedded endorsement that is not a valid EndorsementCredential. */
    public static final String ENDORSEMENT_INVALID = "OB3-ENDORSEMENT-INVALID";
    /** An embedded endorsement whose subject is not what it is embedded in. */
    public static final String ENDORSEMENT_SUBJECT = "OB3-ENDORSEMENT-SUBJECT";
    /** What the model does not carry is kept as preserved data and written back. */
    public static final String PRESERVED = "OB3-PRESERVED";

    private Rules() {
    }
}
