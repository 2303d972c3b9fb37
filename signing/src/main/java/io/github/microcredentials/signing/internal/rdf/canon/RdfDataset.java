package io.github.microcredentials.signing.internal.rdf.canon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An RDF dataset being built: a set of quads (a quad added twice is kept once, as RDF datasets
 * are sets) over blank nodes numbered from 0. Not thread-safe; one per canonicalization.
 */
public final class RdfDataset {

    /**
     * Whether any quad may repeat. When a producer guarantees that only quads with a blank
     * subject and a non-blank object can repeat (a JSON-LD walk that mints every blank node for
     * one place in the document), only those are checked here; repeated quads without blank
     * nodes are dropped when the canonical lines are sorted.
     */
    private final boolean anyMayRepeat;
    private final int maxQuads;
    private final int maxBlankNodes;

    /** A dataset for quads from any source, without size limits (trusted input, tests). */
    public RdfDataset() {
        this(true, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    private RdfDataset(boolean anyMayRepeat, int maxQuads, int maxBlankNodes) {
        this.anyMayRepeat = anyMayRepeat;
        this.maxQuads = maxQuads;
        this.maxBlankNodes = maxBlankNodes;
    }

    /**
     * A dataset for quads from any source, bounded: it stops growing at the limits.
     *
     * @param maxQuads the most quads
     * @param maxBlankNodes the most blank nodes
     * @return the dataset
     */
    public static RdfDataset bounded(int maxQuads, int maxBlankNodes) {
        return new RdfDataset(true, maxQuads, maxBlankNodes);
    }

    /**
     * A dataset for a producer that mints a fresh blank node for every node without an
     * identifier and references each one once: only a blank subject's own values can repeat.
     *
     * @param maxQuads the most quads
     * @param maxBlankNodes the most blank nodes
     * @return the dataset
     */
    public static RdfDataset withFreshBlankNodes(int maxQuads, int maxBlankNodes) {
        return new RdfDataset(false, maxQuads, maxBlankNodes);
    }

    /** A dataset grew past a limit; unwinds the producer, turned into a checked exception at the boundary. */
    public static final class LimitExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message) {
            super(message, null, false, false);
        }
    }

    private final List<Quad> quads = new ArrayList<>(128);
    private final Set<Quad> seen = new HashSet<>(256);
    private final List<RdfTerm> blanks = new ArrayList<>();
    private final List<@Nullable String> labels = new ArrayList<>();
    private @Nullable Map<String, RdfTerm> byLabel;

    /**
     * A new blank node, distinct from every other.
     *
     * @return the blank node
     */
    public RdfTerm newBlank() {
        if (blanks.size() >= maxBlankNodes) {
            throw new LimitExceeded("the document has more than " + maxBlankNodes + " blank nodes (limit maxBlankNodes)");
        }
        RdfTerm blank = RdfTerm.blank(blanks.size());
        blanks.add(blank);
        labels.add(null);
        return blank;
    }

    /**
     * The blank node of an input label: the same term for the same label.
     *
     * @param label the label, for example {@code _:b0}
     * @return the blank node
     */
    public RdfTerm blank(String label) {
        if (byLabel == null) {
            byLabel = new HashMap<>();
        }
        RdfTerm blank = byLabel.get(label);
        if (blank == null) {
            blank = newBlank();
            labels.set(blank.blankNumber(), label);
            byLabel.put(label, blank);
        }
        return blank;
    }

    /**
     * Adds a quad, unless the dataset has it already.
     *
     * @param subject an IRI or a blank node of this dataset
     * @param predicate an IRI
     * @param object an IRI, literal or blank node of this dataset
     * @param graph the graph name, or {@code null} for the default graph
     */
    public void add(RdfTerm subject, RdfTerm predicate, RdfTerm object, @Nullable RdfTerm graph) {
        Quad quad = new Quad(subject, predicate, object, graph);
        if ((anyMayRepeat || subject.isBlank()) && !seen.add(quad)) {
            return;
        }
        if (quads.size() >= maxQuads) {
            throw new LimitExceeded("the document has more than " + maxQuads + " RDF statements (limit maxQuads)");
        }
        quads.add(quad);
    }

    /**
     * The number of quads.
     *
     * @return the size
     */
    public int size() {
        return quads.size();
    }

    List<Quad> quads() {
        return quads;
    }

    int blankCount() {
        return blanks.size();
    }

    @Nullable String label(int blank) {
        return labels.get(blank);
    }
}
