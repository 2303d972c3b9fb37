package io.github.microcredentials.signing;

/**
 * Why a credential or one of its proofs did not verify. Codes are stable: log and match on them.
 */
public enum FailureCode {
    /** The input is not strict JSON (malformed, too large or too deep). */
    MALFORMED_JSON,
    /** A JSON object has two members with the same name. */
    DUPLICATE_KEY,
    /** The credential has no proof (Data Integrity) or is not a compact JWS (VC-JWT). */
    NO_PROOF,
    /** The credential has no issuer id to bind the key to. */
    ISSUER_MISSING,
    /** A date of the credential or proof is not an XML Schema date-time with time zone. */
    MALFORMED_DATE,
    /** The credential's {@code validFrom} (or {@code issuanceDate}, {@code nbf}) is in the future. */
    CREDENTIAL_NOT_YET_VALID,
    /** The credential's {@code validUntil} (or {@code expirationDate}, {@code exp}) has passed. */
    CREDENTIAL_EXPIRED,
    /** A proof is not an object, or lacks a required member. */
    MALFORMED_PROOF,
    /** A proof's {@code type} is neither {@code DataIntegrityProof} nor the legacy {@code Ed25519Signature2020}. */
    UNSUPPORTED_PROOF_TYPE,
    /** A proof names a cryptosuite this library does not support. */
    UNKNOWN_CRYPTOSUITE,
    /** A proof's purpose is not {@code assertionMethod}. */
    WRONG_PROOF_PURPOSE,
    /** A proof's {@code created} is in the future. */
    PROOF_NOT_YET_VALID,
    /** A proof's {@code expires} has passed. */
    PROOF_EXPIRED,
    /** A {@code proofValue} (or JWS signature) is not well-formed for the suite or algorithm. */
    MALFORMED_SIGNATURE,
    /** A proof in a chain ({@code previousProof}) refers to a proof that is not there. */
    PREVIOUS_PROOF_MISSING,
    /** The key resolver does not know the verification method ({@code kid}). */
    KEY_NOT_FOUND,
    /** The key resolver failed (I/O, a malformed DID document). */
    KEY_RESOLUTION_FAILED,
    /** The key's type does not fit the cryptosuite or JWS algorithm. */
    KEY_TYPE_MISMATCH,
    /** The key's controller is not the credential's issuer. */
    CONTROLLER_MISMATCH,
    /** A JSON-LD context is neither bundled nor registered by the caller. */
    UNKNOWN_CONTEXT,
    /** A term or type is not defined by the contexts (JSON-LD safe mode). */
    UNDEFINED_TERM,
    /** A value JSON-LD would drop silently: a {@code null}, a relative IRI (JSON-LD safe mode). */
    DROPPED_VALUE,
    /** The document is not valid JSON-LD. */
    INVALID_JSON_LD,
    /**
     * A signed statement of the document is not written as the plain member that JSON readers
     * (this library's and the application's) read: an {@code @nest} or {@code @graph} wrapper, an
     * IRI, compact IRI or alias as key, a {@code @value} object where the term's coercion makes
     * the bare value say the same, an inline or embedded context, a node described twice
     * differently, a repeated value. The RDF signature would hold while readers miss or misread
     * the statement, so the credential is refused (rdfc suites only; see SECURITY.md).
     */
    NON_PLAIN_FORM,
    /**
     * The input exceeds a limit of the verifier: size, nesting, string or number length, element
     * count, or the canonicalization work bound (blank nodes, Hash N-Degree Quads steps, quads).
     */
    LIMIT_EXCEEDED,
    /** An {@code eddsa-jcs-2022} proof's {@code @context} is not a prefix of the document's. */
    CONTEXT_MISMATCH,
    /** The signature does not verify: the credential or proof was changed, or the key is wrong. */
    SIGNATURE_INVALID,
    /** The JWS algorithm is not on the verifier's allow-list ({@code none} and HMAC never are). */
    ALGORITHM_NOT_ALLOWED,
    /** A JOSE header is malformed, unknown, critical, or holds a private key. */
    MALFORMED_HEADER,
    /** A JWT claim ({@code iss}, {@code jti}, {@code sub}, {@code nbf}, {@code exp}) contradicts the credential. */
    CLAIM_MISMATCH,
    /**
     * The credential breaks a MUST of the W3C VC Data Model (2.0, or the rules 1.1 shares for a
     * VC 1.1 credential); {@link Failure#ruleId()} names the {@code VCDM-*} rule.
     */
    DATA_MODEL_VIOLATION
}
