package io.github.microcredentials.seals.internal.jades;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte-level work on a JAdES payload, so that a large credential is handled without decoding it
 * to a string: strict UTF-8 (RFC 3629: no overlong forms, no surrogates), and its escaping as a
 * JSON string for the unencoded ({@code b64: false}) seal.
 */
final class Payloads {

    /** Eight bytes of an array at any offset, as one long (the byte order does not matter here). */
    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    /** Added to the low seven bits of a byte, sets its high bit exactly when the byte is 0x20 or more. */
    private static final long BELOW_SPACE = 0x6060606060606060L;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /**
     * For each ASCII byte, how a JSON string writes it: 0 as itself, {@code 'u'} as a {@code u}
     * escape (four upper-case hex digits), any other value as a backslash and that character. The
     * escapes are the ones Jackson writes, so that a seal's bytes do not depend on which of the two
     * wrote it.
     */
    private static final byte[] ESCAPES = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = 'u';
        }
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\n'] = 'n';
        ESCAPES['\f'] = 'f';
        ESCAPES['\r'] = 'r';
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
    }

    private Payloads() {
    }

    /**
     * Whether the bytes are shortest-form UTF-8 of Unicode scalar values (RFC 3629).
     *
     * @param bytes the payload
     * @return {@code true} if well-formed
     */
    static boolean isWellFormedUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            // A credential is mostly ASCII: eight bytes without a high bit are eight characters.
            if (i + Long.BYTES <= bytes.length && ((long) WORD.get(bytes, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
                continue;
            }
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int sequence = sequenceLength(bytes, i);
            if (sequence < 0) {
                return false;
            }
            i += sequence;
        }
        return true;
    }

    /** The length of the multi-byte UTF-8 sequence at {@code i}, or -1 if it is malformed. */
    private static int sequenceLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xff;
        int length;
        int min;
        if (b >= 0xc2 && b <= 0xdf) {
            length = 2;
            min = 0x80;
        } else if (b >= 0xe0 && b <= 0xef) {
            length = 3;
            min = 0x800;
        } else if (b >= 0xf0 && b <= 0xf4) {
            length = 4;
            min = 0x10000;
        } else {
            return -1;
        }
        if (i + length > bytes.length) {
            return -1;
        }
        int code = b & (0xff >> (length + 1));
        for (int k = 1; k < length; k++) {
            int c = bytes[i + k] & 0xff;
            if ((c & 0xc0) != 0x80) {
                return -1;
            }
            code = (code << 6) | (c & 0x3f);
        }
        return code < min || code > 0x10ffff || code >= 0xd800 && code <= 0xdfff ? -1 : length;
    }

    /*
     * A JSON payload needs an escape every dozen bytes or so (each quote), too often for a branch
     * per byte to predict: the escaping works on eight bytes at a time, finding the bytes to escape
     * with exact per-byte tests (no carry crosses a byte), and copies the rest as whole words.
     */

    /** One bit (the high bit) set in each byte of the word that a JSON string escapes: below 0x20, quote, backslash. */
    private static long toEscape(long word) {
        return controls(word) | equal(word, QUOTES) | equal(word, BACKSLASHES);
    }

    private static long controls(long word) {
        return ~((word & LOW_BITS) + BELOW_SPACE) & ~word & HIGH_BITS;
    }

    private static long equal(long word, long pattern) {
        long diff = word ^ pattern;
        return ~(((diff & LOW_BITS) + LOW_BITS) | diff) & HIGH_BITS;
    }

    /**
     * The length of a range of bytes as the content of a JSON string (without the quotes).
     *
     * @param bytes well-formed UTF-8 in the range
     * @param from the first index
     * @param to the index after the last
     * @return the escaped length
     */
    static int escapedLength(byte[] bytes, int from, int to) {
        int extra = 0;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = (long) WORD.get(bytes, i);
            extra += Long.bitCount(toEscape(word));
            for (long controls = controls(word); controls != 0; controls &= controls - 1) {
                // A control character without a short escape takes six bytes, not two.
                if (ESCAPES[bytes[i + (Long.numberOfTrailingZeros(controls) >>> 3)]] == 'u') {
                    extra += 4;
                }
            }
        }
        for (; i < to; i++) {
            extra += escapedLength(bytes[i]) - 1;
        }
        return to - from + extra;
    }

    private static int escapedLength(byte b) {
        if (b < 0 || ESCAPES[b] == 0) {
            return 1;
        }
        return ESCAPES[b] == 'u' ? 6 : 2;
    }

    /**
     * Writes a range of bytes as the content of a JSON string: control characters, quote and
     * backslash escaped, every other byte (multi-byte UTF-8 included) as it is.
     *
     * @param bytes well-formed UTF-8 in the range
     * @param from the first index
     * @param to the index after the last
     * @param out the destination, with {@link #escapedLength(byte[], int, int)} bytes free at {@code at}
     * @param at where to start
     * @return the position after the last byte written
     */
    static int writeEscaped(byte[] bytes, int from, int to, byte[] out, int at) {
        int i = from;
        while (i + Long.BYTES <= to) {
            long word = (long) WORD.get(bytes, i);
            // The eight bytes fit: escaped, they take at least eight bytes of the output.
            WORD.set(out, at, word);
            long escapes = toEscape(word);
            if (escapes == 0) {
                i += Long.BYTES;
                at += Long.BYTES;
                continue;
            }
            int plain = Long.numberOfTrailingZeros(escapes) >>> 3;
            i += plain;
            at = writeEscaped(bytes[i++], out, at + plain);
        }
        while (i < to) {
            at = writeEscaped(bytes[i++], out, at);
        }
        return at;
    }

    private static int writeEscaped(byte b, byte[] out, int at) {
        byte escape = b < 0 ? 0 : ESCAPES[b];
        if (escape == 0) {
            out[at] = b;
            return at + 1;
        }
        out[at] = '\\';
        if (escape != 'u') {
            out[at + 1] = escape;
            return at + 2;
        }
        out[at + 1] = 'u';
        out[at + 2] = '0';
        out[at + 3] = '0';
        out[at + 4] = HEX[b >> 4];
        out[at + 5] = HEX[b & 0xF];
        return at + 6;
    }
}
