package io.github.microcredentials.signing;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * Computes signatures over bytes with a private key that may live outside the library: in memory
 * ({@link SigningKey#signer()}), in a PEM or PKCS#12 file, in any JCA key store, in an HSM through
 * PKCS#11, or behind a remote signing service ({@link Signers} has them all). It is the one signing
 * SPI of every format: Data Integrity proofs, VC-JWT, SD-JWT, JAdES, XAdES and PAdES. The library
 * prepares the exact bytes to sign and assembles the result; a signer only returns the signature
 * value.
 *
 * <p>The signature value is in the format of {@link #algorithm()}:
 * <ul>
 *   <li>{@link SignatureAlgorithm#EDDSA}: pure Ed25519 (RFC 8032) over {@code data}, 64 bytes;
 *   <li>{@code ES256} / {@code ES384}: ECDSA with SHA-256 / SHA-384 over {@code data}, as the
 *       64- / 96-byte {@code r || s} concatenation (IEEE P1363, as JWS, Data Integrity and XML
 *       Signature 1.1 use it), not DER;
 *   <li>{@code RS256}: RSASSA-PKCS1-v1_5 with SHA-256; {@code PS256}: RSASSA-PSS with SHA-256,
 *       MGF1 SHA-256 and a 32-byte salt.
 * </ul>
 *
 * <p>Data Integrity and VC-JWT need the {@link #publicKey()} and use the algorithm of its key type
 * ({@link SignatureAlgorithm#forKeyType(KeyType)}); seals (JAdES, XAdES, PAdES) also need the
 * {@link #certificateChain()} and refuse a signer without one. Implementations never log or reveal
 * key material, and must be thread-safe if the signer is shared between threads (the library's
 * own are).
 */
public interface Signer {

    /**
     * The public key matching the private key; it is published in proofs and headers, and decides
     * which formats the signer can serve.
     *
     * @return the public key
     */
    VerificationKey publicKey();

    /**
     * The algorithm of the signature values. The default is the algorithm of the public key's type
     * (EdDSA, ES256, ES384, RS256); a seal signer may say PS256.
     *
     * @return the algorithm, never a {@linkplain SignatureAlgorithm#verificationOnly() verification-only} one
     */
    default SignatureAlgorithm algorithm() {
        return SignatureAlgorithm.forKeyType(publicKey().type());
    }

    /**
     * The key's identifier, if it has one: a DID URL or other URI that Data Integrity proofs
     * ({@code verificationMethod}) and VC-JWT ({@code kid}) name when their builder is given none.
     * Without one they name the key's {@code did:key}.
     *
     * @return the identifier, or empty (the default)
     */
    default Optional<String> keyId() {
        return Optional.empty();
    }

    /**
     * The certificate of the key first, then the certificates that issued it, up to (optionally)
     * the root. Seals carry it so that verifiers can build the chain; they refuse a signer whose
     * chain is empty.
     *
     * @return the chain; empty (the default) for keys without certificate
     */
    default List<X509Certificate> certificateChain() {
        return List.of();
    }

    /**
     * Signs.
     *
     * @param data the bytes to sign (the library never passes a pre-computed digest)
     * @return the signature value in the format of {@link #algorithm()}
     * @throws SigningException if the key store, HSM or service fails; the message holds no secret
     */
    byte[] sign(byte[] data) throws SigningException;
}
