package io.github.microcredentials.seals;

import io.github.microcredentials.signing.SigningException;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Creates seal signature values with a private key that may live anywhere: a PKCS#12 file, a PEM
 * key, any JCA {@link java.security.KeyStore} (including a PKCS#11 HSM provider), or a remote
 * signing service. The library computes the exact bytes to sign and assembles the seal; a signer
 * only returns the signature value. {@link SealSigners} has the ready-made signers; a remote
 * service implements this interface, or uses the two-step {@link PreparedSeal} instead.
 *
 * <p>Implementations never log or reveal key material and must be thread-safe if shared.
 */
public interface SealSigner {

    /**
     * The seal certificate first, then the certificates that issued it, up to (optionally) the
     * root. The seal carries them so that verifiers can build the chain.
     *
     * @return the chain, never empty
     */
    List<X509Certificate> certificateChain();

    /**
     * Signs.
     *
     * @param algorithm the algorithm; it fits the certificate's key
     * @param dataToBeSigned the bytes to sign (never a pre-computed digest)
     * @return the signature value: PKCS#1 / PSS bytes for RSA, the fixed-length {@code r || s}
     *     concatenation for ECDSA
     * @throws SigningException if the key store, HSM or service fails; the message never holds
     *     secrets
     */
    byte[] sign(SealAlgorithm algorithm, byte[] dataToBeSigned) throws SigningException;
}
