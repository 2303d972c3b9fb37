package io.github.microcredentials.signing.internal.keys;

import io.github.microcredentials.signing.SignatureAlgorithm;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.VerificationKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * What the signers of this package share: a public key, an algorithm and a certificate chain
 * (possibly empty), fixed when the signer is made and checked to fit each other, and the check of
 * a signature value against that key. The subclasses differ only in where the private key lives.
 */
abstract class KeyedSigner implements Signer {

    private final List<X509Certificate> chain;
    private final SignatureAlgorithm algorithm;
    private final VerificationKey publicKey;

    /**
     * Checks and keeps the key's description. (The parameters come in the order their checks
     * should fail in: a subclass computes the algorithm from the chain, the public key last.)
     *
     * @param chain the key's certificate first, then its issuers; possibly empty
     * @param algorithm the algorithm
     * @param publicKey the public key, the chain's first certificate's when there is a chain
     * @param keyName the key as the exception message names it, e.g. "the certificate's key"
     * @throws IllegalArgumentException if the algorithm is for verification only, or does not fit
     *     the key (the chain's first certificate's key, or without a chain the public key's type)
     */
    KeyedSigner(List<X509Certificate> chain, SignatureAlgorithm algorithm, VerificationKey publicKey, String keyName) {
        this.chain = List.copyOf(chain);
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
        boolean fits = this.chain.isEmpty() ? algorithm == SignatureAlgorithm.forKeyType(publicKey.type())
                : JcaSignatures.fits(algorithm, this.chain.get(0).getPublicKey());
        if (algorithm.verificationOnly() || !fits) {
            throw new IllegalArgumentException(algorithm + " does not fit " + keyName + " or is for verification only");
        }
    }

    @Override
    public final VerificationKey publicKey() {
        return publicKey;
    }

    @Override
    public final SignatureAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public final List<X509Certificate> certificateChain() {
        return chain;
    }

    /**
     * Whether a value verifies over the data with this signer's key: through the JCA with the
     * certificate's key (what a relying party will do), or with the public key where there is no
     * certificate.
     */
    final boolean verifies(byte[] data, byte[] value) {
        return chain.isEmpty() ? publicKey.verify(data, value)
                : JcaSignatures.verify(algorithm, chain.get(0).getPublicKey(), data, value);
    }

    /** The key's holder, for {@code toString}: the certificate's subject, or the public key. */
    final String holder() {
        return chain.isEmpty() ? publicKey.toString() : chain.get(0).getSubjectX500Principal().getName();
    }
}
