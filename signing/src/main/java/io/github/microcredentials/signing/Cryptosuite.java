package io.github.microcredentials.signing;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The W3C Data Integrity cryptosuites this library signs and verifies. A proof naming any other
 * suite fails verification with {@link FailureCode#UNKNOWN_CRYPTOSUITE}.
 *
 * <p>The ECDSA suites take P-256 and P-384 keys; the curve decides the hash (SHA-256 or SHA-384, for
 * RDFC-1.0 too) and the signature size (64 or 96 bytes), as the ECDSA Cryptosuites Recommendation says.
 *
 * <p>The legacy {@code Ed25519Signature2020} proof type is not a cryptosuite: a
 * {@link DataIntegrityVerifier} verifies it with a warning, nothing signs it.
 *
 * @see <a href="https://www.w3.org/TR/vc-di-eddsa/">Data Integrity EdDSA Cryptosuites v1.0</a>
 * @see <a href="https://www.w3.org/TR/vc-di-ecdsa/">Data Integrity ECDSA Cryptosuites v1.0</a>
 */
public enum Cryptosuite {

    /** Ed25519 over RDFC-1.0 canonical N-Quads; the suite Open Badges 3.0 certification accepts. */
    EDDSA_RDFC_2022("eddsa-rdfc-2022", true, EnumSet.of(KeyType.ED25519)),
    /** Ed25519 over the JSON Canonicalization Scheme (RFC 8785); no JSON-LD processing. */
    EDDSA_JCS_2022("eddsa-jcs-2022", false, EnumSet.of(KeyType.ED25519)),
    /**
     * ECDSA over RDFC-1.0 canonical N-Quads: P-256 with SHA-256, or P-384 with SHA-384; for HSMs and
     * KMSs without Ed25519.
     */
    ECDSA_RDFC_2019("ecdsa-rdfc-2019", true, EnumSet.of(KeyType.P256, KeyType.P384)),
    /** ECDSA over the JSON Canonicalization Scheme: P-256 with SHA-256, or P-384 with SHA-384. */
    ECDSA_JCS_2019("ecdsa-jcs-2019", false, EnumSet.of(KeyType.P256, KeyType.P384));

    private final String id;
    private final boolean rdfc;
    private final Set<KeyType> keyTypes;

    Cryptosuite(String id, boolean rdfc, EnumSet<KeyType> keyTypes) {
        this.id = id;
        this.rdfc = rdfc;
        this.keyTypes = Collections.unmodifiableSet(keyTypes);
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
     * The key types the suite accepts.
     *
     * @return {@code Ed25519} for the EdDSA suites, {@code P-256} and {@code P-384} for the ECDSA suites
     */
    public Set<KeyType> keyTypes() {
        return keyTypes;
    }

    /**
     * Whether the suite signs with keys of a type.
     *
     * @param type the key type
     * @return {@code true} if {@link #keyTypes()} contains it
     */
    public boolean accepts(KeyType type) {
        return keyTypes.contains(type);
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

    String keyTypeLabels() {
        return String.join(" or ", keyTypes.stream().map(KeyType::label).toList());
    }
}
