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
    /**
     * A proof's purpose is not the one expected: {@code assertionMethod} for a credential,
     * {@code authentication} for a presentation.
     */
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
    /**
     * The key's controller is not the credential's issuer, and the verifier knows that the issuer
     * does not list the key (the issuer is the {@code did:key} of another key, or its DID or
     * controller document, which the key resolver has, does not list it under {@code assertionMethod}).
     */
    CONTROLLER_MISMATCH,
    /**
     * The signature verifies, but whether the credential's issuer controls the key cannot be
     * established: the key's controller is someone else (a {@code did:key}, say), and the key
     * resolver does not have the issuer's DID or controller document that could list the key. The
     * report is {@link Indication#INDETERMINATE}, not invalid: supply the issuer's
     * document, or relax the policy with {@link IssuerBinding#ACCEPT_UNESTABLISHED}.
     */
    ISSUER_BINDING_UNESTABLISHED,
    /**
     * A presentation's proof is signed with a key the presentation's {@code holder} does not
     * control (known from the holder's {@code did:key} or document).
     */
    HOLDER_MISMATCH,
    /**
     * A presentation's proof verifies, but whether its {@code holder} controls the key cannot be
     * established (the key resolver does not have the holder's document); indeterminate, as
     * {@link #ISSUER_BINDING_UNESTABLISHED}.
     */
    HOLDER_BINDING_UNESTABLISHED,
    /** A presentation's proof has no {@code challenge}, or another one than the verifier expects. */
    CHALLENGE_MISMATCH,
    /** A presentation's proof has no {@code domain}, or not the one the verifier expects. */
    DOMAIN_MISMATCH,
    /**
     * A credential enclosed in a presentation does not verify on its own (its report, in
     * {@link PresentationReport#credentials()}, says why), or is enveloped in a media type the
     * verifier cannot verify (the message names it; there is no report).
     */
    CREDENTIAL_INVALID,
    /**
     * A presentation cannot be used as one: an enveloped credential's {@code data:} URL does not
     * decode (no comma, a malformed media type, a bad percent escape or base64). A presentation
     * that reads but breaks a MUST of the VC Data Model is {@link #DATA_MODEL_VIOLATION} with its
     * {@code VCDM-VP-*} rule instead; JSON that does not parse is {@link #MALFORMED_JSON}.
     */
    PRESENTATION_MALFORMED,
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
     * the bare value say the same, an inline context beyond new names for new IRIs, an embedded
     * context that is not a repetition of the document's context URLs without effect, a node
     * described twice differently, a repeated value. The RDF signature would hold while readers miss or misread
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
     * The credential or presentation breaks a MUST of the W3C VC Data Model (2.0, or the rules 1.1
     * shares for a VC 1.1 document); {@link Failure#ruleId()} names the {@code VCDM-*} rule
     * ({@code VCDM-VP-*} for a presentation).
     */
    DATA_MODEL_VIOLATION
}
