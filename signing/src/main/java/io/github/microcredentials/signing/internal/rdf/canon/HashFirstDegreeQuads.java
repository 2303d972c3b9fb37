package io.github.microcredentials.signing.internal.rdf.canon;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * RDFC-1.0 §4.6 "Hash First Degree Quads": the hash of the sorted N-Quads of the quads a blank
 * node is a component of, with that blank node written {@code _:a} and every other {@code _:z}.
 */
final class HashFirstDegreeQuads {

    private static final byte[] A = "_:a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] Z = "_:z".getBytes(StandardCharsets.US_ASCII);

    private HashFirstDegreeQuads() {
    }

    static String hash(CanonicalizationState state, int blank) {
        Quad[] quads = state.quadsOf[blank];
        NQuadsLines.Labels labels = b -> b == blank ? A : Z;
        NQuadsLines.Batch lines = state.lines;
        lines.clear();
        for (Quad quad : quads) {
            lines.add(quad, labels);
        }
        int[] order = lines.sort();
        byte[] buffer = lines.buffer();
        MessageDigest digest = state.digest();
        for (int i = 0; i < lines.count(); i++) {
            int line = order[i];
            digest.update(buffer, lines.start(line), lines.end(line) - lines.start(line));
        }
        return state.finish();
    }
}
