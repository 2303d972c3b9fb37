package io.github.microcredentials.signing.internal.rdf.canon;

import java.util.Arrays;

/**
 * Canonical N-Quads lines ({@code s p o [g] .\n}, single spaces) of quads whose blank nodes get
 * labels from a {@link Labels} function, and the order the lines are sorted in.
 *
 * <p>Order: the specification sorts in Unicode code point order. Like titanium-rdfc and
 * digitalbazaar/rdf-canonize (the implementations signatures in the wild come from), this sorts in
 * UTF-16 code unit order, which differs from code point order only when two lines first differ at
 * a character above U+FFFF against one in U+E000–U+FFFF. Lines are UTF-8, so the comparison maps
 * UTF-8 lead bytes to the UTF-16 order: 4-byte sequences (supplementary characters, surrogate
 * pairs in UTF-16) sort after U+D7FF and before U+E000.
 */
final class NQuadsLines {

    /** Blank node labels, such as {@code _:a}, {@code _:z} or {@code _:c14n3}, as UTF-8. */
    @FunctionalInterface
    interface Labels {
        byte[] of(int blank);
    }

    private static final int[] RANK = new int[256];

    static {
        for (int b = 0; b < 256; b++) {
            RANK[b] = b;
        }
        // Lead bytes of U+E000–U+FFFF (0xEE, 0xEF) rank above those of supplementary characters (0xF0–0xF4).
        for (int b = 0xF0; b <= 0xF4; b++) {
            RANK[b] = b - 0xF0 + 0xEE;
        }
        RANK[0xEE] = 0xF3;
        RANK[0xEF] = 0xF4;
    }

    private NQuadsLines() {
    }

    /** Writes the line of a quad. */
    private static void write(Quad quad, Labels labels, ByteSink out) {
        term(quad.subject(), labels, out).put(' ');
        out.put(quad.predicate().text()).put(' ');
        term(quad.object(), labels, out).put(' ');
        if (quad.graph() != null) {
            term(quad.graph(), labels, out).put(' ');
        }
        out.put('.').put('\n');
    }

    private static ByteSink term(RdfTerm term, Labels labels, ByteSink out) {
        return out.put(term.isBlank() ? labels.of(term.blankNumber()) : term.text());
    }

    /**
     * Lines written one after another into one buffer and sorted by index, so that sorting them
     * needs no array per line. Reused across the sorts of one canonicalization; not thread-safe.
     */
    static final class Batch {
        /** Below this many lines a range is sorted by insertion. */
        private static final int INSERTION = 12;

        private final ByteSink sink;
        /** The start of each line; the entry after the last line is the end of the buffer. */
        private int[] starts = new int[65];
        /**
         * The first eight bytes of each line, ranked as {@link NQuadsLines#compare} ranks them,
         * as an unsigned big-endian number (zeros after a shorter line): most lines of a canonical
         * form differ in their subject's label, within these bytes, so one comparison of numbers
         * orders them without a byte-by-byte pass.
         */
        private long[] prefixes = new long[64];
        private int count;
        private int[] order = new int[64];
        private int[] work = new int[64];

        Batch(int capacity) {
            this.sink = new ByteSink(capacity);
        }

        /** Empties the batch, keeping its buffers. */
        void clear() {
            sink.reset();
            count = 0;
        }

        void add(Quad quad, Labels labels) {
            if (count + 2 > starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                prefixes = Arrays.copyOf(prefixes, starts.length);
            }
            int start = sink.length();
            starts[count] = start;
            write(quad, labels, sink);
            int end = sink.length();
            byte[] buf = sink.array();
            long prefix = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                prefix = prefix << 8 | (start + i < end ? RANK[buf[start + i] & 0xFF] : 0);
            }
            prefixes[count] = prefix;
            starts[++count] = end;
        }

        int count() {
            return count;
        }

        /** The bytes of every line, in the order added. */
        int length() {
            return sink.length();
        }

        /** The buffer the lines are in (not copied); valid until the next {@link #add}. */
        byte[] buffer() {
            return sink.array();
        }

        int start(int line) {
            return starts[line];
        }

        int end(int line) {
            return starts[line + 1];
        }

        /**
         * The line indexes in line order (UTF-16 code unit order, as above); equal lines are adjacent.
         *
         * @return an array whose first {@link #count()} entries are the order (reused: valid until the next sort)
         */
        int[] sort() {
            if (order.length < count) {
                order = new int[count];
                work = new int[count];
            }
            byte[] buf = sink.array();
            int[] from = order;
            int[] to = work;
            for (int i = 0; i < count; i++) {
                from[i] = i;
            }
            for (int run = 0; run < count; run += INSERTION) {
                insertionSort(buf, from, run, Math.min(run + INSERTION, count));
            }
            // Bottom-up, each pass merging runs from one array into the other: no recursion, which
            // the JIT would inline into copies of itself (this sort is compiled in every batch run).
            for (int width = INSERTION; width < count; width *= 2) {
                for (int low = 0; low < count; low += 2 * width) {
                    merge(buf, from, to, low, Math.min(low + width, count), Math.min(low + 2 * width, count));
                }
                int[] swap = from;
                from = to;
                to = swap;
            }
            return from;
        }

        /** Whether two lines are the same bytes. */
        boolean same(int a, int b) {
            byte[] buf = sink.array();
            return Arrays.equals(buf, starts[a], starts[a + 1], buf, starts[b], starts[b + 1]);
        }

        private void insertionSort(byte[] buf, int[] a, int from, int to) {
            for (int i = from + 1; i < to; i++) {
                int line = a[i];
                int j = i - 1;
                while (j >= from && compare(buf, a[j], line) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = line;
            }
        }

        /** Merges the sorted runs {@code a[low, mid)} and {@code a[mid, high)} into {@code out[low, high)}. */
        private void merge(byte[] buf, int[] a, int[] out, int low, int mid, int high) {
            if (mid >= high || compare(buf, a[mid - 1], a[mid]) <= 0) {
                System.arraycopy(a, low, out, low, high - low);
                return;
            }
            int i = low;
            int j = mid;
            for (int k = low; k < high; k++) {
                out[k] = j >= high || i < mid && compare(buf, a[i], a[j]) <= 0 ? a[i++] : a[j++];
            }
        }

        private int compare(byte[] buf, int a, int b) {
            long prefixA = prefixes[a];
            long prefixB = prefixes[b];
            if (prefixA != prefixB) {
                return Long.compareUnsigned(prefixA, prefixB);
            }
            return NQuadsLines.compare(buf, starts[a], starts[a + 1], starts[b], starts[b + 1]);
        }
    }

    /** UTF-16 code unit order of two UTF-8 ranges of a buffer. */
    static int compare(byte[] buf, int aFrom, int aTo, int bFrom, int bTo) {
        int i = Arrays.mismatch(buf, aFrom, aTo, buf, bFrom, bTo);
        if (i < 0) {
            return 0;
        }
        if (i >= aTo - aFrom || i >= bTo - bFrom) {
            return (aTo - aFrom) - (bTo - bFrom);
        }
        return RANK[buf[aFrom + i] & 0xFF] - RANK[buf[bFrom + i] & 0xFF];
    }
}
