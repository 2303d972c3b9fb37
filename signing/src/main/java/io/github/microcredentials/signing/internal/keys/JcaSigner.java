package io.github.microcredentials.signing.internal.keys;

import io.github.microcredentials.signing.SignatureAlgorithm;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.VerificationKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A signer over a JCA private key of any provider, with the key's certificate chain. The key never
 * leaves the object, and for an HSM it never leaves the HSM: the provider signs where it lives.
 * Immutable and thread-safe (each signature gets its own {@link java.security.Signature}).
 */
public final class JcaSigner extends KeyedSigner {

    private final PrivateKey key;
    private final Optional<Provider> provider;

    /**
     * Creates the signer.
     *
     * @param key the private key (from a key store, a PEM file, an HSM)
     * @param provider the provider that holds the key, when it is not installed in the JCA (PKCS#11)
     * @param chain the key's certificate first, then its issuers
     * @param algorithm the algorithm, or empty for the default of the certificate's key
     * @throws IllegalArgumentException if the chain is empty, its key is not RSA (2048+), P-256 or
     *     P-384, or the algorithm does not fit it or is for verification only
     */
    public JcaSigner(PrivateKey key, Optional<Provider> provider, List<X509Certificate> chain, Optional<SignatureAlgorithm> algorithm) {
        super(chain, algorithm.orElseGet(() -> JcaSignatures.defaultFor(leafKey(chain))), VerificationKey.of(leafKey(chain)),
                "the certificate's key");
        this.key = Objects.requireNonNull(key, "key");
        this.provider = provider;
    }

    /**
     * The same key with another algorithm.
     *
     * @param other the algorithm
     * @return the signer
     * @throws IllegalArgumentException if the algorithm does not fit the key
     */
    public JcaSigner withAlgorithm(SignatureAlgorithm other) {
        return new JcaSigner(key, provider, certificateChain(), Optional.of(other));
    }

    @Override
    public byte[] sign(byte[] data) throws SigningException {
        try {
            return JcaSignatures.sign(algorithm(), key, provider, data);
        } catch (GeneralSecurityException | RuntimeException e) {
            // The provider's message may describe the key; only the exception's type is shown.
            throw new SigningException("the key's provider failed to sign (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * Checks that the private key belongs to the certificate by signing and verifying a probe.
     *
     * @throws SigningException if it does not, or the key cannot sign
     */
    public void checkKeyMatchesCertificate() throws SigningException {
        byte[] probe = "microcredentials key check".getBytes(StandardCharsets.US_ASCII);
        if (!verifies(probe, sign(probe))) {
            throw new SigningException("the private key does not belong to the certificate");
        }
    }

    @Override
    public String toString() {
        return algorithm().jwsName() + " signer for " + holder();
    }

    private static PublicKey leafKey(List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a JCA signer needs the key's certificate");
        }
        return chain.get(0).getPublicKey();
    }
}
