package io.github.microcredentials.signing;

import java.util.Optional;

/**
 * The signature algorithms of the library, for every format: Data Integrity proofs, VC-JWT,
 * SD-JWT, JAdES, XAdES and PAdES. Each names itself in JWS ({@code alg}), XML Signature
 * ({@code SignatureMethod}) and the JCA. {@code none}, HMAC and SHA-1 are absent on purpose: a
 * verifier can never be talked into them.
 *
 * <p>Signature values are what the formats carry: Ed25519 (RFC 8032) 64 bytes; RSASSA-PKCS1-v1_5
 * and RSASSA-PSS bytes the size of the modulus; ECDSA the fixed-length {@code r || s}
 * concatenation (IEEE P1363, as JWS and XML Signature 1.1 use it), never DER. The algorithms
 * {@linkplain #verificationOnly() for verification only} are accepted when a verifier's
 * allow-list has them and are never produced.
 */
public enum SignatureAlgorithm {

    /** Ed25519 (RFC 8037), pure: no pre-hash, so no digest-only remote signing. */
    EDDSA("EdDSA", "http://www.w3.org/2021/04/xmldsig-more#eddsa-ed25519", "Ed25519", "EdDSA", null, KeyType.ED25519, false),
    /** RSASSA-PKCS1-v1_5 with SHA-256: the EDC seal default and the minimum Open Badges 3.0 asks of VC-JWT. */
    RS256("RS256", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "SHA256withRSA", "RSA", "SHA-256", KeyType.RSA, false),
    /** RSASSA-PKCS1-v1_5 with SHA-384 (verification only). */
    RS384("RS384", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", "SHA384withRSA", "RSA", "SHA-384", KeyType.RSA, true),
    /** RSASSA-PKCS1-v1_5 with SHA-512 (verification only). */
    RS512("RS512", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", "SHA512withRSA", "RSA", "SHA-512", KeyType.RSA, true),
    /** RSASSA-PSS with SHA-256, MGF1 with SHA-256, 32-byte salt (seals). */
    PS256("PS256", "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1", "RSASSA-PSS", "RSA", "SHA-256", KeyType.RSA, false),
    /** RSASSA-PSS with SHA-384 (verification only). */
    PS384("PS384", "http://www.w3.org/2007/05/xmldsig-more#sha384-rsa-MGF1", "RSASSA-PSS", "RSA", "SHA-384", KeyType.RSA, true),
    /** RSASSA-PSS with SHA-512 (verification only). */
    PS512("PS512", "http://www.w3.org/2007/05/xmldsig-more#sha512-rsa-MGF1", "RSASSA-PSS", "RSA", "SHA-512", KeyType.RSA, true),
    /** ECDSA on P-256 with SHA-256. */
    ES256("ES256", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256", "SHA256withECDSA", "EC", "SHA-256", KeyType.P256, false),
    /** ECDSA on P-384 with SHA-384. */
    ES384("ES384", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384", "SHA384withECDSA", "EC", "SHA-384", KeyType.P384, false),
    /** ECDSA on P-521 with SHA-512 (verification only; P-521 is no {@link KeyType}). */
    ES512("ES512", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512", "SHA512withECDSA", "EC", "SHA-512", null, true);

    private final String jwsName;
    private final String xmlDsigUri;
    private final String jcaName;
    private final String keyAlgorithm;
    private final String digest;
    private final KeyType keyType;
    private final boolean verificationOnly;

    SignatureAlgorithm(String jwsName, String xmlDsigUri, String jcaName, String keyAlgorithm, String digest, KeyType keyType,
            boolean verificationOnly) {
        this.jwsName = jwsName;
        this.xmlDsigUri = xmlDsigUri;
        this.jcaName = jcaName;
        this.keyAlgorithm = keyAlgorithm;
        this.digest = digest;
        this.keyType = keyType;
        this.verificationOnly = verificationOnly;
    }

    /**
     * The JWS {@code alg} value (RFC 7518, RFC 8037).
     *
     * @return for example {@code RS256}
     */
    public String jwsName() {
        return jwsName;
    }

    /**
     * The XML Signature {@code SignatureMethod} algorithm URI (RFC 9231).
     *
     * @return for example {@code http://www.w3.org/2001/04/xmldsig-more#rsa-sha256}
     */
    public String xmlDsigUri() {
        return xmlDsigUri;
    }

    /**
     * The JCA {@link java.security.Signature} algorithm name; PSS needs its parameters set as well.
     *
     * @return for example {@code SHA256withRSA}
     */
    public String jcaName() {
        return jcaName;
    }

    /**
     * The JCA key algorithm the signature needs.
     *
     * @return {@code RSA}, {@code EC} or {@code EdDSA}
     */
    public String keyAlgorithm() {
        return keyAlgorithm;
    }

    /**
     * The JCA name of the digest the algorithm hashes the data with; empty for EdDSA, which signs
     * the data itself and so cannot be signed from a digest.
     *
     * @return for example {@code SHA-256}
     */
    public Optional<String> digest() {
        return Optional.ofNullable(digest);
    }

    /**
     * The key type of the algorithm; empty for ES512, whose P-521 keys only seal verifiers accept.
     *
     * @return the key type
     */
    public Optional<KeyType> keyType() {
        return Optional.ofNullable(keyType);
    }

    /**
     * Whether the library only verifies this algorithm and never signs with it.
     *
     * @return {@code true} for RS384, RS512, PS384, PS512 and ES512
     */
    public boolean verificationOnly() {
        return verificationOnly;
    }

    /**
     * The algorithm a key type signs with by default, and the only one of Data Integrity and
     * VC-JWT: EdDSA, ES256, ES384 or RS256.
     *
     * @param type the key type
     * @return the algorithm
     */
    public static SignatureAlgorithm forKeyType(KeyType type) {
        switch (type) {
            case ED25519:
                return EDDSA;
            case P256:
                return ES256;
            case P384:
                return ES384;
            default:
                return RS256;
        }
    }

    /**
     * The algorithm of a JWS {@code alg} value, exactly (case-sensitive).
     *
     * @param jwsName the header value
     * @return the algorithm, or empty for any other value ({@code none}, {@code HS256}, …)
     */
    public static Optional<SignatureAlgorithm> ofJws(String jwsName) {
        for (SignatureAlgorithm algorithm : values()) {
            if (algorithm.jwsName.equals(jwsName)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    /**
     * The algorithm of an XML Signature {@code SignatureMethod} URI, exactly.
     *
     * @param uri the algorithm URI
     * @return the algorithm, or empty for any other URI (HMAC, SHA-1, …)
     */
    public static Optional<SignatureAlgorithm> ofXmlDsig(String uri) {
        for (SignatureAlgorithm algorithm : values()) {
            if (algorithm.xmlDsigUri.equals(uri)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }
}
