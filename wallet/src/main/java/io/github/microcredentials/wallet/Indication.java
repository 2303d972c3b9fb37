package io.github.microcredentials.wallet;

/**
 * The verdict of a verification, with the semantics of ETSI EN 319 102-1: {@link #INDETERMINATE}
 * when the verifier could not conclude (unknown key, untrusted chain, status unavailable, input it
 * cannot read), {@link #INVALID} when the credential is proven bad (a signature or digest fails, it
 * expired, it is revoked).
 */
public enum Indication {
    /** Every check passed. */
    VALID,
    /** Proven bad. */
    INVALID,
    /** Could not conclude. */
    INDETERMINATE
}
