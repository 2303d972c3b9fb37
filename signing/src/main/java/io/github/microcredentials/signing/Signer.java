package io.github.microcredentials.signing;

/**
 * Computes signatures over bytes with a private key that may live outside the library: in memory
 * ({@link SigningKey#signer()}), in an HSM or in a cloud KMS. The library prepares the exact bytes to
 * sign and assembles the result; a signer only returns signature bytes.
 *
 * <p>The signature format is fixed by the key type of {@link #publicKey()}:
 * <ul>
 *   <li>{@link KeyType#ED25519}: pure Ed25519 (RFC 8032) over {@code data}, 64 bytes;
 *   <li>{@link KeyType#P256}: ECDSA with SHA-256 over {@code data}, as the 64-byte {@code r || s}
 *       concatenation (IEEE P1363, as JWS and Data Integrity use it), not DER;
 *   <li>{@link KeyType#P384}: ECDSA with SHA-384 over {@code data}, as the 96-byte {@code r || s}
 *       concatenation;
 *   <li>{@link KeyType#RSA}: RSASSA-PKCS1-v1_5 with SHA-256 over {@code data}.
 * </ul>
 * Implementations must be thread-safe if the signer is shared between threads.
 */
public interface Signer {

    /**
     * The public key matching the private key; it decides the algorithm and is published in proofs
     * and headers.
     *
     * @return the public key
     */
    VerificationKey publicKey();

    /**
     * Signs.
     *
     * @param data the bytes to sign (the library never passes a pre-computed digest)
     * @return the signature in the format of the key type
     * @throws SigningException if the key store, HSM or KMS fails
     */
    byte[] sign(byte[] data) throws SigningException;
}
