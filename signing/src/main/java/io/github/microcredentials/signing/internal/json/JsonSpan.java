package io.github.microcredentials.signing.internal.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The bytes a JSON object was read from: {@code source[from..to)}. Two objects read from the same
 * bytes are the same value, member order and every number's written form included, which no
 * comparison of the values themselves tells as cheaply. The source is the parsed input itself, not
 * a copy: whoever parsed it must not change it while the span is in use ({@link JsonSpans}).
 *
 * @param source the input
 * @param from the index of the opening brace
 * @param to the index after the closing brace
 */
public record JsonSpan(byte[] source, int from, int to) {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * The number of bytes.
     *
     * @return the length
     */
    public int length() {
        return to - from;
    }

    /**
     * A hash of the bytes, eight at a time.
     *
     * @return the hash
     */
    public int contentHash() {
        long h = length();
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            h = h * 0x9E3779B97F4A7C15L + (long) LONGS.get(source, i);
        }
        for (; i < to; i++) {
            h = h * 31 + source[i];
        }
        h ^= h >>> 29;
        return (int) (h ^ h >>> 32);
    }

    /**
     * Whether these are exactly the bytes of another span.
     *
     * @param other a span, such as one over an earlier span's {@link #copy()}
     * @return {@code true} if equal
     */
    public boolean contentEquals(JsonSpan other) {
        return Arrays.equals(source, from, to, other.source, other.from, other.to);
    }

    /**
     * A copy of the bytes, which does not keep the whole input alive.
     *
     * @return the bytes
     */
    public byte[] copy() {
        return Arrays.copyOfRange(source, from, to);
    }
}
