package io.github.microcredentials.signing.internal.di;

/**
 * Recognises the absolute URIs that {@link java.net.URI} parses without fail, from their characters
 * alone: a scheme, then only ASCII characters that RFC 2396 allows unescaped anywhere in a URI
 * (letters, digits, {@code -_.!~*'()} and {@code ;/?:@&=+$,}), at most one {@code #}, and, after
 * {@code //}, an authority that is not empty. It answers {@code false} for everything else
 * (percent escapes, IPv6 literals, non-ASCII, spaces), which callers then parse in full: a
 * {@code true} is certain, a {@code false} means "ask {@code java.net.URI}".
 */
final class PlainUris {

    private static final boolean[] PLAIN = new boolean[0x80];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            PLAIN[c] = true;
            PLAIN[Character.toUpperCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            PLAIN[c] = true;
        }
        for (char c : "-_.!~*'();/?:@&=+$,".toCharArray()) {
            PLAIN[c] = true;
        }
    }

    private PlainUris() {
    }

    /**
     * Whether the text is a plain absolute URI (see the class comment).
     *
     * @param text the text
     * @return {@code true} only if {@code new URI(text)} succeeds and is absolute
     */
    static boolean isPlainAbsolute(String text) {
        int n = text.length();
        int colon = schemeEnd(text);
        if (colon < 0 || colon + 1 >= n || text.charAt(colon + 1) == '#') {
            return false;
        }
        int hash = -1;
        for (int i = colon + 1; i < n; i++) {
            char c = text.charAt(i);
            if (c == '#' && hash < 0) {
                hash = i;
            } else if (c >= 0x80 || !PLAIN[c]) {
                return false;
            }
        }
        return !text.startsWith("//", colon + 1) || hasAuthority(text, colon + 3, hash < 0 ? n : hash);
    }

    /** The index of the colon after a well-formed scheme, or -1. */
    private static int schemeEnd(String text) {
        if (text.isEmpty() || !isLetter(text.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        return -1;
    }

    /** Whether an authority starts at {@code from}: at least one character before the path, query or fragment. */
    private static boolean hasAuthority(String text, int from, int end) {
        return from < end && text.charAt(from) != '/' && text.charAt(from) != '?';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
