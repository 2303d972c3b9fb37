package io.github.microcredentials.signing.internal.crypto;

import io.github.microcredentials.signing.KeyType;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECKeyParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * Key generation and encodings on Bouncy Castle's lightweight API. Public keys travel as their
 * "raw" multicodec payload: 32 bytes (Ed25519), a 33-byte (P-256) or 49-byte (P-384) compressed point, PKCS#1
 * {@code RSAPublicKey} DER (RSA).
 */
public final class KeyMaterial {

    /** The smallest RSA modulus accepted, in bits. */
    public static final int MIN_RSA_BITS = 2048;

    private KeyMaterial() {
    }

    /**
     * Generates a key pair.
     *
     * @param type the key type (RSA: 2048 bits)
     * @param random the randomness
     * @return the private key parameters
     */
    public static AsymmetricKeyParameter generate(KeyType type, SecureRandom random) {
        switch (type) {
            case ED25519:
                return new Ed25519PrivateKeyParameters(random);
            case P256:
            case P384: {
                ECKeyPairGenerator generator = new ECKeyPairGenerator();
                generator.init(new ECKeyGenerationParameters(Curves.of(type), random));
                return generator.generateKeyPair().getPrivate();
            }
            case RSA: {
                RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
                generator.init(new RSAKeyGenerationParameters(BigInteger.valueOf(65537), random, MIN_RSA_BITS, 100));
                AsymmetricCipherKeyPair pair = generator.generateKeyPair();
                return pair.getPrivate();
            }
            default:
                throw new IllegalArgumentException("unsupported key type " + type);
        }
    }

    /**
     * The key type of private key parameters.
     *
     * @param key the parameters
     * @return the type
     * @throws IllegalArgumentException for an unsupported key (another curve, a short RSA key)
     */
    public static KeyType typeOf(AsymmetricKeyParameter key) {
        if (key instanceof Ed25519PrivateKeyParameters || key instanceof Ed25519PublicKeyParameters) {
            return KeyType.ED25519;
        }
        if (key instanceof ECKeyParameters ec) {
            if (ec.getParameters().getCurve().equals(Curves.P256.getCurve())) {
                return KeyType.P256;
            }
            if (ec.getParameters().getCurve().equals(Curves.P384.getCurve())) {
                return KeyType.P384;
            }
        }
        if (key instanceof RSAKeyParameters rsa) {
            if (rsa.getModulus().bitLength() < MIN_RSA_BITS) {
                throw new IllegalArgumentException("RSA keys shorter than " + MIN_RSA_BITS + " bits are not accepted");
            }
            return KeyType.RSA;
        }
        throw new IllegalArgumentException("unsupported key: only Ed25519, P-256, P-384 and RSA keys are accepted");
    }

    /**
     * The raw public key of a private key.
     *
     * @param key the private key parameters
     * @return the raw public key bytes
     */
    public static byte[] rawPublic(AsymmetricKeyParameter key) {
        if (key instanceof Ed25519PrivateKeyParameters ed) {
            return ed.generatePublicKey().getEncoded();
        }
        if (key instanceof ECPrivateKeyParameters ec) {
            return Curves.of(typeOf(ec)).getG().multiply(ec.getD()).normalize().getEncoded(true);
        }
        if (key instanceof RSAPrivateCrtKeyParameters rsa) {
            return rsaPublic(rsa.getModulus(), rsa.getPublicExponent());
        }
        throw new IllegalArgumentException("unsupported private key");
    }

    /**
     * PKCS#1 {@code RSAPublicKey} DER.
     *
     * @param modulus n
     * @param exponent e
     * @return the DER bytes
     */
    public static byte[] rsaPublic(BigInteger modulus, BigInteger exponent) {
        try {
            return new RSAPublicKey(modulus, exponent).getEncoded("DER");
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode an RSA public key", e);
        }
    }

