package io.github.microcredentials.signing.internal.jades;

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
     * Checks that the bytes are well-formed UTF-8 and writes them as a JSON string after a prefix,
     * in one pass.
     *
     * @param prefix ASCII bytes to start with
     * @param bytes the payload
     * @return the prefix and the quoted, escaped payload; empty if the bytes are not
     *     shortest-form UTF-8 of scalar values (RFC 3629)
     */
    static java.util.Optional<Escaped> escape(byte[] prefix, byte[] bytes) {
        byte[] out = new byte[prefix.length + bytes.length + (bytes.length >> 2) + 16];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        int pos = prefix.length;
        out[pos++] = '"';
        int i = 0;
        while (i < bytes.length) {
            if (pos + 8 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length + (out.length >> 1) + 16);
            }
            byte value = bytes[i];
            int extra = EXTRA[value & 0xff];
            if (extra == 0) {
                out[pos++] = value;
                i++;
            } else if (extra > 0) {
                pos = escapeByte(value & 0xff, out, pos);
                i++;
            } else {
                int sequence = sequenceLength(bytes, i);
                if (sequence < 0) {
                    return java.util.Optional.empty();
                }
                System.arraycopy(bytes, i, out, pos, sequence);
                pos += sequence;
                i += sequence;
            }
        }
        out[pos++] = '"';
        return java.util.Optional.of(new Escaped(out, pos));
    }

    /** Bytes of which the first {@code length} are used. */
    record Escaped(byte[] bytes, int length) {
    }

    private static int escapeByte(int b, byte[] out, int at) {
        int pos = at;
        out[pos++] = '\\';
        switch (b) {
            case '"': out[pos++] = '"'; break;
            case '\\': out[pos++] = '\\'; break;
            case '\n': out[pos++] = 'n'; break;
            case '\r': out[pos++] = 'r'; break;
            case '\t': out[pos++] = 't'; break;
            default:
                out[pos++] = 'u';
                out[pos++] = '0';
                out[pos++] = '0';
                out[pos++] = HEX[b >> 4];
                out[pos++] = HEX[b & 0xf];
        }
        return pos;
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

    /** Per byte value: extra bytes its JSON escape needs (0, 1 or 5); -1 for non-ASCII bytes. */
    private static final byte[] EXTRA = new byte[256];

    static {
        for (int b = 0; b < 256; b++) {
            EXTRA[b] = (byte) (b >= 0x80 ? -1 : b == '"' || b == '\\' || b == '\n' || b == '\r' || b == '\t' ? 1 : b < 0x20 ? 5 : 0);
        }
    }
}
