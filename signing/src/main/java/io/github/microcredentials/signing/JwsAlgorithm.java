package io.github.microcredentials.signing;

import java.util.Optional;

/**
 * The JWS algorithms this library signs and verifies with (RFC 7518, RFC 8037). {@code none} and
 * the HMAC algorithms are deliberately absent: a verifier can never be talked into them.
 */
public enum JwsAlgorithm {

    /** Ed25519 (RFC 8037). */
    EDDSA("EdDSA", KeyType.ED25519),
    /** ECDSA P-256 with SHA-256. */
    ES256("ES256", KeyType.P256),
    /** ECDSA P-384 with SHA-384. */
    ES384("ES384", KeyType.P384),
    /** RSASSA-PKCS1-v1_5 with SHA-256: the minimum Open Badges 3.0 requires of VC-JWT. */
    RS256("RS256", KeyType.RSA);

    private final String jwsName;
    private final KeyType keyType;

    JwsAlgorithm(String jwsName, KeyType keyType) {
        this.jwsName = jwsName;
        this.keyType = keyType;
    }

    /**
     * The {@code alg} header value.
     *
     * @return for example {@code EdDSA}
     */
    public String jwsName() {
        return jwsName;
    }

    /**
     * The only key type the algorithm accepts.
     *
     * @return the key type
     */
    public KeyType keyType() {
        return keyType;
    }

    /**
     * The algorithm of a key type.
     *
     * @param type the key type
     * @return the algorithm
     */
    public static JwsAlgorithm forKeyType(KeyType type) {
        for (JwsAlgorithm alg : values()) {
            if (alg.keyType == type) {
                return alg;
            }
        }
        throw new IllegalArgumentException("no JWS algorithm for " + type);
    }

    /**
     * The algorithm of an {@code alg} header value, exactly (case-sensitive).
     *
     * @param jwsName the header value
     * @return the algorithm, or empty for any other value (including {@code none} and {@code HS256})
     */
    public static Optional<JwsAlgorithm> of(String jwsName) {
        for (JwsAlgorithm alg : values()) {
            if (alg.jwsName.equals(jwsName)) {
                return Optional.of(alg);
            }
        }
        return Optional.empty();
    }
}
