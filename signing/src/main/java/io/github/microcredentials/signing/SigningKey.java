package io.github.microcredentials.signing;

import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.signing.internal.crypto.KeyMaterial;
import io.github.microcredentials.signing.internal.crypto.Signatures;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;

/**
 * A private key held in memory, with Bouncy Castle doing the cryptography. For keys in an HSM or
 * KMS, implement {@link Signer} instead.
 *
 * <p>{@link #toString()} never shows key material; {@link #toPkcs8Pem()} is the one way out.
 */
public final class SigningKey {

    private static final String PEM_BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String PEM_END = "-----END PRIVATE KEY-----";

    private final AsymmetricKeyParameter key;
    private final VerificationKey publicKey;

    private SigningKey(AsymmetricKeyParameter key) {
        this.key = key;
        this.publicKey = VerificationKey.of(KeyMaterial.typeOf(key), KeyMaterial.rawPublic(key));
    }

    /**
     * Generates a new key with a strong random source (RSA: 2048 bits).
     *
     * @param type the key type
     * @return the key
     */
    public static SigningKey generate(KeyType type) {
        return new SigningKey(KeyMaterial.generate(Objects.requireNonNull(type, "type"), new SecureRandom()));
    }

    /**
     * Reads a PKCS#8 {@code PRIVATE KEY} PEM document (as {@code openssl genpkey} and {@link #toPkcs8Pem()} write it).
     *
     * @param pem the PEM text
     * @return the key
     * @throws IllegalArgumentException if the text holds no supported unencrypted private key
     */
    public static SigningKey fromPkcs8Pem(String pem) {
        int begin = pem.indexOf(PEM_BEGIN);
        int end = pem.indexOf(PEM_END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("no PKCS#8 \"" + PEM_BEGIN + "\" block (encrypted keys are not supported)");
        }
        String body = pem.substring(begin + PEM_BEGIN.length(), end).replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the PEM body is not base64", e);
        }
        try {
            return fromPkcs8Der(der);
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }

    /** A key from PKCS#8 {@code PrivateKeyInfo} DER, for {@link Signers}; the caller clears the bytes. */
    static SigningKey fromPkcs8Der(byte[] der) {
        return new SigningKey(KeyMaterial.fromPkcs8(der));
    }

    /**
     * Reads a Multikey private key ({@code secretKeyMultibase}, multicodec {@code ed25519-priv},
     * {@code p256-priv} or {@code p384-priv}), as the W3C test vectors publish them.
     *
     * @param privateKeyMultibase for example {@code z3u2en7t…}
     * @return the key
     * @throws IllegalArgumentException if the value is not a supported multibase private key
     */
    public static SigningKey fromMultikey(String privateKeyMultibase) {
        byte[] decoded = Multibase.decodeBase58btc(privateKeyMultibase);
        try {
            if (Multibase.hasCodec(decoded, Multibase.ED25519_PRIV)) {
                return new SigningKey(KeyMaterial.fromRawPrivate(KeyType.ED25519, Arrays.copyOfRange(decoded, 2, decoded.length)));
            }
            if (Multibase.hasCodec(decoded, Multibase.P256_PRIV)) {
                return new SigningKey(KeyMaterial.fromRawPrivate(KeyType.P256, Arrays.copyOfRange(decoded, 2, decoded.length)));
            }
            if (Multibase.hasCodec(decoded, Multibase.P384_PRIV)) {
                return new SigningKey(KeyMaterial.fromRawPrivate(KeyType.P384, Arrays.copyOfRange(decoded, 2, decoded.length)));
            }
            throw new IllegalArgumentException("unsupported multibase private key (expected Ed25519, P-256 or P-384)");
        } finally {
            Arrays.fill(decoded, (byte) 0);
        }
    }

    /**
     * The key type.
     *
     * @return the type
     */
    public KeyType type() {
        return publicKey.type();
    }

    /**
     * The public key.
     *
     * @return the public key
     */
    public VerificationKey publicKey() {
        return publicKey;
    }

    /**
     * A signer using this key; thread-safe.
     *
     * @return the signer
     */
    public Signer signer() {
        return new Signer() {
            @Override
            public VerificationKey publicKey() {
                return publicKey;
            }

            @Override
            public byte[] sign(byte[] data) {
                return Signatures.sign(key, data);
            }

            @Override
            public String toString() {
                return "in-memory signer for " + publicKey;
            }
        };
    }

    /**
     * The private key as an unencrypted PKCS#8 PEM document. Secret: store it readable only by
     * its owner.
     *
     * @return the PEM text, ending in a newline
     */
    public String toPkcs8Pem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(KeyMaterial.pkcs8(key));
        return PEM_BEGIN + "\n" + body + "\n" + PEM_END + "\n";
    }

    @Override
    public String toString() {
        return type().label() + " signing key for " + publicKey.multikey();
    }
}
