package io.github.microcredentials.signing.internal.rdf.canon;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The state of one canonicalization (RDFC-1.0 §4.2): the blank node to quads map, the first-degree
 * hashes, the canonical issuer, the hash function and the work budget.
 */
final class CanonicalizationState {

    private static final HexFormat HEX = HexFormat.of();

    final RdfDataset dataset;
    /** For each blank node, the quads it is a component of (each quad once). */
    final Quad[][] quadsOf;
    /** For each blank node, its Hash First Degree Quads result. */
    final String[] firstDegree;
    final IdentifierIssuer canonical;
    final ByteSink scratch = new ByteSink(256);
    final WorkBudget budget;
    private final MessageDigest digest;

    CanonicalizationState(RdfDataset dataset, String hashAlgorithm, int maxWork) {
        this.dataset = dataset;
        int blanks = dataset.blankCount();
        this.quadsOf = blankNodeToQuads(dataset.quads(), blanks);
        this.firstDegree = new String[blanks];
        this.canonical = IdentifierIssuer.dense("_:c14n", blanks);
        this.budget = new WorkBudget(maxWork);
        try {
            this.digest = MessageDigest.getInstance(hashAlgorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("no " + hashAlgorithm + " in this JVM", e);
        }
    }

    private static Quad[][] blankNodeToQuads(List<Quad> quads, int blanks) {
        int[] counts = new int[blanks];
        for (Quad quad : quads) {
            forEachBlank(quad, b -> counts[b]++);
        }
        Quad[][] map = new Quad[blanks][];
        for (int b = 0; b < blanks; b++) {
            map[b] = new Quad[counts[b]];
            counts[b] = 0;
        }
        for (Quad quad : quads) {
            forEachBlank(quad, b -> map[b][counts[b]++] = quad);
        }
        return map;
    }

    /** Calls back once per distinct blank node component of a quad. */
    private static void forEachBlank(Quad quad, java.util.function.IntConsumer action) {
        int s = quad.subject().blankNumber();
        int o = quad.object().blankNumber();
        int g = quad.graph() == null ? -1 : quad.graph().blankNumber();
        if (s >= 0) {
            action.accept(s);
        }
        if (o >= 0 && o != s) {
            action.accept(o);
        }
        if (g >= 0 && g != s && g != o) {
            action.accept(g);
        }
    }

    MessageDigest digest() {
        digest.reset();
        return digest;
    }

    /** The lower-case hexadecimal digest of what was fed to {@link #digest()} since. */
    String finish() {
        return HEX.formatHex(digest.digest());
    }
}
