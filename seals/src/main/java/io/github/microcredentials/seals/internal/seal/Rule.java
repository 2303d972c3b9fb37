package io.github.microcredentials.seals.internal.seal;

/**
 * The constraints a seal verification checks, one stable code each. A check reports which rule a
 * finding breaks, never how severe it is: the public API maps each rule to its code of the same
 * name and the caller's policy gives the level (fail, warn, ignore). Kept here, below the public
 * API, so that internal code does not import the public vocabulary.
 */
public enum Rule {
    /** The input is not a readable seal. */
    MALFORMED,
    /** The input exceeds a limit of the verifier. */
    LIMIT_EXCEEDED,
    /** A seal form this library does not verify. */
    UNSUPPORTED,
    /** A critical JOSE header this library does not understand. */
    UNSUPPORTED_CRITICAL_HEADER,
    /** The signature algorithm is not allowed or does not fit the key. */
    ALGORITHM_NOT_ALLOWED,
    /** No signing certificate. */
    SIGNING_CERTIFICATE_MISSING,
    /** The signed signing-certificate reference names another certificate. */
    SIGNING_CERTIFICATE_MISMATCH,
    /** The signature value does not verify. */
    SIGNATURE_INVALID,
    /** A signed reference's digest does not match. */
    REFERENCE_INVALID,
    /** A structure signature-wrapping attacks use. */
    UNSAFE_STRUCTURE,
    /** The signing certificate is not yet valid. */
    CERTIFICATE_NOT_YET_VALID,
    /** The signing certificate has expired. */
    CERTIFICATE_EXPIRED,
    /** The key usage allows no signatures. */
    KEY_USAGE,
    /** No chain to a trust anchor. */
    CHAIN_UNTRUSTED,
    /** A time-stamp token is malformed or does not verify. */
    TIMESTAMP_INVALID,
    /** A time-stamp authority is not trusted. */
    TIMESTAMP_UNTRUSTED,
    /** Not an ETSI baseline signature. */
    NOT_BASELINE,
    /** A legacy element. */
    LEGACY_ELEMENT,
    /** A retired algorithm, digest or key size. */
    LEGACY_ALGORITHM,
    /** No signed reference to the signing certificate. */
    SIGNING_CERTIFICATE_REFERENCE_MISSING,
    /** A counter-signature does not verify. */
    COUNTER_SIGNATURE_INVALID,
    /** An archive time-stamp does not verify. */
    ARCHIVE_TIMESTAMP_INVALID,
    /** JAdES {@code crit} lists the unprotected {@code etsiU}, which makes nothing critical. */
    ETSIU_IN_CRIT,
    /** An unsigned certificate (JAdES {@code xVals}, XAdES {@code KeyInfo}, {@code CertificateValues}) cannot be read. */
    CERTIFICATE_UNREADABLE
}
