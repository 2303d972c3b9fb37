package io.github.microcredentials.signing.internal.rdf.canon;

import java.util.Arrays;
import java.util.Comparator;

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

    /** UTF-16 code unit order over UTF-8 byte strings. */
    static final Comparator<byte[]> ORDER = NQuadsLines::compare;

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

    static byte[] line(Quad quad, Labels labels, ByteSink scratch) {
        scratch.reset();
        term(quad.subject(), labels, scratch).put(' ');
        scratch.put(quad.predicate().text()).put(' ');
        term(quad.object(), labels, scratch).put(' ');
        if (quad.graph() != null) {
            term(quad.graph(), labels, scratch).put(' ');
        }
        return scratch.put('.').put('\n').toArray();
    }

    private static ByteSink term(RdfTerm term, Labels labels, ByteSink scratch) {
        return scratch.put(term.isBlank() ? labels.of(term.blankNumber()) : term.text());
    }

    static int compare(byte[] a, byte[] b) {
        int i = Arrays.mismatch(a, b);
        if (i < 0) {
            return 0;
        }
        if (i >= a.length || i >= b.length) {
            return a.length - b.length;
        }
        return RANK[a[i] & 0xFF] - RANK[b[i] & 0xFF];
    }
}
