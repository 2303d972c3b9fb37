package io.github.microcredentials.signing.internal.rdf.canon;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Issues identifiers with a prefix and a counter ({@code _:c14n0}, {@code _:b3}) to blank nodes,
 * remembering the order it issued them in (RDFC-1.0 §4.5 "Issue Identifier Algorithm").
 */
final class IdentifierIssuer {

    private final String prefix;
    private final int[] issued;
    private final int[] order;
    private int count;

    IdentifierIssuer(String prefix, int blanks) {
        this.prefix = prefix;
        this.issued = new int[blanks];
        this.order = new int[blanks];
        Arrays.fill(issued, -1);
    }

    private IdentifierIssuer(IdentifierIssuer other) {
        this.prefix = other.prefix;
        this.issued = other.issued.clone();
        this.order = other.order.clone();
        this.count = other.count;
    }

    boolean has(int blank) {
        return issued[blank] >= 0;
    }

    /** The identifier of a blank node, issuing a new one if it has none. */
    String issue(int blank) {
        if (issued[blank] < 0) {
            issued[blank] = count;
            order[count++] = blank;
        }
        return prefix + issued[blank];
    }

    String label(int blank) {
        return prefix + issued[blank];
    }

    byte[] labelBytes(int blank) {
        return label(blank).getBytes(StandardCharsets.US_ASCII);
    }

    int count() {
        return count;
    }

    /** The i-th blank node issued an identifier. */
    int issuedAt(int i) {
        return order[i];
    }

    IdentifierIssuer copy() {
        return new IdentifierIssuer(this);
    }
}
