package io.github.microcredentials.seals;

import io.github.microcredentials.signing.SignatureAlgorithm;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.seals.internal.seal.Algorithms;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A seal waiting for its signature value: the first step of two-step sealing, for keys the
 * library cannot call in one step (a remote signing service, a QSCD behind an API). (A service
 * that can be called during sealing is simpler as
 * {@link io.github.microcredentials.signing.Signers#remote(io.github.microcredentials.signing.RemoteSigningService, java.util.List)}.) Send
 * {@link #dataToBeSigned()} to the signer with {@link #algorithm()}, then pass the returned value
 * to {@link #complete(byte[])}. Single use.
 *
 * <pre>{@code
 * PreparedSeal prepared = JadesSealer.builder().build().prepare(credential, chain);
 * byte[] value = remoteService.sign(prepared.algorithm(), prepared.dataToBeSigned());
 * byte[] sealed = prepared.complete(value);
 * }</pre>
 */
public final class PreparedSeal {

    /** Assembles the seal from a checked signature value. */
    interface Completion {
        byte[] complete(byte[] signatureValue) throws SigningException;
    }

    private final SignatureAlgorithm algorithm;
    private final byte[] dataToBeSigned;
    private final X509Certificate certificate;
    private final Instant signingTime;
    private final Completion completion;
    private final AtomicBoolean used = new AtomicBoolean();

    PreparedSeal(SignatureAlgorithm algorithm, byte[] dataToBeSigned, X509Certificate certificate, Instant signingTime,
            Completion completion) {
        this.algorithm = algorithm;
        this.dataToBeSigned = dataToBeSigned;
        this.certificate = certificate;
        this.signingTime = signingTime;
        this.completion = completion;
    }

    /**
     * The exact bytes to sign (not a digest).
     *
     * @return a copy of the bytes
     */
    public byte[] dataToBeSigned() {
        return dataToBeSigned.clone();
    }

    /**
     * The algorithm to sign with.
     *
     * @return the algorithm
     */
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /**
     * The signing time the seal claims.
     *
     * @return the time, in whole seconds
     */
    public Instant signingTime() {
        return signingTime;
    }

    /**
     * Checks the signature value against the seal certificate, then assembles the seal (and, for
     * BASELINE-T, gets its time-stamp).
     *
     * @param signatureValue the value (PKCS#1 / PSS bytes, or {@code r || s} for ECDSA)
     * @return the sealed document
     * @throws SigningException if the value does not verify with the certificate's key (wrong key,
     *     algorithm or data), or the time-stamping authority fails
     * @throws IllegalStateException if called twice
     */
    public byte[] complete(byte[] signatureValue) throws SigningException {
        return complete(signatureValue, true);
    }

    /**
     * Completes with a value from a {@link io.github.microcredentials.signing.Signer} (one-step sealing), without re-verifying it:
     * the signer holds the certificate's key, and its provider (the JDK's RSA implementation
     * checks its CRT result; HSMs do) answers for the value. Values from outside, through
     * {@link #complete(byte[])}, are always verified.
     */
    byte[] completeFromSigner(byte[] signatureValue) throws SigningException {
        return complete(signatureValue, false);
    }

    private byte[] complete(byte[] signatureValue, boolean check) throws SigningException {
        if (!used.compareAndSet(false, true)) {
            throw new IllegalStateException("a prepared seal is completed once");
        }
        if (check && !Algorithms.verify(algorithm, certificate.getPublicKey(), dataToBeSigned, signatureValue)) {
            throw new SigningException("the signature value does not verify with the seal certificate (wrong key, algorithm or data)");
        }
        return completion.complete(signatureValue.clone());
    }
}
