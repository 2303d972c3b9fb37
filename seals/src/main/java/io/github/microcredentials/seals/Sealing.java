package io.github.microcredentials.seals;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.SignatureAlgorithm;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.Signers;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.seals.internal.seal.Algorithms;
import io.github.microcredentials.seals.internal.seal.Timestamps;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What both sealers share: the configuration {@link SealerBuilder#build()} froze, and the steps
 * around a format's own preparation (choosing the signer and the algorithm, checking that the
 * algorithm fits the seal certificate's key, fixing the signing time, and the signature
 * time-stamp of BASELINE-T). The builder has checked every value.
 *
 * @param algorithm the algorithm the builder set, or empty for the key's or signer's own
 * @param level BASELINE-B or BASELINE-T
 * @param tsa the time-stamping authority, present for BASELINE-T
 * @param clock the clock of the signing time
 */
record Sealing(Optional<SignatureAlgorithm> algorithm, SealLevel level, Optional<TsaClient> tsa, Clock clock) {

    /** A format's own part of preparing a seal, once the algorithm is known to fit the key. */
    @FunctionalInterface
    interface Format {
        /**
         * Reads the document and computes the data to be signed.
         *
         * @param document the document as the caller gave it
         * @param chain the seal certificate first, then its issuers; not empty
         * @param algorithm the algorithm, which fits the seal certificate's key
         * @param signingTime the signing time, in whole seconds
         * @return the prepared seal
         * @throws CredentialParseException if the document is not one the format seals
         */
        PreparedSeal prepare(byte[] document, List<X509Certificate> chain, SignatureAlgorithm algorithm, Instant signingTime)
                throws CredentialParseException;
    }

    /**
     * Seals in one step: the signer signs the format's data to be signed.
     *
     * @throws IllegalArgumentException if the signer has no certificate chain, cannot sign with
     *     the configured algorithm, or signs with EdDSA
     */
    byte[] seal(byte[] document, Signer signer, Format format) throws CredentialParseException, SigningException {
        Signer sealing = sealSigner(signer);
        PreparedSeal prepared = prepare(document, sealing.certificateChain(), sealAlgorithm(sealing), format);
        return prepared.completeFromSigner(sealing.sign(prepared.dataToBeSigned()));
    }

    /**
     * Prepares for two-step signing, with the configured algorithm or the key's default.
     *
     * @throws IllegalArgumentException if the chain is empty, or the algorithm does not fit its key
     */
    PreparedSeal prepare(byte[] document, List<X509Certificate> chain, Format format) throws CredentialParseException {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a seal needs its certificate");
        }
        return prepare(document, chain, algorithm.orElseGet(() -> Algorithms.defaultFor(chain.get(0).getPublicKey())), format);
    }

    /** Whether the seal gets a signature time-stamp (BASELINE-T). */
    boolean timestamped() {
        return level == SealLevel.BASELINE_T;
    }

    /**
     * The signature time-stamp token over the data the format time-stamps, checked against it.
     *
     * @throws SigningException if the time-stamping authority fails or answers with another imprint
     */
    byte[] timestamp(byte[] data) throws SigningException {
        return Timestamps.obtain(tsa.orElseThrow()::timestamp, data);
    }

    private PreparedSeal prepare(byte[] document, List<X509Certificate> chain, SignatureAlgorithm alg, Format format)
            throws CredentialParseException {
        if (!Algorithms.fits(alg, chain.get(0).getPublicKey())) {
            throw new IllegalArgumentException(alg + " does not fit the seal certificate's key");
        }
        return format.prepare(document, chain, alg, clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    /** The signer to seal with: the given one, or the same key with the configured algorithm. */
    private Signer sealSigner(Signer signer) {
        List<X509Certificate> chain = Objects.requireNonNull(signer, "signer").certificateChain();
        if (chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("a seal needs a signer with its certificate chain (seal certificate first): "
                    + "Signers.pkcs12, pem(key, certificates), keyStore, pkcs11, jca or remote(service, chain); "
                    + signer + " has none");
        }
        return algorithm.isPresent() ? Signers.withAlgorithm(signer, algorithm.get()) : signer;
    }

    /** The signer's algorithm; EdDSA, which seals do not use, is refused. */
    private static SignatureAlgorithm sealAlgorithm(Signer signer) {
        if (signer.algorithm() == SignatureAlgorithm.EDDSA) {
            throw new IllegalArgumentException("seals sign with RSA or ECDSA keys, not Ed25519");
        }
        return signer.algorithm();
    }
}
