package io.github.microcredentials.signing;

/** The names of the W3C Data Integrity cryptosuites. */
public final class Cryptosuites {

    /** EdDSA over RDFC-1.0 canonical N-Quads; the suite Open Badges 3.0 certification accepts. */
    public static final String EDDSA_RDFC_2022 = "eddsa-rdfc-2022";

    /** EdDSA over JSON Canonicalization (RFC 8785). */
    public static final String EDDSA_JCS_2022 = "eddsa-jcs-2022";

    /** ECDSA P-256 over RDFC-1.0 canonical N-Quads. */
    public static final String ECDSA_RDFC_2019 = "ecdsa-rdfc-2019";

    private Cryptosuites() {
    }
}
