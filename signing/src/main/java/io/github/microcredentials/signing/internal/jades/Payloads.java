package io.github.microcredentials.signing.internal.jades;

import java.io.ByteArrayOutputStream;

/**
 * Byte-level handling of a JAdES payload, so that a large credential is checked and embedded in
 * one pass without decoding it to a string: strict UTF-8 (RFC 3629: no overlong forms, no
 * surrogates) and JSON string escaping of the bytes that need it.
 */
final class Payloads {

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private Payloads() {
    }

    /**
     * Whether the bytes are well-formed UTF-8.
     *
     * @param bytes the bytes
     * @return {@code true} if every sequence is a shortest-form encoding of a scalar value
     */
    static boolean isUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
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
                return false;
            }
            if (i + length > bytes.length) {
                return false;
            }
            int code = b & (0xff >> (length + 1));
            for (int k = 1; k < length; k++) {
                int c = bytes[i + k] & 0xff;
                if ((c & 0xc0) != 0x80) {
                    return false;
                }
                code = (code << 6) | (c & 0x3f);
            }
            if (code < min || code > 0x10ffff || code >= 0xd800 && code <= 0xdfff) {
                return false;
            }
            i += length;
        }
        return true;
    }

    /**
     * Writes UTF-8 bytes as the content of a JSON string: quote, backslash and control bytes are
     * escaped, every other byte (multi-byte UTF-8 sequences included) is copied.
     *
     * @param bytes well-formed UTF-8
     * @param out where to write
     */
    static void writeJsonString(byte[] bytes, ByteArrayOutputStream out) {
        out.write('"');
        int run = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b >= 0x20 && b != '"' && b != '\\') {
                continue;
            }
            out.write(bytes, run, i - run);
            run = i + 1;
            out.write('\\');
            switch (b) {
                case '"': out.write('"'); break;
                case '\\': out.write('\\'); break;
                case '\n': out.write('n'); break;
                case '\r': out.write('r'); break;
                case '\t': out.write('t'); break;
                default:
                    out.write('u');
                    out.write('0');
                    out.write('0');
                    out.write(HEX[b >> 4]);
                    out.write(HEX[b & 0xf]);
            }
        }
        out.write(bytes, run, bytes.length - run);
        out.write('"');
    }
}
