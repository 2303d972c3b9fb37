package io.github.microcredentials.signing;

/**
 * How a verifier treats a proof whose signature verifies but whose binding to the credential's
 * issuer cannot be established: the key's controller is not the issuer (a {@code did:key}, say),
 * and the key resolver does not have the issuer's DID or controller document that could list the
 * key. Binding the issuer to the key is what stops a stranger signing in a university's name, so
 * it is required by default. Both {@link DataIntegrityVerifier} (a proof's {@code verificationMethod})
 * and {@link VcJwtVerifier} (a VC-JWT's {@code kid}) take it, with the same codes.
 *
 * <p>The binding applies to the issuer's proof only: when one proof of a set or chain is bound to
 * the issuer, the other proofs are verified as endorsements (their signatures must hold, their
 * signers need not be the issuer), with a warning naming their controller. A key the verifier
 * knows the issuer does not list is {@link FailureCode#CONTROLLER_MISMATCH} under either setting.
 */
public enum IssuerBinding {
    /**
     * The default: an unestablished binding makes the report
     * {@link Indication#INDETERMINATE} with
     * {@link FailureCode#ISSUER_BINDING_UNESTABLISHED} (or {@link FailureCode#HOLDER_BINDING_UNESTABLISHED}
     * for a presentation's holder).
     */
    REQUIRED,
    /**
     * An unestablished binding is accepted with a warning: for callers that trust the key by other
     * means (a registry of issuers' keys checked afterwards, a test suite whose issuer has no
     * published document). The report is then valid; check {@link VerificationReport#warnings()}.
     */
    ACCEPT_UNESTABLISHED
}
