package io.github.microcredentials.signing.internal.json;

import io.github.microcredentials.core.internal.json.JsonParsing;
import io.github.microcredentials.core.json.ReadLimits;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * A strict JSON reader straight from UTF-8 bytes into {@link JsonTree} values, for the documents
 * that are well-formed in the plainest way. It accepts a subset of what {@link StrictJson}'s
 * provider-based parser accepts and yields equal values; anything else (a BOM, a top-level
 * scalar, an unusual number, malformed UTF-8, an error of any kind) makes it give up, and the
 * caller runs the provider-based parser, which then produces the value or the exact error.
 */
final class JsonReader {

    /** Gives up; carries no stack trace (it is control flow). */
    static final class GiveUp extends Exception {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();
    /** The characters {@link JsonBytes} escapes by a letter rather than a backslash-u escape. */
    private static final String SHORT_ESCAPES = "\b\f\n\r\t";
    private static final int KEY_CACHE = 1024;

    /** Room for the members of an object before its arrays grow: most nodes of a credential fit. */
    private static final int MEMBERS = 8;
    /** Room for the items of an array before it grows: a credential's arrays are mostly short (types, contexts, a few results). */
    private static final int ITEMS = 4;
    private static final JsonValue[] NO_ITEMS = {};
    /**
     * Recently read object keys, reused so that keys repeated across documents keep their hash.
     * Bounded ({@value #KEY_CACHE} slots, an entry replaces the one in its slot) and safe under
     * concurrency: entries are immutable and published with release/acquire, so a reader sees a
     * complete entry or none; two threads writing one slot only cost a miss. It holds member names,
     * never values.
     */
    private static final AtomicReferenceArray<CachedKey> KEYS = new AtomicReferenceArray<>(KEY_CACHE);

    /** A key and its bytes; immutable. */
    private static final class CachedKey {
        final byte[] bytes;
        final String key;

        CachedKey(byte[] bytes, String key) {
            this.bytes = bytes;
            this.key = key;
        }
    }

    private final byte[] in;
    private int at;
    private final int maxDepth;
    private final int maxString;
    private final int maxNumber;
    private final int maxTokens;
    private int tokens;
    private char[] chars = new char[64];
    /** Whether the bytes so far are what {@link JsonBytes#compact} writes for what they hold. */
    private boolean compactForm = true;
    /** Where the large objects were read from, if asked for. */
    private final @Nullable JsonSpans spans;

    private JsonReader(byte[] in, ReadLimits limits, @Nullable JsonSpans spans) {
        this.in = in;
        this.spans = spans;
        this.maxDepth = limits.maxDepth();
        this.maxString = limits.maxStringLength();
        this.maxNumber = limits.maxNumberLength();
        this.maxTokens = limits.maxElements();
    }

    /**
     * A document read, and whether it is in compact form: {@link JsonBytes#compact} writes its value
     * as exactly the bytes it was read from (no whitespace between tokens, every escape the one the
     * writer uses, every number as the writer prints it).
     *
     * @param value the value
     * @param compactForm whether the bytes are the value's compact form
     * @param spans where its large objects were read from, if asked for, else none
     */
    record Read(JsonValue value, boolean compactForm, JsonSpans spans) {
    }

    /**
     * Reads a document whose top level is an object or an array.
     *
     * @param bytes UTF-8 JSON
     * @param limits the limits {@link StrictJson} applies; at any of them this reader gives up, and
     *     the provider-based parser reports the exact error
     * @return the value, and whether the bytes are its compact form
     * @throws GiveUp if the document is not one this reader handles
     */
    static Read read(byte[] bytes, ReadLimits limits) throws GiveUp {
        return read(bytes, limits, false);
    }

    /**
     * Reads a document, and if asked where each object of {@link JsonSpans#MIN_BYTES} or more was
     * read from.
     *
     * @param bytes UTF-8 JSON, which the caller does not change while the spans are in use
     * @param limits the limits
     * @param recordSpans whether to record the spans
     * @return the value, whether the bytes are its compact form, and the spans
     * @throws GiveUp if the document is not one this reader handles
     */
    static Read read(byte[] bytes, ReadLimits limits, boolean recordSpans) throws GiveUp {
        JsonReader reader = new JsonReader(bytes, limits, recordSpans ? new JsonSpans(bytes) : null);
        reader.skipSpace();
        JsonValue value;
        if (reader.peek() == '{') {
            value = reader.object(0);
        } else if (reader.peek() == '[') {
            value = reader.array(0);
        } else {
            throw GIVE_UP;
        }
        reader.skipSpace();
        if (reader.at != bytes.length) {
            throw GIVE_UP;
        }
        return new Read(value, reader.compactForm, reader.spans == null ? JsonSpans.none() : reader.spans);
    }

