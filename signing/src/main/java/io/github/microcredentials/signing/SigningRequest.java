package io.github.microcredentials.signing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link RemoteSigningService} is asked to sign: the algorithm, the exact data to be signed,
 * and its digest with the algorithm's hash (for services that sign hashes, as the Cloud Signature
 * Consortium API {@code signHash} does). Immutable; the accessors return copies.
 */
public final class SigningRequest {

    private final SignatureAlgorithm algorithm;
    private final byte[] dataToBeSigned;
    private final byte[] digest;

    private SigningRequest(SignatureAlgorithm algorithm, byte[] dataToBeSigned, byte[] digest) {
        this.algorithm = algorithm;
        this.dataToBeSigned = dataToBeSigned;
        this.digest = digest;
    }

    /**
     * A request; the digest is computed here.
     *
     * @param algorithm the algorithm
     * @param dataToBeSigned the data
     * @return the request
     */
    public static SigningRequest of(SignatureAlgorithm algorithm, byte[] dataToBeSigned) {
        Objects.requireNonNull(algorithm, "algorithm");
        byte[] data = dataToBeSigned.clone();
        byte[] digest = null;
        if (algorithm.digest().isPresent()) {
            try {
                digest = MessageDigest.getInstance(algorithm.digest().get()).digest(data);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("no " + algorithm.digest().get() + " in this Java runtime", e);
            }
        }
        return new SigningRequest(algorithm, data, digest);
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
     * The exact bytes to sign (not a digest).
     *
     * @return a copy
     */
    public byte[] dataToBeSigned() {
        return dataToBeSigned.clone();
    }

    /**
     * The digest of {@link #dataToBeSigned()} with the algorithm's hash; empty for EdDSA, which
     * signs the data itself.
     *
     * @return a copy of the digest
     */
    public Optional<byte[]> digest() {
        return digest == null ? Optional.empty() : Optional.of(digest.clone());
    }

    @Override
    public String toString() {
        return algorithm.jwsName() + " signing request over " + dataToBeSigned.length + " bytes";
    }
}
