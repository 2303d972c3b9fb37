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

    /**
     * The number of blank nodes so far.
     *
     * @return the count
     */
    public int blankCount() {
        return blanks.size();
    }

    /**
     * What a producer added from a point on, for adding the same again to another dataset: the
     * quads in order, over the blank nodes made since then, numbered from 0. Immutable.
     */
    public static final class Segment {
        private final Quad[] quads;
        private final int blankNodes;
        private final RdfTerm result;
        private final long textBytes;

        private Segment(Quad[] quads, int blankNodes, RdfTerm result, long textBytes) {
            this.quads = quads;
            this.blankNodes = blankNodes;
            this.result = result;
            this.textBytes = textBytes;
        }

        /**
         * The number of quads.
         *
         * @return the count
         */
        public int size() {
            return quads.length;
        }

        /**
         * The bytes of the N-Quads forms of its IRIs and literals, each occurrence counted: about
         * what the segment holds.
         *
         * @return the byte count
         */
        public long textBytes() {
            return textBytes;
        }
    }

    /**
     * The quads added since this dataset had {@code firstQuad} quads and {@code firstBlank} blank
     * nodes, and a term the producer returned, as a segment; only if they refer to no blank node
     * made earlier, so that the segment stands on its own. Only a dataset {@linkplain
     * #withFreshBlankNodes with fresh blank nodes} records segments: there the quads added are
     * exactly the quads the producer gave (none of them can repeat one given before the start).
     *
     * @param firstQuad the number of quads at the start
     * @param firstBlank the number of blank nodes at the start
     * @param result a term: an IRI, a literal, or a blank node made since the start
     * @return the segment, or null if a quad or the result refers to an earlier blank node, or the
     *     dataset is not one with fresh blank nodes
     */
    public @Nullable Segment since(int firstQuad, int firstBlank, RdfTerm result) {
        if (anyMayRepeat) {
            return null;
        }
        Quad[] recorded = new Quad[quads.size() - firstQuad];
        long textBytes = 0;
        for (int i = 0; i < recorded.length; i++) {
            Quad quad = quads.get(firstQuad + i);
            textBytes += textBytes(quad.subject()) + quad.predicate().text().length + textBytes(quad.object());
            if (!quad.subject().isBlank() && !quad.object().isBlank() && (quad.graph() == null || !quad.graph().isBlank())) {
                recorded[i] = quad;
                continue;
            }
            RdfTerm subject = relative(quad.subject(), firstBlank);
            RdfTerm object = relative(quad.object(), firstBlank);
            RdfTerm graph = quad.graph() == null ? null : relative(quad.graph(), firstBlank);
            if (subject == null || object == null || quad.graph() != null && graph == null) {
                return null;
            }
            recorded[i] = new Quad(subject, quad.predicate(), object, graph);
        }
        RdfTerm relativeResult = relative(result, firstBlank);
        return relativeResult == null ? null : new Segment(recorded, blanks.size() - firstBlank, relativeResult, textBytes);
    }

    private static int textBytes(RdfTerm term) {
        return term.isBlank() ? 0 : term.text().length;
    }

    private static @Nullable RdfTerm relative(RdfTerm term, int firstBlank) {
        if (!term.isBlank()) {
            return term;
        }
        return term.blankNumber() < firstBlank ? null : RdfTerm.blank(term.blankNumber() - firstBlank);
    }

    /**
     * Adds a segment's quads over fresh blank nodes, exactly as the producer that recorded it
     * would add them to a dataset with fresh blank nodes: the same quads in the same order, the blank
     * nodes numbered on from this dataset's, none dropped or kept otherwise (a segment's blank nodes
     * are its own).
     *
     * @param segment the segment
     * @return the segment's result term, its blank node renumbered; or null, with nothing added,
     *     if the segment would take the dataset past a limit (the producer then runs itself, and
     *     stops where it would have stopped)
     */
    public @Nullable RdfTerm replay(Segment segment) {
        if (blanks.size() + segment.blankNodes > maxBlankNodes || quads.size() + segment.quads.length > maxQuads) {
            return null;
        }
        int base = blanks.size();
        for (int i = 0; i < segment.blankNodes; i++) {
            newBlank();
        }
        for (Quad quad : segment.quads) {
            RdfTerm subject = quad.subject();
            RdfTerm object = quad.object();
            RdfTerm graph = quad.graph();
            if (subject.isBlank() || object.isBlank() || graph != null && graph.isBlank()) {
                add(renumbered(subject, base), quad.predicate(), renumbered(object, base), graph == null ? null : renumbered(graph, base));
            } else if (!anyMayRepeat || seen.add(quad)) {
                quads.add(quad);
            }
        }
        return renumbered(segment.result, base);
    }

    /** The blank node count and the quads in order, blank nodes by number: two datasets built alike print alike. */
    @Override
    public String toString() {
        return blanks.size() + " blank nodes, " + quads;
    }

    private RdfTerm renumbered(RdfTerm term, int base) {
        return term.isBlank() ? blanks.get(base + term.blankNumber()) : term;
    }

    @Nullable String label(int blank) {
        return labels.get(blank);
    }
}
