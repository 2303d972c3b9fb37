package io.github.microcredentials.wallet;

/**
 * The stable codes of SD-JWT, SD-JWT VC, Key Binding and Token Status List problems, each with the
 * indication it gives a verification.
 */
public enum SdJwtCode {
    /** Not an SD-JWT: the {@code ~} structure, a JWS or its JSON cannot be read. */
    MALFORMED(Indication.INDETERMINATE),
    /** Larger than the verifier's limit. */
    TOO_LARGE(Indication.INDETERMINATE),
    /** An algorithm that is not accepted: {@code none}, a MAC, or one the key does not use. */
    UNSUPPORTED_ALGORITHM(Indication.INVALID),
    /** A {@code crit} header parameter: no extension is understood. */
    UNSUPPORTED_CRITICAL_HEADER(Indication.INVALID),
    /** The {@code typ} header is not the expected one ({@code dc+sd-jwt}, {@code kb+jwt}, {@code statuslist+jwt}). */
    WRONG_TYPE(Indication.INVALID),
    /** No key to check the issuer's signature with. */
    KEY_UNKNOWN(Indication.INDETERMINATE),
    /** The {@code x5c} chain does not lead to a trust anchor. */
    CHAIN_UNTRUSTED(Indication.INDETERMINATE),
    /** The issuer's signature does not verify. */
    SIGNATURE_INVALID(Indication.INVALID),
    /** {@code _sd_alg} names a hash function that is not supported. */
    SD_ALG_UNSUPPORTED(Indication.INVALID),
    /** A disclosure is not an array of 3 (object property) or 2 (array element) items with a string salt. */
    DISCLOSURE_MALFORMED(Indication.INVALID),
    /** The same disclosure is sent twice. */
    DISCLOSURE_DUPLICATE(Indication.INVALID),
    /** A digest is listed twice, or a disclosure points back up to itself. */
    DIGEST_DUPLICATE(Indication.INVALID),
    /** A disclosure no digest of the payload or of another disclosure references. */
    DISCLOSURE_UNREFERENCED(Indication.INVALID),
    /** A disclosed claim name already present in its object. */
    CLAIM_NAME_CONFLICT(Indication.INVALID),
    /** An {@code _sd} that is not an array of strings, or a payload without the claims the format requires. */
    PAYLOAD_MALFORMED(Indication.INVALID),
    /** {@code iss}, {@code nbf}, {@code exp}, {@code cnf}, {@code vct}, {@code vct#integrity} or {@code status} arrived in a disclosure. */
    NON_DISCLOSABLE_CLAIM(Indication.INVALID),
    /** The type metadata of {@code vct} does not match {@code vct#integrity}. */
    VCT_INTEGRITY(Indication.INVALID),
    /** Past {@code exp}. */
    EXPIRED(Indication.INVALID),
    /** Before {@code nbf} (or issued in the future). */
    NOT_YET_VALID(Indication.INVALID),
    /** A Key Binding JWT is required and absent, or there is no {@code cnf} key to check it with. */
    KEY_BINDING_MISSING(Indication.INVALID),
    /** The Key Binding JWT's signature does not verify with the {@code cnf} key. */
    KEY_BINDING_SIGNATURE(Indication.INVALID),
    /** The Key Binding JWT's {@code aud} is not this verifier. */
    KEY_BINDING_AUDIENCE(Indication.INVALID),
    /** The Key Binding JWT's {@code nonce} is not the one this verifier gave. */
    KEY_BINDING_NONCE(Indication.INVALID),
    /** The Key Binding JWT's {@code iat} is outside the accepted window. */
    KEY_BINDING_IAT(Indication.INVALID),
    /** The Key Binding JWT's {@code sd_hash} is not over this presentation. */
    KEY_BINDING_SD_HASH(Indication.INVALID),
    /** The Token Status List says the credential is invalid (revoked). */
    REVOKED(Indication.INVALID),
    /** The Token Status List says the credential is suspended. */
    SUSPENDED(Indication.INVALID),
    /** The status could not be established (no resolver, list unavailable, unsigned or malformed). */
    STATUS_UNKNOWN(Indication.INDETERMINATE),
    /** The status holds an application-specific value (3 or above); reported, not judged. */
    STATUS_OTHER(Indication.VALID);

    private final Indication indication;

    SdJwtCode(Indication indication) {
        this.indication = indication;
    }

    /**
     * The indication a problem of this code gives.
     *
     * @return the indication
     */
    public Indication indication() {
        return indication;
    }
}
