package io.github.microcredentials.signing.internal.crypto;

import io.github.microcredentials.signing.KeyType;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.bouncycastle.util.BigIntegers;

/** Signature creation and verification per key type, on Bouncy Castle's lightweight API. */
public final class Signatures {

    private Signatures() {
    }

    /**
     * Signs.
     *
     * @param key the private key
     * @param data the data
     * @return the signature in the key type's format (see {@code Signer})
     */
    public static byte[] sign(AsymmetricKeyParameter key, byte[] data) {
        switch (KeyMaterial.typeOf(key)) {
            case ED25519: {
                Ed25519Signer signer = new Ed25519Signer();
                signer.init(true, key);
                signer.update(data, 0, data.length);
                return signer.generateSignature();
            }
            case P256:
            case P384: {
                KeyType type = KeyMaterial.typeOf(key);
                int size = Curves.size(type);
                // Deterministic nonces (RFC 6979): no dependence on the quality of the RNG at signing time.
                ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(type == KeyType.P384 ? new SHA384Digest() : new SHA256Digest()));
                signer.init(true, (ECPrivateKeyParameters) key);
                BigInteger[] rs = signer.generateSignature(digest(type, data));
                // Low S (s <= n/2): (r, s) and (r, n - s) both verify; this library writes the lower one only,
                // so that its own signatures have one form. Verification accepts both (SECURITY.md).
                BigInteger n = ((ECPrivateKeyParameters) key).getParameters().getN();
                BigInteger s = rs[1].compareTo(n.shiftRight(1)) > 0 ? n.subtract(rs[1]) : rs[1];
                byte[] out = new byte[2 * size];
                BigIntegers.asUnsignedByteArray(rs[0], out, 0, size);
                BigIntegers.asUnsignedByteArray(s, out, size, size);
                return out;
            }
            case RSA: {
                RSADigestSigner signer = new RSADigestSigner(new SHA256Digest());
                signer.init(true, key);
                signer.update(data, 0, data.length);
                try {
                    return signer.generateSignature();
                } catch (CryptoException e) {
                    throw new IllegalStateException("RSA signing failed", e);
                }
            }
            default:
                throw new IllegalArgumentException("unsupported key");
        }
    }

    /**
     * Verifies; never throws for a bad signature or a malformed key.
     *
     * @param type the key type
     * @param rawPublicKey the raw public key bytes
     * @param data the signed data
     * @param signature the signature
     * @return {@code true} only for a valid signature
     */
    public static boolean verify(KeyType type, byte[] rawPublicKey, byte[] data, byte[] signature) {
        AsymmetricKeyParameter key;
        try {
            key = KeyMaterial.publicParameters(type, rawPublicKey);
        } catch (RuntimeException e) {
            return false;
        }
        return verify(type, key, data, signature);
    }

    /**
     * Verifies with a decoded public key; never throws for a bad signature.
     *
     * @param type the key type
     * @param key the public key parameters of that type
     * @param data the signed data
     * @param signature the signature
     * @return {@code true} only for a valid signature
     */
    public static boolean verify(KeyType type, AsymmetricKeyParameter key, byte[] data, byte[] signature) {
        switch (type) {
            case ED25519: {
                if (signature.length != 64) {
                    return false;
                }
                Ed25519Signer verifier = new Ed25519Signer();
                verifier.init(false, key);
                verifier.update(data, 0, data.length);
                return verifier.verifySignature(signature);
            }
            case P256:
            case P384: {
                int size = Curves.size(type);
                if (signature.length != 2 * size) {
                    return false;
                }
                ECDSASigner verifier = new ECDSASigner();
                verifier.init(false, key);
                return verifier.verifySignature(digest(type, data),
                        new BigInteger(1, Arrays.copyOfRange(signature, 0, size)),
                        new BigInteger(1, Arrays.copyOfRange(signature, size, 2 * size)));
            }
            case RSA: {
                RSADigestSigner verifier = new RSADigestSigner(new SHA256Digest());
                verifier.init(false, key);
                verifier.update(data, 0, data.length);
                return verifier.verifySignature(signature);
            }
            default:
                return false;
        }
    }

    /**
     * The length of a signature of a key type in the form {@code Signer} describes, when fixed.
     *
     * @param type the key type
     * @return 64 (Ed25519, P-256), 96 (P-384), or -1 (RSA: the modulus length)
     */
    public static int signatureLength(KeyType type) {
        switch (type) {
            case ED25519:
            case P256:
                return 64;
            case P384:
                return 96;
            default:
                return -1;
        }
    }

    /** The ECDSA message digest of a curve: SHA-256 for P-256, SHA-384 for P-384. */
    private static byte[] digest(KeyType type, byte[] data) {
        if (type == KeyType.P384) {
            SHA384Digest sha = new SHA384Digest();
            sha.update(data, 0, data.length);
            byte[] out = new byte[sha.getDigestSize()];
            sha.doFinal(out, 0);
            return out;
        }
        return sha256(data);
    }

    /**
     * SHA-256.
     *
     * @param data the data
     * @return the 32-byte digest
     */
    public static byte[] sha256(byte[] data) {
        return Sha256.hash(data);
    }
}
