package io.github.microcredentials.seals.internal.jades;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte-level checks of a JAdES payload, so that a large credential is checked without decoding
 * it to a string: strict UTF-8 (RFC 3629: no overlong forms, no surrogates).
 */
final class Payloads {

    /** Eight bytes of an array at any offset, as one long (the byte order does not matter here). */
    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

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
}
