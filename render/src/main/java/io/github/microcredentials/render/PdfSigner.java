package io.github.microcredentials.render;

import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.seals.SealAlgorithm;
import io.github.microcredentials.seals.SealSigner;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * The seal key of a PAdES signature: a signature over bytes with an algorithm and a certificate
 * chain, wherever the key lives (PKCS#12, PEM, a JCA key store or PKCS#11 HSM, a remote service).
 * It has the shape of the library's coming single {@code Signer} SPI, which will replace it.
 *
 * <p>Implementations never log or reveal key material and must be thread-safe if shared.
 */
public interface PdfSigner {

    /**
     * The signature algorithm; it fits the certificate's key.
     *
     * @return RS256, PS256 or ES256 (and their SHA-384/512 variants)
     */
    SealAlgorithm algorithm();

    /**
     * The seal certificate first, then the certificates that issued it.
     *
     * @return the chain, never empty
     */
    List<X509Certificate> certificateChain();

    /**
     * Signs.
     *
     * @param data the bytes to sign (the DER of the CMS signed attributes; never a digest)
     * @return the signature value: PKCS#1 or PSS bytes for RSA, {@code r || s} for ECDSA
     * @throws SigningException if the key store, HSM or service fails
     */
    byte[] sign(byte[] data) throws SigningException;

    /**
     * A PDF signer from a seal signer of the signing module (PKCS#12, PEM, key store, PKCS#11),
     * with the default algorithm of its key: RS256 for RSA, ES256 for EC.
     *
     * @param signer the seal signer
     * @return the PDF signer
     */
    static PdfSigner of(SealSigner signer) {
        String key = signer.certificateChain().get(0).getPublicKey().getAlgorithm();
        return of(signer, key.equals("EC") ? SealAlgorithm.ES256 : SealAlgorithm.RS256);
    }

    /**
     * A PDF signer from a seal signer with a chosen algorithm.
     *
     * @param signer the seal signer
     * @param algorithm the algorithm; it must fit the key
     * @return the PDF signer
     */
    static PdfSigner of(SealSigner signer, SealAlgorithm algorithm) {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(algorithm, "algorithm");
        return new PdfSigner() {
            @Override
            public SealAlgorithm algorithm() {
                return algorithm;
            }

            @Override
            public List<X509Certificate> certificateChain() {
                return signer.certificateChain();
            }

            @Override
            public byte[] sign(byte[] data) throws SigningException {
                return signer.sign(algorithm, data);
            }
        };
    }
}
