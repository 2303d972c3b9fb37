package io.github.microcredentials.signing.internal.rdf.canon;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

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
        byte[][] lines = new byte[quads.length][];
        NQuadsLines.Labels labels = b -> b == blank ? A : Z;
        for (int i = 0; i < quads.length; i++) {
            lines[i] = NQuadsLines.line(quads[i], labels, state.scratch);
        }
        Arrays.sort(lines, NQuadsLines.ORDER);
        MessageDigest digest = state.digest();
        for (byte[] line : lines) {
            digest.update(line);
        }
        return state.finish();
    }
}
