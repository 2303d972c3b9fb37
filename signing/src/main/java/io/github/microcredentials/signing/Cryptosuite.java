package io.github.microcredentials.signing;

import java.util.Optional;

/**
 * The W3C Data Integrity cryptosuites this library signs and verifies. A proof naming any other
 * suite fails verification with {@link FailureCode#UNKNOWN_CRYPTOSUITE}.
 *
 * @see <a href="https://www.w3.org/TR/vc-di-eddsa/">Data Integrity EdDSA Cryptosuites v1.0</a>
 * @see <a href="https://www.w3.org/TR/vc-di-ecdsa/">Data Integrity ECDSA Cryptosuites v1.0</a>
 */
public enum Cryptosuite {

    /** Ed25519 over RDFC-1.0 canonical N-Quads; the suite Open Badges 3.0 certification accepts. */
    EDDSA_RDFC_2022("eddsa-rdfc-2022", KeyType.ED25519, true),
    /** Ed25519 over the JSON Canonicalization Scheme (RFC 8785); no JSON-LD processing. */
    EDDSA_JCS_2022("eddsa-jcs-2022", KeyType.ED25519, false),
    /** ECDSA P-256 with SHA-256 over RDFC-1.0 canonical N-Quads; for HSMs and KMSs without Ed25519. */
    ECDSA_RDFC_2019("ecdsa-rdfc-2019", KeyType.P256, true);

    private final String id;
    private final KeyType keyType;
    private final boolean rdfc;

    Cryptosuite(String id, KeyType keyType, boolean rdfc) {
        this.id = id;
        this.keyType = keyType;
        this.rdfc = rdfc;
    }

    /**
     * The suite's name, as in a proof's {@code cryptosuite}.
     *
     * @return for example {@code eddsa-rdfc-2022}
     */
    public String id() {
        return id;
    }

    /**
     * The only key type the suite accepts.
     *
     * @return the key type
     */
    public KeyType keyType() {
        return keyType;
    }

    /**
     * Whether the suite canonicalizes with JSON-LD and RDFC-1.0 (otherwise with JCS).
     *
     * @return {@code true} for the {@code -rdfc-} suites
     */
    public boolean usesRdfCanonicalization() {
        return rdfc;
    }

    /**
     * The suite of a name.
     *
     * @param id the name, exactly as in a proof
     * @return the suite, or empty for a suite this library does not support
     */
    public static Optional<Cryptosuite> of(String id) {
        for (Cryptosuite suite : values()) {
            if (suite.id.equals(id)) {
                return Optional.of(suite);
            }
        }
        return Optional.empty();
    }
}
