package io.github.microcredentials.signing;

/**
 * The main indication of a verification, as ETSI EN 319 102-1 (5.1.3) defines it for signatures of
 * every format: the same three values for a Data Integrity proof, a VC-JWT, a presentation and a
 * JAdES or XAdES seal.
 */
public enum Indication {
    /** Every check passed (ETSI TOTAL-PASSED): the verified content may be used. */
    VALID,
    /**
     * A check failed for good (ETSI TOTAL-FAILED): the signature or a signed reference does not
     * verify, the input is not a readable signature, or a rule the signature breaks cannot change
     * with more information.
     */
    INVALID,
    /**
     * The cryptography holds but the verdict is open (ETSI INDETERMINATE): the signer's key or
     * certificate cannot be tied to a trusted party with what the verifier has, or a policy
     * constraint (a retired algorithm, for example) is not met. Not valid: treat it as unverified.
     */
    INDETERMINATE
}
