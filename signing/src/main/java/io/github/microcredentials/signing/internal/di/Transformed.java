package io.github.microcredentials.signing.internal.di;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The canonical forms and hashes of a document and a proof configuration (Data Integrity
 * "transformation" and "hashing" steps).
 *
 * @param document the canonical document (N-Quads or JCS), UTF-8
 * @param proofConfig the canonical proof configuration, UTF-8
 * @param documentHash SHA-256 of the canonical document
 * @param proofConfigHash SHA-256 of the canonical proof configuration
 */
public record Transformed(byte[] document, byte[] proofConfig, byte[] documentHash, byte[] proofConfigHash) {

    /**
     * The canonical document as text.
     *
     * @return the text
     */
    public String canonicalDocument() {
        return new String(document, StandardCharsets.UTF_8);
    }

    /**
     * The canonical proof configuration as text.
     *
     * @return the text
     */
    public String canonicalProofConfig() {
        return new String(proofConfig, StandardCharsets.UTF_8);
    }

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
