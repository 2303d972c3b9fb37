package io.github.microcredentials.signing;

/**
 * The key types the library signs and verifies with. Each fixes its signature algorithm, so that a
 * key can never be used with an algorithm a document asks for.
 *
 * @see <a href="https://www.w3.org/TR/controller-document/#multikey">Multikey</a>
 */
public enum KeyType {

    /** Ed25519 (RFC 8032): Data Integrity {@code eddsa-*} suites and JWS {@code EdDSA}. */
    ED25519("Ed25519"),
    /**
     * ECDSA on NIST P-256 with SHA-256: Data Integrity {@code ecdsa-rdfc-2019} and JWS {@code ES256};
     * for HSMs and cloud KMSs without Ed25519. Signatures are the 64-byte {@code r || s} form.
     */
    P256("P-256"),
    /**
     * ECDSA on NIST P-384 with SHA-384: Data Integrity {@code ecdsa-rdfc-2019} and {@code ecdsa-jcs-2019}
     * (which then hash, and canonicalize with RDFC-1.0, with SHA-384) and JWS {@code ES384}.
     * Signatures are the 96-byte {@code r || s} form.
     */
    P384("P-384"),
    /**
     * RSA (2048 bits or more) with RSASSA-PKCS1-v1_5 and SHA-256: JWS {@code RS256}, the minimum Open
     * Badges 3.0 requires of VC-JWT. Not used by any Data Integrity suite.
     */
    RSA("RSA");

    private final String label;

    KeyType(String label) {
        this.label = label;
    }

    /**
     * The usual name of the key type.
     *
     * @return {@code Ed25519}, {@code P-256}, {@code P-384} or {@code RSA}
     */
    public String label() {
        return label;
    }
}