    /**
     * Decodes raw public key bytes into verification parameters; validates the point or modulus.
     *
     * @param type the key type
     * @param raw the raw bytes
     * @return the parameters
     * @throws IllegalArgumentException if the bytes are not a valid key of the type
     */
    public static AsymmetricKeyParameter publicParameters(KeyType type, byte[] raw) {
        switch (type) {
            case ED25519:
                if (raw.length != Ed25519PublicKeyParameters.KEY_SIZE) {
                    throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + raw.length);
                }
                return new Ed25519PublicKeyParameters(raw, 0);
            case P256:
                if (raw.length != 33) {
                    throw new IllegalArgumentException("a P-256 public key is a 33-byte compressed point, not " + raw.length + " bytes");
                }
                return new ECPublicKeyParameters(Curves.P256.getCurve().decodePoint(raw), Curves.P256);
            case P384:
                if (raw.length != 49) {
                    throw new IllegalArgumentException("a P-384 public key is a 49-byte compressed point, not " + raw.length + " bytes");
                }
                return new ECPublicKeyParameters(Curves.P384.getCurve().decodePoint(raw), Curves.P384);
            case RSA: {
                RSAPublicKey rsa = RSAPublicKey.getInstance(raw);
                RSAKeyParameters params = new RSAKeyParameters(false, rsa.getModulus(), rsa.getPublicExponent());
                typeOf(params);
                return params;
            }
            default:
                throw new IllegalArgumentException("unsupported key type " + type);
        }
    }

    /**
     * Encodes a private key as PKCS#8 {@code PrivateKeyInfo} DER.
     *
     * @param key the private key
     * @return the DER bytes (secret)
     */
    public static byte[] pkcs8(AsymmetricKeyParameter key) {
        try {
            if (key instanceof Ed25519PrivateKeyParameters ed) {
                // PKCS#8 v1 (RFC 8410 §7) without the optional public key: the form OpenSSL and Python's
                // cryptography write and read; Bouncy Castle's default, v2 with the public key, they refuse.
                return new org.bouncycastle.asn1.pkcs.PrivateKeyInfo(
                        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(org.bouncycastle.asn1.edec.EdECObjectIdentifiers.id_Ed25519),
                        new org.bouncycastle.asn1.DEROctetString(ed.getEncoded())).getEncoded("DER");
            }
            return PrivateKeyInfoFactory.createPrivateKeyInfo(key).getEncoded("DER");
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the private key", e);
        }
    }

    /**
     * Decodes PKCS#8 {@code PrivateKeyInfo} DER.
     *
     * @param der the bytes
     * @return the private key parameters, of a supported type
     * @throws IllegalArgumentException if the bytes are no supported private key
     */
    public static AsymmetricKeyParameter fromPkcs8(byte[] der) {
        AsymmetricKeyParameter key;
        try {
            key = PrivateKeyFactory.createKey(der);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a PKCS#8 private key", e);
        }
        if (!key.isPrivate()) {
            throw new IllegalArgumentException("not a private key");
        }
        typeOf(key);
        return key;
    }

    /**
     * Decodes an X.509 {@code SubjectPublicKeyInfo} into raw public key bytes.
     *
     * @param spki the DER bytes
     * @return the type and raw bytes
     * @throws IllegalArgumentException for anything but a supported public key
     */
    public static Raw fromSpki(byte[] spki) {
        AsymmetricKeyParameter key;
        try {
            key = PublicKeyFactory.createKey(spki);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an X.509 SubjectPublicKeyInfo", e);
        }
        KeyType type = typeOf(key);
        if (key instanceof Ed25519PublicKeyParameters ed) {
            return new Raw(type, ed.getEncoded());
        }
        if (key instanceof ECPublicKeyParameters ec) {
            return new Raw(type, ec.getQ().getEncoded(true));
        }
        RSAKeyParameters rsa = (RSAKeyParameters) key;
        return new Raw(type, rsaPublic(rsa.getModulus(), rsa.getExponent()));
    }

    /**
     * Decodes a raw Ed25519 seed or P-256 or P-384 scalar (from a multibase private key).
     *
     * @param type the key type
     * @param secret the secret bytes: 32 (Ed25519, P-256) or 48 (P-384)
     * @return the private key parameters
     */
    public static AsymmetricKeyParameter fromRawPrivate(KeyType type, byte[] secret) {
        int size = type == KeyType.P384 ? 48 : 32;
        if (secret.length != size) {
            throw new IllegalArgumentException("a raw " + type.label() + " private key has " + size + " bytes");
        }
        if (type == KeyType.ED25519) {
            return new Ed25519PrivateKeyParameters(secret, 0);
        }
        if (type == KeyType.P256 || type == KeyType.P384) {
            BigInteger d = new BigInteger(1, secret);
            ECNamedDomainParameters domain = Curves.of(type);
            if (d.signum() == 0 || d.compareTo(domain.getN()) >= 0) {
                throw new IllegalArgumentException("the " + type.label() + " private key is out of range");
            }
            return new ECPrivateKeyParameters(d, domain);
        }
        throw new IllegalArgumentException("no raw private key form for " + type);
    }

    /**
     * A public key's type and raw bytes.
     *
     * @param type the key type
     * @param bytes the raw bytes
     */
    public record Raw(KeyType type, byte[] bytes) {
    }
}
