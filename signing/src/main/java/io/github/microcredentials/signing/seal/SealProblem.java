package io.github.microcredentials.signing.seal;

import java.util.Objects;

/**
 * A failed check of a seal, or (as a warning) a remark that does not make the seal fail.
 *
 * @param code what failed; stable, to log and match on
 * @param location where: a JOSE part ({@code protected/crit}, {@code etsiU/0/sigTst}), an XPath-like
 *     path ({@code /ds:Signature/ds:SignedInfo/ds:Reference[1]}), a certificate, or {@code ""}
 * @param message the reason in words
 */
public record SealProblem(Code code, String location, String message) {

    /** Why a seal, or a part of it, did not verify. */
    public enum Code {
        /** The input is not a readable seal (not JSON, not XML, not a JWS, a missing member). */
        MALFORMED,
        /** The input exceeds a limit of the verifier (size, nesting, string or number length, element count). */
        LIMIT_EXCEEDED,
        /** A seal form this library does not verify (detached content, several signatures, compact JWS). */
        UNSUPPORTED,
        /** A critical JOSE header ({@code crit}) this library does not understand. */
        UNSUPPORTED_CRITICAL_HEADER,
        /** The signature algorithm is not on the verifier's allow-list, or does not fit the key. */
        ALGORITHM_NOT_ALLOWED,
        /** The seal carries no signing certificate. */
        SIGNING_CERTIFICATE_MISSING,
        /** The signed signing-certificate reference does not name the certificate used. */
        SIGNING_CERTIFICATE_MISMATCH,
        /** The signature value does not verify: the sealed content or seal was changed. */
        SIGNATURE_INVALID,
        /** A signed reference's digest does not match (XAdES): the sealed content was changed. */
        REFERENCE_INVALID,
        /** A structure signature-wrapping attacks use: another signature, an unexpected reference, a reused Id, an external or filtering transform. */
        UNSAFE_STRUCTURE,
        /** The signing certificate was not yet valid at the validation time. */
        CERTIFICATE_NOT_YET_VALID,
        /** The signing certificate had expired at the validation time. */
        CERTIFICATE_EXPIRED,
        /** The signing certificate's key usage allows neither digital signatures nor non-repudiation. */
        KEY_USAGE,
        /** No chain from the signing certificate to a trust anchor, valid at the validation time. */
        CHAIN_UNTRUSTED,
        /** A time-stamp token is malformed, does not cover the seal, or its signature fails. */
        TIMESTAMP_INVALID,
        /** Warning: a time-stamp's authority does not chain to a time-stamp trust anchor; its time is not used. */
        TIMESTAMP_UNTRUSTED,
        /** Warning: the seal lacks what an ETSI baseline signature needs (signing time, certificate reference). */
        NOT_BASELINE,
        /** Warning: a legacy element ({@code sigT} instead of {@code iat}) that current validators classify differently. */
        LEGACY_ELEMENT
    }

    /**
     * Checks the members.
     *
     * @throws NullPointerException if a member is null
     */
    public SealProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return code + (location.isEmpty() ? "" : " at " + location) + ": " + message;
    }
}
