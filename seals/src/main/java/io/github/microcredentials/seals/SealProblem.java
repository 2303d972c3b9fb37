package io.github.microcredentials.seals;

import java.util.Objects;

/**
 * A failed check of a seal, or (as a warning) a remark that does not make the seal fail.
 *
 * <p>Each code has a {@linkplain Code#kind() kind}, as ETSI EN 319 102-1 separates them: whether
 * the seal is intact (its signature value and every signed reference verify), whether the
 * verifier's policy accepts what is intact (algorithms, required references), and whether its
 * certificates and time-stamps are trusted, and whether it has the structure of a seal. A
 * {@link SealPolicy} may relax the policy kind only.
 *
 * @param code what failed; stable, to log and match on
 * @param location where: a JOSE part ({@code protected/crit}, {@code etsiU/0/sigTst}), an XPath-like
 *     path ({@code /ds:Signature/ds:SignedInfo/ds:Reference[1]}), a certificate, or {@code ""}
 * @param message the reason in words
 */
public record SealProblem(Code code, String location, String message) {

    /** The kind of rule a code belongs to. */
    public enum Kind {
        /**
         * Whether the seal is intact: its bytes are readable and safe, the signature value and every
         * signed reference verify. A problem of this kind means the seal is not intact, or that its
         * integrity could not be established.
         */
        INTEGRITY,
        /**
         * What the seal covers: a seal is one signature over the whole document it seals, without
         * the structures signature-wrapping attacks use. A seal may be intact (its cryptography holds)
         * and still refused for its structure; these rules cannot be relaxed.
         */
        STRUCTURE,
        /**
         * The verifier's policy on what is intact: algorithms it no longer accepts, references and
         * properties it requires. A {@link SealPolicy} can set the level of each of these codes.
         */
        POLICY,
        /** The certificates and time-stamps: validity, key usage, chains to trust anchors. */
        TRUST
    }

    /** Why a seal, or a part of it, did not verify. */
    public enum Code {
        /** The input is not a readable seal (not JSON, not XML, not a JWS, a missing member). */
        MALFORMED(Kind.INTEGRITY),
        /** The input exceeds a limit of the verifier (size, nesting, string or number length, element count). */
        LIMIT_EXCEEDED(Kind.INTEGRITY),
        /** A seal form this library does not verify (detached content, several signatures, compact JWS). */
        UNSUPPORTED(Kind.INTEGRITY),
        /** A critical JOSE header ({@code crit}) this library does not understand. */
        UNSUPPORTED_CRITICAL_HEADER(Kind.INTEGRITY),
        /** The signature algorithm is not on the verifier's allow-list, or does not fit the key. */
        ALGORITHM_NOT_ALLOWED(Kind.INTEGRITY),
        /** The seal carries no signing certificate. */
        SIGNING_CERTIFICATE_MISSING(Kind.INTEGRITY),
        /** The signed signing-certificate reference does not name the certificate used. */
        SIGNING_CERTIFICATE_MISMATCH(Kind.POLICY),
        /** The signature value does not verify: the sealed content or seal was changed. */
        SIGNATURE_INVALID(Kind.INTEGRITY),
        /** A signed reference's digest does not match (XAdES): the sealed content was changed. */
        REFERENCE_INVALID(Kind.INTEGRITY),
        /** A structure signature-wrapping attacks use: another signature, an unexpected reference, a reused Id, an external or filtering transform. */
        UNSAFE_STRUCTURE(Kind.STRUCTURE),
        /** The signing certificate was not yet valid at the validation time. */
        CERTIFICATE_NOT_YET_VALID(Kind.TRUST),
        /** The signing certificate had expired at the validation time. */
        CERTIFICATE_EXPIRED(Kind.TRUST),
        /** The signing certificate's key usage allows neither digital signatures nor non-repudiation. */
        KEY_USAGE(Kind.TRUST),
        /** No chain from the signing certificate to a trust anchor, valid at the validation time. */
        CHAIN_UNTRUSTED(Kind.TRUST),
        /** A time-stamp token is malformed, does not cover the seal, or its signature fails. */
        TIMESTAMP_INVALID(Kind.TRUST),
        /** Warning: a time-stamp's authority does not chain to a time-stamp trust anchor; its time is not used. */
        TIMESTAMP_UNTRUSTED(Kind.TRUST),
        /** Warning: the seal lacks what an ETSI baseline signature needs (signing time, certificate reference). */
        NOT_BASELINE(Kind.POLICY),
        /** Warning: a legacy element ({@code sigT} instead of {@code iat}) that current validators classify differently. */
        LEGACY_ELEMENT(Kind.POLICY),
        /**
         * The seal is intact, but its signature or a signed digest uses an algorithm the policy no
         * longer accepts (SHA-1, RSA keys under 2048 bits), as ETSI TS 119 312 retires them.
         */
        LEGACY_ALGORITHM(Kind.POLICY),
        /**
         * The seal does not sign a reference to its signing certificate (XAdES
         * {@code SigningCertificate(V2)}, JAdES {@code x5t#S256}, {@code x5t#o}, {@code sigX5ts}), so
         * another certificate with the same key could be substituted.
         */
        SIGNING_CERTIFICATE_REFERENCE_MISSING(Kind.POLICY),
        /**
         * A counter-signature (XAdES {@code CounterSignature}, JAdES {@code cSig}) does not verify; its
         * own report is among {@link SealReport#counterSignatures()}. The counter-signed seal itself
         * is not affected; by default a warning.
         */
        COUNTER_SIGNATURE_INVALID(Kind.POLICY),
        /** An archive time-stamp (XAdES {@code ArchiveTimeStamp}, JAdES {@code arcTst}) does not cover what it must, or its signature fails. */
        ARCHIVE_TIMESTAMP_INVALID(Kind.TRUST),
        /**
         * JAdES {@code crit} lists the unprotected {@code etsiU}, as some producers do: it is not a
         * protected header parameter, so nothing is made critical; by default a warning.
         */
        ETSIU_IN_CRIT(Kind.POLICY),
        /**
         * An unsigned certificate the seal carries (JAdES {@code xVals}, XAdES {@code KeyInfo} or
         * {@code CertificateValues}) cannot be read and is ignored; by default a warning.
         */
        CERTIFICATE_UNREADABLE(Kind.POLICY);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        /**
         * The kind of rule: integrity, policy or trust.
         *
         * @return the kind
         */
        public Kind kind() {
            return kind;
        }
    }

    /**
     * The kind of this problem's code.
     *
     * @return the kind
     */
    public Kind kind() {
        return code.kind();
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
