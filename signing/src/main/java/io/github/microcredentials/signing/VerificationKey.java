package io.github.microcredentials.signing;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.signing.internal.crypto.Jwk;
import io.github.microcredentials.signing.internal.crypto.KeyMaterial;
import io.github.microcredentials.signing.internal.crypto.Signatures;
import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.jspecify.annotations.Nullable;

/**
 * A public key that verifies signatures: Ed25519, P-256, P-384 or RSA. Immutable; equal when type and
 * key are equal.
 *
 * <p>It converts between the encodings credentials use: Multikey ({@code z6Mk…} for Ed25519,
 * {@code zDn…} for P-256, {@code z82L…} for P-384, {@code z4MX…} for RSA as {@code did:key} defines it), {@code did:key}
 * DIDs and verification method ids, JWK, and X.509 {@code SubjectPublicKeyInfo}
 * ({@link PublicKey#getEncoded()}).
 *
 * @see <a href="https://www.w3.org/TR/controller-document/#multikey">Multikey</a>
 * @see <a href="https://w3c-ccg.github.io/did-key-spec/">The did:key method</a>
 */
public final class VerificationKey {

    private final KeyType type;
    private final byte[] raw;
    private final String multikey;

    private VerificationKey(KeyType type, byte[] raw) {
        this.type = type;
        this.raw = raw;
        this.multikey = Multibase.encodeKey(codec(type), raw);
    }

    /** The decoded key, kept: decoding (an Ed25519 point decompression) costs as much as a quarter of a verification. */
    private volatile @Nullable AsymmetricKeyParameter parameters;

    /**
     * A key from its raw bytes: 32 bytes (Ed25519), a 33-byte (P-256) or 49-byte (P-384) compressed point, or PKCS#1
     * {@code RSAPublicKey} DER (RSA, at least 2048 bits).
     *
     * @param type the key type
     * @param raw the raw bytes; copied
     * @return the key
     * @throws IllegalArgumentException if the bytes are not a valid key of the type
     */
    public static VerificationKey of(KeyType type, byte[] raw) {
        byte[] copy = raw.clone();
        KeyMaterial.publicParameters(Objects.requireNonNull(type, "type"), copy);
        return new VerificationKey(type, copy);
    }

    /**
     * A key from a JCA public key, for example one from an HSM or a certificate.
     *
     * @param key an Ed25519, P-256, P-384 or RSA public key with an X.509 encoding
     * @return the key
     * @throws IllegalArgumentException for another kind of key
     */
    public static VerificationKey of(PublicKey key) {
        byte[] spki = key.getEncoded();
        if (spki == null) {
            throw new IllegalArgumentException("the public key has no X.509 encoding");
        }
        KeyMaterial.Raw decoded = KeyMaterial.fromSpki(spki);
        return new VerificationKey(decoded.type(), decoded.bytes());
    }

    /**
     * A key from its Multikey value ({@code publicKeyMultibase}).
     *
     * @param multikey for example {@code z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2}
     * @return the key
     * @throws IllegalArgumentException if the value is not a supported Multikey
     */
    public static VerificationKey fromMultikey(String multikey) {
        byte[] decoded = Multibase.decodeBase58btc(multikey);
        for (KeyType type : KeyType.values()) {
            byte[] codec = codec(type);
            if (Multibase.hasCodec(decoded, codec)) {
                return of(type, Arrays.copyOfRange(decoded, codec.length, decoded.length));
            }
        }
        throw new IllegalArgumentException("unsupported Multikey type (expected Ed25519, P-256, P-384 or RSA)");
    }

    /**
     * The key a {@code did:key} DID or DID URL encodes, resolved offline.
     *
     * @param didKey for example {@code did:key:z6Mk…} or {@code did:key:z6Mk…#z6Mk…}
     * @return the key
     * @throws IllegalArgumentException if this is not a did:key DID of a supported key type, or the
     *     fragment names another key
     */
    public static VerificationKey fromDidKey(URI didKey) {
        String text = didKey.toString();
        if (!text.startsWith("did:key:")) {
            throw new IllegalArgumentException("not a did:key DID");
        }
        int hash = text.indexOf('#');
        String id = text.substring("did:key:".length(), hash < 0 ? text.length() : hash);
        if (hash >= 0 && !text.substring(hash + 1).equals(id)) {
            throw new IllegalArgumentException("the did:key fragment does not name the DID's key");
        }
        return fromMultikey(id);
    }

    /**
     * A key from a public JWK (RFC 7517: {@code OKP}/{@code Ed25519}, {@code EC}/{@code P-256} or {@code P-384}, {@code RSA}).
     *
     * @param jwk the JWK as JSON text
     * @return the key
     * @throws IllegalArgumentException if the JWK is malformed, unsupported, or holds private members
     */
    public static VerificationKey fromJwk(String jwk) {
        try {
            KeyMaterial.Raw decoded = Jwk.fromJwk(StrictJson.parseObject(jwk.getBytes(StandardCharsets.UTF_8)));
            return new VerificationKey(decoded.type(), decoded.bytes());
        } catch (CredentialParseException e) {
            throw new IllegalArgumentException("not a JWK: " + e.getMessage(), e);
        }
    }

    /**
     * The key type.
     *
     * @return the type
     */
    public KeyType type() {
        return type;
    }

    /**
     * The raw key bytes (see {@link #of(KeyType, byte[])}).
     *
     * @return a copy
     */
    public byte[] raw() {
        return raw.clone();
    }

    /**
     * The Multikey value, base58btc multibase with the multicodec header.
     *
     * @return for example {@code z6Mk…}
     */
    public String multikey() {
        return multikey;
    }

    /**
     * The {@code did:key} DID of this key.
     *
     * @return {@code did:key:} followed by the Multikey value
     */
    public URI did() {
        return URI.create("did:key:" + multikey);
    }

    /**
     * The verification method id of this key in its {@code did:key} DID document.
     *
     * @return {@code did:key:z…#z…}
     */
    public URI didKeyVerificationMethod() {
        return URI.create("did:key:" + multikey + "#" + multikey);
    }

    /**
     * The public JWK.
     *
     * @return compact JSON text
     */
    public String jwk() {
        return JsonText.compact(Jwk.toJwk(type, raw));
    }

    /**
     * Verifies a signature made in the key type's format (see {@link Signer}).
     *
     * @param data the signed bytes
     * @param signature the signature
     * @return {@code true} only if the signature is valid; never throws for malformed signatures
     */
    public boolean verify(byte[] data, byte[] signature) {
        AsymmetricKeyParameter decoded = parameters;
        if (decoded == null) {
            try {
                decoded = KeyMaterial.publicParameters(type, raw);
            } catch (RuntimeException e) {
                return false;
            }
            parameters = decoded;
        }
        return Signatures.verify(type, decoded, data, signature);
    }

    private static byte[] codec(KeyType type) {
        switch (type) {
            case ED25519:
                return Multibase.ED25519_PUB;
            case P256:
                return Multibase.P256_PUB;
            case P384:
                return Multibase.P384_PUB;
            default:
                return Multibase.RSA_PUB;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerificationKey key && key.type == type && Arrays.equals(key.raw, raw);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        String shown = multikey.length() > 24 ? multikey.substring(0, 20) + "…" : multikey;
        return type.label() + " public key " + shown;
    }
}
