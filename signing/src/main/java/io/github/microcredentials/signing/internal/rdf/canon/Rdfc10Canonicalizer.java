package io.github.microcredentials.signing.internal.rdf.canon;

import io.github.microcredentials.signing.internal.rdf.DocumentException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * RDFC-1.0 §4.4 "Canonicalization Algorithm": labels blank nodes canonically and serializes the
 * dataset as sorted canonical N-Quads. Immutable and thread-safe; the state of one run lives in a
 * {@link CanonicalizationState}.
 *
 * <p>Where the specification leaves room or implementations differ, this follows
 * digitalbazaar/rdf-canonize, the implementation the W3C test suite was developed with: lines sort
 * in UTF-16 code unit order (see {@link NQuadsLines}); a quad counts once for a blank node even if
 * the node is two of its components; in Hash N-Degree Quads a related node reached twice with the
 * same hash is listed twice. The input is a set of quads ({@link RdfDataset} drops repeats).
 */
public final class Rdfc10Canonicalizer {

    /**
     * The default bound on Hash N-Degree Quads work (calls plus permutations tried). Credentials
     * need none: their blank nodes almost always have distinct first-degree hashes. The hardest
     * tests of the W3C suite that must pass need a few thousand; its poison clique graph exceeds
     * any practical bound.
     */
    public static final int DEFAULT_MAX_WORK = 20_000;

    private final String hashAlgorithm;
    private final int maxWork;

    /**
     * Creates a canonicalizer.
     *
     * @param hashAlgorithm {@code SHA-256} (the default of RDFC-1.0) or {@code SHA-384}
     * @param maxWork the bound on Hash N-Degree Quads work
     */
    public Rdfc10Canonicalizer(String hashAlgorithm, int maxWork) {
        this.hashAlgorithm = hashAlgorithm;
        this.maxWork = maxWork;
    }

    /**
     * The canonicalizer of Data Integrity: SHA-256, default bound.
     *
     * @return the canonicalizer
     */
    public static Rdfc10Canonicalizer sha256() {
        return new Rdfc10Canonicalizer("SHA-256", DEFAULT_MAX_WORK);
    }

    /**
     * Canonicalizes a dataset.
     *
     * @param dataset the dataset; not changed
     * @return the canonical N-Quads and blank node labels
     * @throws DocumentException ({@link DocumentException.Reason#TOO_COMPLEX}) if the work bound is exceeded
     */
    public CanonicalNQuads canonicalize(RdfDataset dataset) throws DocumentException {
        CanonicalizationState state = new CanonicalizationState(dataset, hashAlgorithm, maxWork);
        try {
            Map<String, List<Integer>> byHash = firstDegreeHashes(state);
            issueUnique(state, byHash);
            issueByNDegreeHashes(state, byHash);
        } catch (WorkBudget.Exceeded e) {
            throw new DocumentException(DocumentException.Reason.TOO_COMPLEX, e.getMessage(), e);
        }
        return serialize(state);
    }

    /** Steps 2–3: the first-degree hash of every blank node, nodes grouped by hash, hashes in order. */
    private static Map<String, List<Integer>> firstDegreeHashes(CanonicalizationState state) {
        Map<String, List<Integer>> byHash = new TreeMap<>();
        for (int blank : state.byAppearance) {
            if (state.quadsOf[blank].length == 0) {
                continue;
            }
            String hash = HashFirstDegreeQuads.hash(state, blank);
            state.firstDegree[blank] = hash;
            byHash.computeIfAbsent(hash, h -> new ArrayList<>(1)).add(blank);
        }
        return byHash;
    }

    /** Step 4: nodes alone with their hash get canonical identifiers in hash order. */
    private static void issueUnique(CanonicalizationState state, Map<String, List<Integer>> byHash) {
        for (List<Integer> nodes : byHash.values()) {
            if (nodes.size() == 1) {
                state.canonical.issue(nodes.get(0));
            }
        }
    }

    /** Step 5: the other nodes, told apart by Hash N-Degree Quads. */
    private static void issueByNDegreeHashes(CanonicalizationState state, Map<String, List<Integer>> byHash) {
        HashNDegreeQuads nDegree = new HashNDegreeQuads(state);
        for (List<Integer> nodes : byHash.values()) {
            if (nodes.size() == 1) {
                continue;
            }
            List<HashNDegreeQuads.Result> paths = new ArrayList<>();
            for (int blank : nodes) {
                if (state.canonical.has(blank)) {
                    continue;
                }
                IdentifierIssuer temporary = IdentifierIssuer.sparse("_:b");
                temporary.issue(blank);
                paths.add(nDegree.hash(blank, temporary));
            }
            paths.sort((a, b) -> a.hash().compareTo(b.hash()));
            for (HashNDegreeQuads.Result result : paths) {
                for (int i = 0; i < result.issuer().count(); i++) {
                    state.canonical.issue(result.issuer().issuedAt(i));
                }
            }
        }
    }

    /** Steps 6–7: every quad with canonical labels, sorted, concatenated. */
    private static CanonicalNQuads serialize(CanonicalizationState state) {
        List<Quad> quads = state.dataset.quads();
        byte[][] labels = new byte[state.firstDegree.length][];
        for (int b = 0; b < labels.length; b++) {
            labels[b] = state.canonical.has(b) ? state.canonical.labelBytes(b) : new byte[0];
        }
        NQuadsLines.Batch lines = state.lines;
        lines.clear();
        for (Quad quad : quads) {
            lines.add(quad, b -> labels[b]);
        }
        int[] order = lines.sort();
        byte[] buffer = lines.buffer();
        byte[] out = new byte[lines.length()];
        int at = 0;
        int previous = -1;
        for (int i = 0; i < lines.count(); i++) {
            int line = order[i];
            // Equal lines are one quad added twice (see RdfDataset.withFreshBlankNodes): a dataset is a set.
            if (previous < 0 || !lines.same(line, previous)) {
                int length = lines.end(line) - lines.start(line);
                System.arraycopy(buffer, lines.start(line), out, at, length);
                at += length;
            }
            previous = line;
        }
        return new CanonicalNQuads(at == out.length ? out : Arrays.copyOf(out, at), state.dataset, state.canonical);
    }
}
