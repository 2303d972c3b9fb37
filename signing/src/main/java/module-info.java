/**
 * Seals and signatures for credential documents: W3C Data Integrity proofs, VC-JWT, JAdES and
 * XAdES, and their verification.
 */
module io.github.microcredentials.signing {
    requires transitive io.github.microcredentials.core;
    requires static transitive org.jspecify;

    exports io.github.microcredentials.signing;
}
