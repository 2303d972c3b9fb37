package io.github.microcredentials.signing.internal.jsonld;

import io.github.microcredentials.signing.internal.json.JsonSpan;
import io.github.microcredentials.signing.internal.json.JsonSpans;
import io.github.microcredentials.signing.internal.rdf.canon.RdfDataset;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * The quads of node objects met before, for documents that repeat one another: the credentials of
 * a batch for one course describe the same achievement, byte for byte, and differ in the learner.
 * A node object's quads depend only on its bytes, the active context, the property it is the value
 * of and the document's context URLs (the walk is a function of those, and its blank nodes are
 * fresh), so a node met again with all four the same is replayed from what the walk emitted the
 * first time instead of being walked again. What the walk checks across the document (a node
 * described in two places) is replayed too.
 *
 * <p>Only documents parsed from bytes with their {@link JsonSpans} take part: the bytes are what is
 * compared, and the signer parses its own copy of them. Bounded and thread-safe: a fixed table of
 * {@value #SLOTS} immutable entries, each slot replaced as a whole. Only node objects of
 * {@value #MIN_BYTES} to {@value #MAX_BYTES} bytes, 1 to {@value #MAX_DEPTH} levels below the
 * document's, are looked up (so the bytes hashed stay within a few times the document's size), and
 * only those the walk converted without leaving anything to the full path, in at most
 * {@value #MAX_QUADS} quads of at most {@value #MAX_TEXT_BYTES} bytes of IRIs and literals and
 * describing at most {@value #MAX_DESCRIBED} nodes with identifiers, are kept, and only when met a
 * second time. So the table holds some tens of megabytes at the very most: copies of the bytes and
 * the quads, and the active contexts of its entries (contexts a full context memo no longer keeps
 * are made afresh for each document; entries under them are never found again, and make way). An
 * entry found often is kept against a few others that map to its slot. Entries are found only by
 * the exact bytes, so a document cannot change another's conversion; at most it takes slots.
 */
final class SubtreeCache {

    /** Smaller nodes are walked faster than they are hashed and compared (and are not recorded). */
    static final int MIN_BYTES = JsonSpans.MIN_BYTES;
    /** Larger nodes are not kept: the table holds at most {@code SLOTS} times this many bytes. */
    static final int MAX_BYTES = 64 * 1024;
    /** Nodes with more quads are not kept. */
    static final int MAX_QUADS = 4096;
    /** Nodes whose quads' IRIs and literals take more bytes are not kept (keys that expand to long IRIs). */
    static final int MAX_TEXT_BYTES = 256 * 1024;
    /** Nodes nested deeper are not looked up. */
    static final int MAX_DEPTH = 5;
    static final int SLOTS = 64;
    private static final int MAX_CREDIT = 8;

    /** Nodes that describe more nodes with identifiers are not kept. */
    static final int MAX_DESCRIBED = 1024;
    /** How many keys not kept are remembered, by hash, so that a node is kept when it is met a second time. */
    private static final int SEEN = 256;

    private final AtomicReferenceArray<Entry> slots = new AtomicReferenceArray<>(SLOTS);
    /**
     * The hashes of nodes met once: a node is kept only when met again, so that documents that repeat
     * nothing (or the learner's part of a cohort's credentials) are not copied for nothing.
     */
    private final AtomicIntegerArray seen = new AtomicIntegerArray(SEEN);
    private final LongAdder replayed = new LongAdder();

    /**
     * A node with an identifier that the walk checked for descriptions elsewhere, by its path (member
     * names and array indexes): from the document while the walk logs it, from the cached node in
     * an entry, where it is replayed so that the check across the document sees it.
     */
    record Described(String id, List<Object> path) {
    }

    /** A node's quads and the descriptions it checked, under its key (over a copy of its bytes). */
    static final class Entry {
        private final Key key;
        final RdfDataset.Segment segment;
        final List<Described> described;
        /**
         * Lookups that found the entry, less the times another entry was refused its slot. Updated
         * without synchronization: a lost update only changes which entry stays.
         */
        private int credit;

        private Entry(Key key, RdfDataset.Segment segment, List<Described> described) {
            this.key = key;
            this.segment = segment;
            this.described = described;
        }
    }

    /** A lookup: where a node would be kept, so that what the walk emits can be offered under it. */
    static final class Key {
        private final FrozenContext context;
        private final String property;
        private final Set<String> documentUrls;
        private final JsonSpan span;
        private final int hash;

        private Key(FrozenContext context, String property, Set<String> documentUrls, JsonSpan span, int hash) {
            this.context = context;
            this.property = property;
            this.documentUrls = documentUrls;
            this.span = span;
            this.hash = hash;
        }

        /** The same key over a copy of the bytes, which does not keep the document's input alive. */
        private Key detached() {
            byte[] bytes = span.copy();
            return new Key(context, property, documentUrls, new JsonSpan(bytes, 0, bytes.length), hash);
        }

        private boolean matches(Key other) {
            return hash == other.hash && context == other.context && property.equals(other.property)
                    && span.contentEquals(other.span) && documentUrls.equals(other.documentUrls);
        }
    }

    /**
     * The key of a node object, if it is one the cache looks up.
     *
     * @param context the active context the node is walked in
     * @param property the property the node is the value of
     * @param documentUrls the document's context URLs
     * @param node the node object
     * @param spans where the document's large objects were read from
     * @param depth how many node objects below the document's it is (1 for a member of the document)
     * @return the key, or null if the node is not looked up
     */
    static @Nullable Key key(FrozenContext context, String property, Set<String> documentUrls, JsonObject node, JsonSpans spans,
            int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        JsonSpan span = spans.of(node);
        if (span == null || span.length() < MIN_BYTES || span.length() > MAX_BYTES) {
            return null;
        }
        int hash = span.contentHash() ^ System.identityHashCode(context) * 31 + property.hashCode();
        return new Key(context, property, documentUrls, span, hash);
    }

    /**
     * The entry of a key.
     *
     * @param key the key
     * @return the entry, or null
     */
    @Nullable Entry find(Key key) {
        Entry entry = slots.get(key.hash & (SLOTS - 1));
        if (entry == null || !entry.key.matches(key)) {
            return null;
        }
        if (entry.credit < MAX_CREDIT) {
            entry.credit++;
        }
        return entry;
    }

    /** Counts a node replayed from an entry. */
    void replayed() {
        replayed.increment();
    }

    /** The number of nodes replayed. */
    long replayedCount() {
        return replayed.sum();
    }

    /**
     * Whether a node not found is worth keeping: it has been met before (by hash), and its slot is
     * free or held by an entry not found since it last kept it (which then loses a credit instead).
     * Asked before its quads are copied.
     *
     * @param key the node's key
     * @return whether to {@linkplain #offer offer} it
     */
    boolean wanted(Key key) {
        int at = (key.hash >>> 6) & (SEEN - 1);
        if (seen.get(at) != key.hash) {
            seen.set(at, key.hash);
            return false;
        }
        Entry current = slots.get(key.hash & (SLOTS - 1));
        if (current != null && current.credit > 0) {
            current.credit--;
            return false;
        }
        return true;
    }

    /**
     * Keeps what the walk emitted for a node it did not find and {@linkplain #wanted wanted}, unless
     * it is over a bound.
     *
     * @param key the node's key
     * @param segment the quads the walk emitted for it, and its subject
     * @param described the nodes with identifiers it described
     */
    void offer(Key key, RdfDataset.Segment segment, List<Described> described) {
        if (segment.size() > MAX_QUADS || segment.textBytes() > MAX_TEXT_BYTES || described.size() > MAX_DESCRIBED) {
            return;
        }
        slots.set(key.hash & (SLOTS - 1), new Entry(key.detached(), segment, List.copyOf(described)));
    }
}
