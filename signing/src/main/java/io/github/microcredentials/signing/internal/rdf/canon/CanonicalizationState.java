package io.github.microcredentials.signing.internal.rdf.canon;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The state of one canonicalization (RDFC-1.0 §4.2): the blank node to quads map, the first-degree
 * hashes, the canonical issuer, the hash function and the work budget.
 */
final class CanonicalizationState {

    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    final RdfDataset dataset;
    /** For each blank node, the quads it is a component of (each quad once). */
    final Quad[][] quadsOf;
    /**
     * The blank nodes in the order they first appear in the quads, each quad's subject, object and
     * graph name in turn: the order of the blank node to quads map (§4.4.3 step 2), in which nodes of
     * equal first-degree hash are hashed and, where their n-degree hashes are equal too, issued. Blank
     * node numbers follow the order of allocation instead, which need not be this one.
     */
    final int[] byAppearance;
    /** For each blank node, its Hash First Degree Quads result. */
    final String[] firstDegree;
    final IdentifierIssuer canonical;
    /** The lines being sorted: a blank node's for its first-degree hash, then the document's. */
    final NQuadsLines.Batch lines;
    final WorkBudget budget;
    private final MessageDigest digest;

    CanonicalizationState(RdfDataset dataset, String hashAlgorithm, int maxWork) {
        this.dataset = dataset;
        int blanks = dataset.blankCount();
        this.byAppearance = new int[blanks];
        this.quadsOf = blankNodeToQuads(dataset.quads(), blanks, byAppearance);
        this.lines = new NQuadsLines.Batch(linesSize(dataset.quads(), blanks));
        this.firstDegree = new String[blanks];
        this.canonical = IdentifierIssuer.dense("_:c14n", blanks);
        this.budget = new WorkBudget(maxWork);
        try {
            this.digest = MessageDigest.getInstance(hashAlgorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("no " + hashAlgorithm + " in this JVM", e);
        }
    }

    private static Quad[][] blankNodeToQuads(List<Quad> quads, int blanks, int[] byAppearance) {
        int[] counts = new int[blanks];
        int seen = 0;
        for (Quad quad : quads) {
            int s = quad.subject().blankNumber();
            int o = quad.object().blankNumber();
            int g = graphBlank(quad);
            seen = count(counts, byAppearance, seen, s, -1, -1);
            seen = count(counts, byAppearance, seen, o, s, -1);
            seen = count(counts, byAppearance, seen, g, s, o);
        }
        for (int b = 0; b < blanks && seen < blanks; b++) {
            if (counts[b] == 0) {
                // In no quad: no hash is computed for it, but the order lists every node.
                byAppearance[seen++] = b;
            }
        }
        Quad[][] map = new Quad[blanks][];
        for (int b = 0; b < blanks; b++) {
            map[b] = new Quad[counts[b]];
            counts[b] = 0;
        }
        for (Quad quad : quads) {
            int s = quad.subject().blankNumber();
            int o = quad.object().blankNumber();
            int g = graphBlank(quad);
            put(map, counts, quad, s, -1, -1);
            put(map, counts, quad, o, s, -1);
            put(map, counts, quad, g, s, o);
        }
        return map;
    }

    private static int graphBlank(Quad quad) {
        return quad.graph() == null ? -1 : quad.graph().blankNumber();
    }

    /**
     * Counts a blank node component once per quad (see {@link #isNew}) and notes the node's first
     * appearance.
     *
     * @return how many nodes have appeared so far
     */
    private static int count(int[] counts, int[] byAppearance, int seen, int blank, int before, int beforeThat) {
        if (isNew(blank, before, beforeThat) && counts[blank]++ == 0) {
            byAppearance[seen++] = blank;
        }
        return seen;
    }

    /** Whether a component is a blank node that is not one of the quad's components before it. */
    private static boolean isNew(int blank, int before, int beforeThat) {
        return blank >= 0 && blank != before && blank != beforeThat;
    }

    private static void put(Quad[][] map, int[] counts, Quad quad, int blank, int before, int beforeThat) {
        if (isNew(blank, before, beforeThat)) {
            map[blank][counts[blank]++] = quad;
        }
    }

    /**
     * The bytes of the document's canonical lines at most (every blank node label as long as the
     * longest canonical one), so that the line buffer never grows: first-degree lines, whose labels
     * are {@code _:a} and {@code _:z}, are shorter.
     */
    private static int linesSize(List<Quad> quads, int blanks) {
        int label = "_:c14n".length() + Integer.toString(Math.max(0, blanks - 1)).length();
        int size = 0;
        for (Quad quad : quads) {
            // s p o [g] .\n
            size += length(quad.subject(), label) + quad.predicate().text().length + length(quad.object(), label) + 5;
            if (quad.graph() != null) {
                size += length(quad.graph(), label) + 1;
            }
        }
        return size;
    }

    private static int length(RdfTerm term, int label) {
        return term.isBlank() ? label : term.text().length;
    }

    MessageDigest digest() {
        digest.reset();
        return digest;
    }

    /** The lower-case hexadecimal digest of what was fed to {@link #digest()} since. */
    String finish() {
        // Once per blank node and step: straight into a Latin-1 string, without HexFormat's StringBuilder.
        byte[] hash = digest.digest();
        byte[] hex = new byte[2 * hash.length];
        for (int i = 0; i < hash.length; i++) {
            hex[2 * i] = HEX_DIGITS[hash[i] >> 4 & 0xF];
            hex[2 * i + 1] = HEX_DIGITS[hash[i] & 0xF];
        }
        return new String(hex, StandardCharsets.ISO_8859_1);
    }
}
