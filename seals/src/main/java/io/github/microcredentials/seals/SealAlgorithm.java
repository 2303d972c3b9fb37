package io.github.microcredentials.seals;

import java.util.Optional;

/**
 * The signature algorithms of seals, with their JWS ({@code alg}) and XML Signature
 * ({@code SignatureMethod}) names. Sealers create {@link #RS256} (the default, as every EDC seal),
 * {@link #PS256} and {@link #ES256}; verifiers also accept the SHA-384 and SHA-512 variants when
 * their allow-list has them. {@code none}, HMAC and SHA-1 are absent on purpose.
 *
 * <p>ECDSA signature values are the fixed-length {@code r || s} concatenation in both JWS and
 * XML Signature 1.1, never DER; {@link io.github.microcredentials.signing.Signer}s return them in that form.
 */
public enum SealAlgorithm {

    /** RSASSA-PKCS1-v1_5 with SHA-256. */
    RS256("RS256", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "SHA256withRSA", "RSA", "SHA-256"),
    /** RSASSA-PKCS1-v1_5 with SHA-384 (verification). */
    RS384("RS384", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", "SHA384withRSA", "RSA", "SHA-384"),
    /** RSASSA-PKCS1-v1_5 with SHA-512 (verification). */
    RS512("RS512", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", "SHA512withRSA", "RSA", "SHA-512"),
    /** RSASSA-PSS with SHA-256, MGF1 with SHA-256, 32-byte salt. */
    PS256("PS256", "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1", "RSASSA-PSS", "RSA", "SHA-256"),
    /** RSASSA-PSS with SHA-384 (verification). */
    PS384("PS384", "http://www.w3.org/2007/05/xmldsig-more#sha384-rsa-MGF1", "RSASSA-PSS", "RSA", "SHA-384"),
    /** RSASSA-PSS with SHA-512 (verification). */
    PS512("PS512", "http://www.w3.org/2007/05/xmldsig-more#sha512-rsa-MGF1", "RSASSA-PSS", "RSA", "SHA-512"),
    /** ECDSA on P-256 with SHA-256. */
    ES256("ES256", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256", "SHA256withECDSA", "EC", "SHA-256"),
    /** ECDSA on P-384 with SHA-384 (verification). */
    ES384("ES384", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384", "SHA384withECDSA", "EC", "SHA-384"),
    /** ECDSA on P-521 with SHA-512 (verification). */
    ES512("ES512", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512", "SHA512withECDSA", "EC", "SHA-512");

    private final String jwsName;
    private final String xmlDsigUri;
    private final String jcaName;
    private final String keyAlgorithm;
    private final String digest;

    SealAlgorithm(String jwsName, String xmlDsigUri, String jcaName, String keyAlgorithm, String digest) {
        this.jwsName = jwsName;
        this.xmlDsigUri = xmlDsigUri;
        this.jcaName = jcaName;
        this.keyAlgorithm = keyAlgorithm;
        this.digest = digest;
    }

    /**
     * The JWS {@code alg} value.
     *
     * @return for example {@code RS256}
     */
    public String jwsName() {
        return jwsName;
    }

    /**
     * The XML Signature {@code SignatureMethod} algorithm URI.
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
     * @return {@code RSA} or {@code EC}
     */
    public String keyAlgorithm() {
        return keyAlgorithm;
    }

    /**
     * The JCA name of the digest.
     *
     * @return for example {@code SHA-256}
     */
    public String digest() {
        return digest;
    }

    /**
     * The algorithm of a JWS {@code alg} value, exactly.
     *
     * @param jwsName the header value
     * @return the algorithm, or empty for any other value ({@code none}, {@code HS256}, …)
     */
    public static Optional<SealAlgorithm> ofJws(String jwsName) {
        for (SealAlgorithm algorithm : values()) {
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
    public static Optional<SealAlgorithm> ofXmlDsig(String uri) {
        for (SealAlgorithm algorithm : values()) {
            if (algorithm.xmlDsigUri.equals(uri)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }
}
