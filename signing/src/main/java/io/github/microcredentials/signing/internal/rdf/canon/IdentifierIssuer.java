package io.github.microcredentials.signing.internal.rdf.canon;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Issues identifiers with a prefix and a counter ({@code _:c14n0}, {@code _:b3}) to blank nodes,
 * remembering the order it issued them in (RDFC-1.0 §4.5 "Issue Identifier Algorithm").
 *
 * <p>The canonical issuer labels every blank node and keeps a table over all of them. The
 * temporary issuers of Hash N-Degree Quads, one per node explored and one per permutation tried,
 * label only the few nodes they reach: they keep what they issued in a map, so that a dataset of
 * many blank nodes does not cost a table per issuer (40,000 look-alike nodes once took 6 GB).
 */
final class IdentifierIssuer {

    private final String prefix;
    /** Dense: the identifier number of each blank node, -1 if none. Null for a sparse issuer. */
    private final int @Nullable [] issued;
    /** Sparse: the identifier number of each blank node issued one. Null for a dense issuer. */
    private final @Nullable Map<Integer, Integer> sparse;
    private int[] order;
    private int count;

    private IdentifierIssuer(String prefix, int @Nullable [] issued, @Nullable Map<Integer, Integer> sparse, int[] order, int count) {
        this.prefix = prefix;
        this.issued = issued;
        this.sparse = sparse;
        this.order = order;
        this.count = count;
    }

    /**
     * An issuer with a table over every blank node (the canonical issuer).
     *
     * @param prefix the label prefix
     * @param blanks the number of blank nodes
     * @return the issuer
     */
    static IdentifierIssuer dense(String prefix, int blanks) {
        int[] issued = new int[blanks];
        Arrays.fill(issued, -1);
        return new IdentifierIssuer(prefix, issued, null, new int[blanks], 0);
    }

    /**
     * An issuer for a few of the blank nodes (a temporary issuer).
     *
     * @param prefix the label prefix
     * @return the issuer
     */
    static IdentifierIssuer sparse(String prefix) {
        return new IdentifierIssuer(prefix, null, new HashMap<>(8), new int[4], 0);
    }

    boolean has(int blank) {
        return issued != null ? issued[blank] >= 0 : sparse != null && sparse.containsKey(blank);
    }

    private int number(int blank) {
        if (issued != null) {
            return issued[blank];
        }
        Integer n = sparse == null ? null : sparse.get(blank);
        return n == null ? -1 : n;
    }

    /** The identifier of a blank node, issuing a new one if it has none. */
    String issue(int blank) {
        int n = number(blank);
        if (n < 0) {
            n = count;
            if (issued != null) {
                issued[blank] = n;
            } else if (sparse != null) {
                sparse.put(blank, n);
                if (count == order.length) {
                    order = Arrays.copyOf(order, order.length * 2);
                }
            }
            order[count++] = blank;
        }
        return prefix + n;
    }

    String label(int blank) {
        return prefix + number(blank);
    }

    /** The label as ASCII bytes, written without the intermediate string of {@link #label}. */
    byte[] labelBytes(int blank) {
        int n = number(blank);
        if (n < 0) {
            return label(blank).getBytes(StandardCharsets.US_ASCII);
        }
        int digits = 1;
        for (int rest = n / 10; rest > 0; rest /= 10) {
            digits++;
        }
        byte[] out = new byte[prefix.length() + digits];
        for (int i = 0; i < prefix.length(); i++) {
            out[i] = (byte) prefix.charAt(i);
        }
        for (int i = out.length - 1, rest = n; i >= prefix.length(); i--, rest /= 10) {
            out[i] = (byte) ('0' + rest % 10);
        }
        return out;
    }

    int count() {
        return count;
    }

    /** The i-th blank node issued an identifier. */
    int issuedAt(int i) {
        return order[i];
    }

    IdentifierIssuer copy() {
        return new IdentifierIssuer(prefix, issued == null ? null : issued.clone(), sparse == null ? null : new HashMap<>(sparse),
                order.clone(), count);
    }
}
