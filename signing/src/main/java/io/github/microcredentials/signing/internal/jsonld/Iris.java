package io.github.microcredentials.signing.internal.jsonld;

/**
 * A fast, conservative test for absolute IRIs. When it says yes, {@link java.net.URI#create}
 * parses the text as an absolute URI, which is the test Titanium applies before it emits an IRI
 * (anything else is dropped without a word); when unsure it says no and the caller falls back to
 * the full path. It never says yes to text that N-Quads would need escaped (spaces, {@code <>"{}|\^`},
 * control characters) or to brackets, whose meaning depends on where they stand. The VC Data Model
 * check asks it first too, before parsing an id with {@code java.net.URI}.
 */
public final class Iris {

    private static final boolean[] ASCII = new boolean[128];

    static {
        String allowed = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?";
        for (char c : allowed.toCharArray()) {
            ASCII[c] = true;
        }
    }

    private Iris() {
    }

    /**
     * Whether the text is certainly an absolute IRI Titanium accepts.
     *
     * @param text the text
     * @return {@code true} only for a scheme, a colon and a well-formed rest
     */
    public static boolean isAbsolute(String text) {
        int colon = scheme(text);
        if (colon < 0 || text.length() < 3 || colon + 1 >= text.length()) {
            return false;
        }
        int start = colon + 1;
        if (text.charAt(start) == '#') {
            return false;
        }
        if (text.startsWith("//", start) && !authority(text, start + 2)) {
            return false;
        }
        return rest(text, start);
    }

    /** The index of the colon ending a valid scheme, or -1. */
    private static int scheme(String text) {
        if (text.isEmpty() || !letter(text.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!letter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        return -1;
    }

    /** A non-empty authority of ASCII characters only: java.net.URI then takes it as server or registry based. */
    private static boolean authority(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                break;
            }
            if (c >= 0x80) {
                return false;
            }
            i++;
        }
        return i > from;
    }

    /** Allowed characters, well-formed percent escapes, at most one {@code #}. */
    private static boolean rest(String text, int from) {
        boolean fragment = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c == '%') {
                    if (i + 2 >= text.length() || !hex(text.charAt(i + 1)) || !hex(text.charAt(i + 2))) {
                        return false;
                    }
                    i += 2;
                } else if (c == '#') {
                    if (fragment) {
                        return false;
                    }
                    fragment = true;
                } else if (!ASCII[c]) {
                    return false;
                }
            } else if (Character.isISOControl(c) || Character.isSpaceChar(c) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
