package io.github.microcredentials.seals.internal.seal;

import io.github.microcredentials.signing.SignatureAlgorithm;
import io.github.microcredentials.signing.internal.keys.JcaSignatures;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;

/**
 * Seal signature checks: the signing module's JCA code ({@link JcaSignatures}, shared with this
 * module through a qualified export), narrowed to the keys of seal certificates. ECDSA values
 * travel as {@code r || s}. (Signing is the signing module's {@code Signer}, whatever holds the key.)
 *
 * <p>EdDSA never fits here, although {@link JcaSignatures} accepts it for Data Integrity: seals
 * are made with RSA or ECDSA keys, and a JAdES or XAdES signature that names EdDSA is refused
 * whatever the verifier's list of allowed algorithms says.
 */
public final class Algorithms {

    /** The smallest RSA modulus accepted, in bits. */
    public static final int MIN_RSA_BITS = JcaSignatures.MIN_RSA_BITS;

    private Algorithms() {
    }

    /**
     * Verifies; never throws for a malformed signature or an unfit key.
     *
     * @param algorithm the algorithm
     * @param key the public key
     * @param data the signed data
     * @param value the signature value ({@code r || s} for ECDSA)
     * @return {@code true} only for a valid signature
     */
    public static boolean verify(SignatureAlgorithm algorithm, PublicKey key, byte[] data, byte[] value) {
        // JcaSignatures.verify checks the rest of fits(…) itself.
        return algorithm != SignatureAlgorithm.EDDSA && JcaSignatures.verify(algorithm, key, data, value);
    }

    /**
     * Whether a key can make or check seals of the algorithm (type, curve size, RSA length; never EdDSA).
     *
     * @param algorithm the algorithm
     * @param key the public key
     * @return {@code true} if it fits
     */
    public static boolean fits(SignatureAlgorithm algorithm, PublicKey key) {
        return algorithm != SignatureAlgorithm.EDDSA && JcaSignatures.fits(algorithm, key);
    }

    /**
     * The default algorithm for a key: RS256 for RSA, ES256, ES384 or ES512 by curve.
     *
     * @param key the public key
     * @return the algorithm
     * @throws IllegalArgumentException for another key
     */
    public static SignatureAlgorithm defaultFor(PublicKey key) {
        return JcaSignatures.defaultFor(key);
    }

    /**
     * A digest.
     *
     * @param jcaName for example {@code SHA-256}
     * @param data the data
     * @return the digest
     */
    public static byte[] digest(String jcaName, byte[] data) {
        try {
            return MessageDigest.getInstance(jcaName).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no " + jcaName + " in this Java runtime", e);
        }
    }
}
