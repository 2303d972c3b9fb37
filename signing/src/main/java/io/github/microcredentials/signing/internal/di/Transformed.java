package io.github.microcredentials.signing.internal.di;

import java.util.Arrays;

/**
 * The canonical forms and hashes of a document and a proof configuration (Data Integrity
 * "transformation" and "hashing" steps).
 *
 * @param canonicalDocument the canonical document (N-Quads or JCS)
 * @param canonicalProofConfig the canonical proof configuration
 * @param documentHash SHA-256 of the canonical document
 * @param proofConfigHash SHA-256 of the canonical proof configuration
 */
public record Transformed(String canonicalDocument, String canonicalProofConfig, byte[] documentHash, byte[] proofConfigHash) {

    /**
     * The data to sign: proof configuration hash followed by document hash.
     *
     * @return 64 bytes
     */
    public byte[] hashData() {
        byte[] out = Arrays.copyOf(proofConfigHash, proofConfigHash.length + documentHash.length);
        System.arraycopy(documentHash, 0, out, proofConfigHash.length, documentHash.length);
        return out;
    }
}