    private JsonValue value(int depth) throws GiveUp {
        count();
        switch (peek()) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return new JsonTree.Str(string());
            case 't':
                literal("true");
                return JsonValue.TRUE;
            case 'f':
                literal("false");
                return JsonValue.FALSE;
            case 'n':
                literal("null");
                return JsonValue.NULL;
            default:
                return number();
        }
    }

    private JsonValue object(int depth) throws GiveUp {
        if (depth >= maxDepth - 1) {
            throw GIVE_UP;
        }
        int start = at;
        at++;
        skipSpace();
        if (peek() == '}') {
            at++;
            count();
            return JsonTree.Obj.empty();
        }
        String[] keys = new String[MEMBERS];
        JsonValue[] values = new JsonValue[MEMBERS];
        int size = 0;
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw GIVE_UP;
            }
            count();
            String key = key();
            skipSpace();
            expect(':');
            skipSpace();
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size++] = value(depth + 1);
            skipSpace();
            int c = next();
            if (c == '}') {
                count();
                JsonTree.Obj object = JsonTree.Obj.of(keys, values, size);
                if (object == null) {
                    // A repeated key: the provider's parser names it.
                    throw GIVE_UP;
                }
                if (spans != null && at - start >= JsonSpans.MIN_BYTES) {
                    spans.add(object, start, at);
                }
                return object;
            }
            if (c != ',') {
                throw GIVE_UP;
            }
        }
    }

    private JsonValue array(int depth) throws GiveUp {
        if (depth >= maxDepth - 1) {
            throw GIVE_UP;
        }
        at++;
        skipSpace();
        if (peek() == ']') {
            at++;
            count();
            return new JsonTree.Arr(NO_ITEMS);
        }
        JsonValue[] items = new JsonValue[ITEMS];
        int size = 0;
        while (true) {
            skipSpace();
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value(depth + 1);
            skipSpace();
            int c = next();
            if (c == ']') {
                count();
                return new JsonTree.Arr(size == items.length ? items : Arrays.copyOf(items, size));
            }
            if (c != ',') {
                throw GIVE_UP;
            }
        }
    }

    /** An object key; plain ASCII keys come from a small cache of recent keys. */
    private String key() throws GiveUp {
        int start = at + 1;
        int hash = 0;
        int i = start;
        while (i < in.length) {
            byte b = in[i];
            if (b == '"') {
                if (i - start > maxString) {
                    throw GIVE_UP;
                }
                return cachedKey(start, i, hash);
            }
            if (b == '\\' || b < 0x20) {
                break;
            }
            hash = 31 * hash + b;
            i++;
        }
        return string();
    }

    private String cachedKey(int start, int end, int hash) {
        int slot = (hash ^ hash >>> 16) & KEY_CACHE - 1;
        CachedKey known = KEYS.getAcquire(slot);
        at = end + 1;
        if (known != null && Arrays.equals(known.bytes, 0, known.bytes.length, in, start, end)) {
            return known.key;
        }
        String key = new String(in, start, end - start, StandardCharsets.ISO_8859_1);
        KEYS.setRelease(slot, new CachedKey(Arrays.copyOfRange(in, start, end), key));
        return key;
    }

    /** A string: ASCII copied in one go, other UTF-8 decoded and checked, escapes resolved. */
    private String string() throws GiveUp {
        at++;
        int start = at;
        while (at < in.length) {
            byte b = in[at];
            if (b == '"') {
                if (at - start > maxString) {
                    throw GIVE_UP;
                }
                String plain = new String(in, start, at - start, StandardCharsets.ISO_8859_1);
                at++;
                return plain;
            }
            if (b == '\\' || b < 0x20) {
                break;
            }
            at++;
        }
        at = start;
        return complexString();
    }

    private String complexString() throws GiveUp {
        int length = 0;
        boolean surrogates = false;
        while (true) {
            if (at >= in.length) {
                throw GIVE_UP;
            }
            int b = in[at++] & 0xFF;
            if (b == '"') {
                break;
            }
            if (length + 2 > chars.length) {
                chars = Arrays.copyOf(chars, chars.length * 2);
            }
            if (b == '\\') {
                char c = escape();
                surrogates |= Character.isSurrogate(c);
                chars[length++] = c;
            } else if (b < 0x20) {
                throw GIVE_UP;
            } else if (b < 0x80) {
                chars[length++] = (char) b;
            } else {
                int cp = utf8(b);
                if (cp >= 0x10000) {
                    chars[length++] = Character.highSurrogate(cp);
                    chars[length++] = Character.lowSurrogate(cp);
                } else {
                    chars[length++] = (char) cp;
                }
            }
        }
        if (length > maxString) {
            throw GIVE_UP;
        }
        String text = new String(chars, 0, length);
        if (surrogates && !pairedSurrogates(text)) {
            throw GIVE_UP;
        }
        return text;
    }

    /**
     * Resolves an escape. Those {@link JsonBytes} does not write (an escaped solidus, a backslash-u
     * escape of a character written as itself or by its letter, upper-case hexadecimal digits) mean
     * the document is not in compact form.
     */
    private char escape() throws GiveUp {
        int c = next();
        switch (c) {
            case '"': return '"';
            case '\\': return '\\';
            case '/':
                compactForm = false;
                return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u': {
                int value = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(next(), 16);
                    if (digit < 0) {
                        throw GIVE_UP;
                    }
                    value = value * 16 + digit;
                }
                if (value == 0) {
                    // NUL: the provider-based parser refuses it with its message.
                    throw GIVE_UP;
                }
                int last = in[at - 1];
                if (value >= 0x20 || SHORT_ESCAPES.indexOf(value) >= 0 || last >= 'A' && last <= 'F') {
                    compactForm = false;
                }
                return (char) value;
            }
            default:
                throw GIVE_UP;
        }
    }

    /** Decodes one UTF-8 sequence after its lead byte; rejects what the JDK's strict decoder rejects. */
    private int utf8(int lead) throws GiveUp {
        int count;
        int cp;
        int min;
        if (lead >= 0xC2 && lead <= 0xDF) {
            count = 1;
            cp = lead & 0x1F;
            min = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            count = 2;
            cp = lead & 0x0F;
            min = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            count = 3;
            cp = lead & 0x07;
            min = 0x10000;
        } else {
            throw GIVE_UP;
        }
        for (int i = 0; i < count; i++) {
            int b = next();
            if ((b & 0xC0) != 0x80) {
                throw GIVE_UP;
            }
            cp = cp << 6 | b & 0x3F;
        }
        if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
            throw GIVE_UP;
        }
        return cp;
    }

    private static boolean pairedSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** A number as RFC 8259 writes it: {@code -?(0|[1-9]d*)(.d+)?([eE][+-]?d+)?}. */
    private JsonValue number() throws GiveUp {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        int digits = digits();
        if (digits == 0 || digits > 1 && in[at - digits] == '0') {
            throw GIVE_UP;
        }
        boolean integer = true;
        if (peek() == '.') {
            at++;
            integer = false;
            if (digits() == 0) {
                throw GIVE_UP;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            integer = false;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            if (digits() == 0) {
                throw GIVE_UP;
            }
        }
        int length = at - start;
        if (length > maxNumber) {
            throw GIVE_UP;
        }
        if (integer && length <= 18) {
            long value = 0;
            for (int i = in[start] == '-' ? start + 1 : start; i < at; i++) {
                value = value * 10 + in[i] - '0';
            }
            if (value == 0 && in[start] == '-') {
                compactForm = false;          // written back as 0
            }
            return new JsonTree.Num(BigDecimal.valueOf(in[start] == '-' ? -value : value));
        }
        BigDecimal value;
        try {
            value = new BigDecimal(new String(in, start, length, StandardCharsets.ISO_8859_1));
        } catch (NumberFormatException e) {
            throw GIVE_UP;
        }
        if (Math.abs((long) value.scale()) > JsonParsing.MAX_SCALE) {
            throw GIVE_UP;
        }
        if (compactForm && !value.toString().equals(new String(in, start, length, StandardCharsets.ISO_8859_1))) {
            compactForm = false;              // an exponent or a form BigDecimal prints otherwise
        }
        return new JsonTree.Num(value);
    }

    private int digits() {
        int start = at;
        while (at < in.length && in[at] >= '0' && in[at] <= '9') {
            at++;
        }
        return at - start;
    }

    private void count() throws GiveUp {
        if (++tokens > maxTokens) {
            throw GIVE_UP;
        }
    }

    private void literal(String word) throws GiveUp {
        for (int i = 0; i < word.length(); i++) {
            if (next() != word.charAt(i)) {
                throw GIVE_UP;
            }
        }
    }

    private void expect(char c) throws GiveUp {
        if (next() != c) {
            throw GIVE_UP;
        }
    }

    private int peek() {
        return at < in.length ? in[at] & 0xFF : -1;
    }

    private int next() throws GiveUp {
        if (at >= in.length) {
            throw GIVE_UP;
        }
        return in[at++] & 0xFF;
    }

    private void skipSpace() {
        int start = at;
        while (at < in.length) {
            byte b = in[at];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                break;
            }
            at++;
        }
        if (at != start) {
            compactForm = false;
        }
    }
}
