package io.github.microcredentials.core.internal.json;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Strict UTF-8 for JSON text (RFC 8259 §8.1, RFC 3629): the bytes are UTF-8 without a byte order
 * mark; no overlong form, no encoded surrogate, nothing above U+10FFFF; no unpaired surrogate
 * (also not as a {@code \ud800} escape) and no NUL (U+0000, also not as {@code \u0000} or the
 * overlong {@code C0 80}) in any string. A byte order mark or UTF-16/32 text gets a message that
 * says so rather than a parser's complaint about a character. Such input has no place in a
 * credential, and readers that disagree on it (one ignores a NUL, another stops at it) are a
 * classic way to show one text to a person and another to a program.
 */
public final class StrictText {

    private StrictText() {
    }

    /**
     * Checks that bytes are strict UTF-8 text.
     *
     * @param bytes the input
     * @throws CredentialParseException ({@link Problem#MALFORMED}) naming the byte offset and the problem
     */
    public static void checkUtf8(byte[] bytes) throws CredentialParseException {
        String encoding = otherEncoding(bytes);
        if (encoding != null) {
            throw new CredentialParseException(Problem.MALFORMED, "", encoding);
        }
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i];
            if (b > 0) {
                i++;
                continue;
            }
            if (b == 0) {
                throw invalid(i, "a NUL byte");
            }
            int lead = b & 0xFF;
            int count;
            int min;
            if (lead >= 0xC2 && lead <= 0xDF) {
                count = 1;
                min = 0x80;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                count = 2;
                min = 0x800;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                count = 3;
                min = 0x10000;
            } else {
                throw invalid(i, lead == 0xC0 || lead == 0xC1 ? "an overlong encoding" : "a byte that starts no UTF-8 sequence (0x"
                        + Integer.toHexString(lead) + ")");
            }
            int cp = lead & (0x3F >> count);
            for (int k = 1; k <= count; k++) {
                if (i + k >= n || (bytes[i + k] & 0xC0) != 0x80) {
                    throw invalid(i, "a truncated UTF-8 sequence");
                }
                cp = cp << 6 | bytes[i + k] & 0x3F;
            }
            if (cp < min) {
                throw invalid(i, "an overlong encoding");
            }
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                throw invalid(i, "an encoded UTF-16 surrogate (U+" + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT) + ")");
            }
            if (cp > 0x10FFFF) {
                throw invalid(i, "a code point above U+10FFFF");
            }
            i += count + 1;
        }
    }

    /**
     * What encoding other than BOM-less UTF-8 the input starts with, if any.
     *
     * @param bytes the input
     * @return a message saying so, or {@code null}
     */
    public static @Nullable String otherEncoding(byte[] bytes) {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return "the input starts with a UTF-8 byte order mark; JSON must be UTF-8 without one (RFC 8259 §8.1): remove it";
        }
        if (n >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return "the input is UTF-16 or UTF-32 (it starts with a byte order mark); JSON must be UTF-8 (RFC 8259 §8.1): convert it";
        }
        if (n >= 2 && (bytes[0] == 0 || bytes[1] == 0)) {
            return "the input looks like UTF-16 or UTF-32 (it has NUL bytes among its first characters); JSON must be UTF-8"
                    + " (RFC 8259 §8.1): convert it";
        }
        return null;
    }

    /**
     * What is wrong with a decoded string, if anything.
     *
     * @param text a string or member name
     * @return {@code "an unpaired UTF-16 surrogate"}, {@code "a NUL character"}, or {@code null}
     */
    public static @Nullable String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "a NUL character (U+0000)";
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return "an unpaired UTF-16 surrogate (U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + ")";
                }
            }
        }
        return null;
    }

    private static CredentialParseException invalid(int offset, String what) {
        return new CredentialParseException(Problem.MALFORMED, "", "not valid UTF-8: " + what + " at byte " + offset);
    }
}
