package io.github.microcredentials.seals.internal.seal;

import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.seals.SealAlgorithm;
import io.github.microcredentials.seals.SealSigner;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** A signer over a JCA private key of any provider; the key never leaves the object. */
public final class JcaSealSigner implements SealSigner {

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    /**
     * Creates the signer.
     *
     * @param key the private key (from a key store, a PEM file, an HSM)
     * @param chain the seal certificate first, then its issuers
     * @throws IllegalArgumentException if the chain is empty or its key is not a seal key
     */
    public JcaSealSigner(PrivateKey key, List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a seal signer needs its certificate");
        }
        Algorithms.defaultFor(chain.get(0).getPublicKey());
        this.key = key;
        this.chain = List.copyOf(chain);
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    @Override
    public byte[] sign(SealAlgorithm algorithm, byte[] dataToBeSigned) throws SigningException {
        if (!Algorithms.fits(algorithm, chain.get(0).getPublicKey())) {
            throw new SigningException(algorithm + " does not fit the seal certificate's key");
        }
        try {
            return Algorithms.sign(algorithm, key, dataToBeSigned);
        } catch (GeneralSecurityException | RuntimeException e) {
            // The provider's message may describe the key; only its type is shown.
            throw new SigningException("the key's provider failed to sign (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * Checks that the private key belongs to the certificate by signing and verifying a probe.
     *
     * @throws SigningException if it does not, or the key cannot sign
     */
    public void checkKeyMatchesCertificate() throws SigningException {
        SealAlgorithm algorithm = Algorithms.defaultFor(chain.get(0).getPublicKey());
        byte[] probe = "microcredentials seal key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (!Algorithms.verify(algorithm, chain.get(0).getPublicKey(), probe, sign(algorithm, probe))) {
            throw new SigningException("the private key does not belong to the seal certificate");
        }
    }

    @Override
    public String toString() {
        return "seal signer for " + Certs.displayName(chain.get(0).getSubjectX500Principal());
    }
}
