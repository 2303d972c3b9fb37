package io.github.microcredentials.signing.internal.rdf.canon;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer that encodes text as UTF-8, for building N-Quads without intermediate strings. */
public final class ByteSink {

    private byte[] buffer;
    private int length;

    /**
     * Creates a buffer.
     *
     * @param capacity the initial capacity
     */
    public ByteSink(int capacity) {
        this.buffer = new byte[Math.max(16, capacity)];
    }

    /** Empties the buffer, keeping its capacity. */
    public void reset() {
        length = 0;
    }

    /**
     * The number of bytes written.
     *
     * @return the length
     */
    public int length() {
        return length;
    }

    /** The buffer itself, the first {@link #length()} bytes written (not copied; replaced when it grows). */
    byte[] array() {
        return buffer;
    }

    /**
     * The bytes written, copied.
     *
     * @return a new array
     */
    public byte[] toArray() {
        return Arrays.copyOf(buffer, length);
    }

    /**
     * Copies the bytes written into an array.
     *
     * @param target the array
     * @param at where the bytes go in it
     */
    public void copyTo(byte[] target, int at) {
        System.arraycopy(buffer, 0, target, at, length);
    }

    /**
     * Appends one byte.
     *
     * @param b the byte
     * @return this sink
     */
    public ByteSink put(int b) {
        ensure(1);
        buffer[length++] = (byte) b;
        return this;
    }

    /**
     * Appends bytes.
     *
     * @param bytes the bytes
     * @return this sink
     */
    public ByteSink put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
        return this;
    }

    /**
     * Appends text as UTF-8, unescaped. An unpaired surrogate becomes {@code ?}, as
     * {@link String#getBytes(java.nio.charset.Charset)} encodes it.
     *
     * @param text the text
     * @return this sink
     */
    public ByteSink utf8(String text) {
        int n = text.length();
        if (n > 16) {
            // The JDK encodes ASCII-only strings with a vectorized copy; a char loop is slower past a few chars.
            return put(text.getBytes(StandardCharsets.UTF_8));
        }
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                buffer[length++] = (byte) c;
            } else {
                i = nonAscii(text, i, c);
                ensure(n - i);
            }
        }
        return this;
    }

    /**
     * Appends text as the content of a canonical N-Quads string literal: {@code \t \b \n \r \f \" \\}
     * as escapes, the other characters below U+0020 and U+007F as a backslash-u escape with four upper-case
     * hexadecimal digits, everything else as UTF-8.
     *
     * @param text the literal's lexical form
     * @return this sink
     * @see <a href="https://www.w3.org/TR/rdf-canon/#canonical-quads">Canonical N-Quads</a>
     */
    public ByteSink escaped(String text) {
        return escaped(text, N_QUADS_ESCAPES, UPPER_HEX);
    }

    /** The ASCII characters a canonical N-Quads literal escapes. */
    private static final boolean[] N_QUADS_ESCAPES = escapes(0x7F);
    private static final byte[] UPPER_HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    /**
     * The ASCII characters below U+0020, {@code "} and {@code \}, which JSON and N-Quads strings
     * escape, and optionally one more.
     *
     * @param extra one more character to escape, or -1
     * @return a table indexed by character
     */
    public static boolean[] escapes(int extra) {
        boolean[] table = new boolean[0x80];
        for (int c = 0; c < 0x20; c++) {
            table[c] = true;
        }
        table['"'] = true;
        table['\\'] = true;
        if (extra >= 0) {
            table[extra] = true;
        }
        return table;
    }

    /**
     * Appends text as the content of a string literal, the form JSON and N-Quads share: the ASCII
     * characters the table marks escaped ({@code \t \b \n \r \f \" \\} by their letter, any other
     * as a backslash-u escape with four hexadecimal digits), everything else as UTF-8.
     *
     * @param text the text
     * @param escapes the characters to escape, a table of 128 entries (see {@link #escapes(int)})
     * @param hexDigits the sixteen digits of a backslash-u escape, upper or lower case
     * @return this sink
     */
    public ByteSink escaped(String text, boolean[] escapes, byte[] hexDigits) {
        int i = 0;
        while ((i = utf8Until(text, i, escapes)) < text.length()) {
            escape(text.charAt(i++), hexDigits);
        }
        return this;
    }

    /**
     * Appends text as UTF-8 from an index up to the first ASCII character the table marks, with one
     * capacity check for an ASCII run (no intermediate byte array, as {@link String#getBytes} would
     * make per string). An unpaired surrogate becomes {@code ?}, as {@link String#getBytes} encodes it.
     *
     * @param text the text
     * @param from the index of the first character to write
     * @param stop the ASCII characters to stop at, a table of 128 entries
     * @return the index of the character stopped at, or the length of the text
     */
    private int utf8Until(String text, int from, boolean[] stop) {
        int n = text.length();
        // Enough for the rest as ASCII; a longer UTF-8 sequence checks again.
        ensure(n - from);
        byte[] buf = buffer;
        int at = length;
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (stop[c]) {
                    length = at;
                    return i;
                }
                buf[at++] = (byte) c;
            } else {
                length = at;
                i = nonAscii(text, i, c);
                ensure(n - i);
                buf = buffer;
                at = length;
            }
        }
        length = at;
        return n;
    }

    /**
     * Appends a range of bytes.
     *
     * @param bytes the bytes
     * @param from the first index
     * @param to the index after the last
     * @return this sink
     */
    public ByteSink put(byte[] bytes, int from, int to) {
        int count = to - from;
        ensure(count);
        System.arraycopy(bytes, from, buffer, length, count);
        length += count;
        return this;
    }

    private void escape(char c, byte[] hexDigits) {
        switch (c) {
            case '\t': put('\\').put('t'); break;
            case '\b': put('\\').put('b'); break;
            case '\n': put('\\').put('n'); break;
            case '\r': put('\\').put('r'); break;
            case '\f': put('\\').put('f'); break;
            case '"': put('\\').put('"'); break;
            case '\\': put('\\').put('\\'); break;
            default:
                put('\\').put('u').put('0').put('0').put(hexDigits[c >> 4]).put(hexDigits[c & 0xF]);
        }
    }

    /** Encodes the character at {@code i} (not ASCII) and returns the index of its last char. */
    private int nonAscii(String text, int i, char c) {
        ensure(4);
        if (c < 0x800) {
            buffer[length++] = (byte) (0xC0 | c >> 6);
            buffer[length++] = (byte) (0x80 | c & 0x3F);
            return i;
        }
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, text.charAt(i + 1));
            buffer[length++] = (byte) (0xF0 | cp >> 18);
            buffer[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
            buffer[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
            buffer[length++] = (byte) (0x80 | cp & 0x3F);
            return i + 1;
        }
        if (Character.isSurrogate(c)) {
            buffer[length++] = '?';
            return i;
        }
        buffer[length++] = (byte) (0xE0 | c >> 12);
        buffer[length++] = (byte) (0x80 | c >> 6 & 0x3F);
        buffer[length++] = (byte) (0x80 | c & 0x3F);
        return i;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
