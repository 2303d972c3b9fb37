package io.github.microcredentials.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A light scan of a credential's root members {@code id} and {@code issuer}, straight over its
 * UTF-8 bytes: the check {@link SignCommand#signAs} makes on every credential of a batch instead of
 * reading the whole credential into a Jackson tree before the signer reads it again (the tree
 * costs about a tenth of signing an 8.5 KB credential; this scan, a few microseconds).
 *
 * <p>It answers one question, whether the credential names the signing issuer and can be signed as
 * it is; whenever it is not sure it says no, and the tree-based check decides. It is not sure at
 * anything unusual: an escape in a root member name or in the values it compares, a duplicate
 * {@code id} or {@code issuer}, a string longer than {@value #MAX_STRING} bytes (Jackson refuses
 * member names of more than 50,000 characters), a number with an exponent (Jackson refuses
 * exponents {@code BigDecimal} cannot hold), nesting deeper than {@value #MAX_DEPTH}, or input
 * that is not JSON where it looks. It checks the structure only as far as it needs to find
 * the root members, and stops once it has seen both (the usual credential names them first);
 * strictness is the signer's, which reads every byte (see {@code signAs}). So a credential that
 * names its id and this issuer before content Jackson alone refuses (a member name over 50,000
 * characters, an exponent {@code BigDecimal} cannot hold) is signed as the library signs it.
 */
final class IssuerScan {

    /** The longest string the scan passes over; Jackson's default bound on member names is 50,000 characters. */
    static final int MAX_STRING = 50_000;
    /** The deepest nesting the scan passes over; below Jackson's default bound of 1,000. */
    static final int MAX_DEPTH = 500;

    /** Not sure; carries no stack trace (it is control flow). */
    private static final class Unsure extends Exception {
        private static final long serialVersionUID = 1L;

        Unsure() {
            super(null, null, false, false);
        }
    }

    private static final Unsure UNSURE = new Unsure();
    private static final byte[] ID = {'i', 'd'};
    private static final byte[] ISSUER = {'i', 's', 's', 'u', 'e', 'r'};

    private final byte[] in;
    private int at;

    private IssuerScan(byte[] in) {
        this.in = in;
    }

    /**
     * Whether a credential is a JSON object whose {@code issuer} is the given issuer id (as a string
     * or as the {@code id} of an issuer object) and whose {@code id}, if any, is an absolute URI.
     * Only the root members and the issuer object's own {@code id} count; the same names deeper
     * down are data.
     *
     * @param credential the credential, UTF-8 JSON
     * @param issuer the issuer id, UTF-8
     * @return true if so, as far as the scan can tell without reading every value; false if not, or
     *     not sure
     */
    static boolean signableAsIs(byte[] credential, byte[] issuer) {
        try {
            return new IssuerScan(credential).root(issuer);
        } catch (Unsure | ArrayIndexOutOfBoundsException e) {
            // Not sure (or the input ended early: malformed): the tree-based check decides.
            return false;
        }
    }

    private boolean root(byte[] issuer) throws Unsure {
        expect('{');
        boolean seenId = false;
        boolean issuerMatches = false;
        if (peek() == '}') {
            return false;
        }
        do {
            byte[] name = memberName();
            if (Arrays.equals(name, ID)) {
                require(!seenId);
                seenId = true;
                require(isAbsoluteUri(plainString()));
            } else if (Arrays.equals(name, ISSUER)) {
                require(!issuerMatches);
                issuerMatches = peek() == '{' ? issuerObjectNames(issuer) : Arrays.equals(plainStringBytes(), issuer);
                require(issuerMatches);
            } else {
                skipValue();
            }
            if (seenId && issuerMatches) {
                // Nothing further can change the answer but a second id or issuer, or malformed JSON:
                // the signer, which reads every byte strictly, refuses those, and signAs then runs the
                // tree-based check for its error, as for a credential the scan was unsure of.
                return true;
            }
        } while (nextMember());
        // What follows the root object is not read: the tree ignores it and the signer refuses it.
        return issuerMatches;
    }

    /** Reads an issuer object; true if its own id is the issuer. */
    private boolean issuerObjectNames(byte[] issuer) throws Unsure {
        expect('{');
        boolean matches = false;
        if (peek() == '}') {
            return false;
        }
        do {
            if (Arrays.equals(memberName(), ID)) {
                require(!matches);
                matches = Arrays.equals(plainStringBytes(), issuer);
                require(matches);
            } else {
                skipValue();
            }
        } while (nextMember());
        return matches;
    }

    /** A member name and its colon; unsure at an escape, which could spell one of the names this scan looks for. */
    private byte[] memberName() throws Unsure {
        byte[] name = plainStringBytes();
        expect(':');
        return name;
    }

    /** After a member: true at a comma (another member follows), false at the object's end. */
    private boolean nextMember() throws Unsure {
        byte b = peek();
        at++;
        if (b == ',') {
            return true;
        }
        require(b == '}');
        return false;
    }

    /** A string without escapes, as its raw bytes. */
    private byte[] plainStringBytes() throws Unsure {
        expect('"');
        int start = at;
        while (in[at] != '"') {
            require(in[at] != '\\' && at - start < MAX_STRING);
            at++;
        }
        return Arrays.copyOfRange(in, start, at++);
    }

    private String plainString() throws Unsure {
        return new String(plainStringBytes(), StandardCharsets.UTF_8);
    }

    /** Passes over one value of any kind, counting brackets; strings are passed over escape by escape. */
    private void skipValue() throws Unsure {
        int depth = 0;
        skipWhitespace();
        do {
            byte b = in[at];
            if (b == '"') {
                skipString();
                continue;
            }
            if (b == '{' || b == '[') {
                require(++depth <= MAX_DEPTH);
            } else if (b == '}' || b == ']') {
                require(--depth >= 0);
            } else if (depth == 0 && (b == ',' || isWhitespace(b))) {
                return;                                     // the end of a scalar member value
            } else {
                require((b != 'e' && b != 'E') || !isDigit(in[at - 1]));   // a number's exponent
            }
            at++;
        } while (depth > 0 || in[at] != '}' && in[at] != ',' && !isWhitespace(in[at]));
    }

    private void skipString() throws Unsure {
        int start = at++;
        while (in[at] != '"') {
            at += in[at] == '\\' ? 2 : 1;
        }
        at++;
        require(at - start <= MAX_STRING + 2);
    }

    private void expect(char c) throws Unsure {
        require(peek() == c);
        at++;
        skipWhitespace();
    }

    /** The next byte that is not whitespace, not consumed. */
    private byte peek() {
        skipWhitespace();
        return in[at];
    }

    private void skipWhitespace() {
        while (isWhitespace(in[at])) {
            at++;
        }
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static void require(boolean condition) throws Unsure {
        if (!condition) {
            throw UNSURE;
        }
    }

    private static boolean isAbsoluteUri(String text) {
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
