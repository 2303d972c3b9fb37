package io.github.microcredentials.signing.internal.json;

import io.github.microcredentials.signing.internal.rdf.canon.ByteSink;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes JSON-P values as UTF-8 bytes, byte for byte what {@link JsonText} writes encoded as
 * UTF-8, without the intermediate string: pretty (two-space indentation, {@code \n}, final line
 * feed) or compact.
 */
public final class JsonBytes {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** What a JSON string escapes: the characters below U+0020, {@code "} and {@code \} (as {@link JsonText}). */
    private static final boolean[] ESCAPES = ByteSink.escapes(-1);
    private static final byte[] SPACES = " ".repeat(64).getBytes(StandardCharsets.US_ASCII);

    private JsonBytes() {
    }

    /**
     * Writes a value with indentation, ending in a newline.
     *
     * @param value the value
     * @return UTF-8 JSON
     */
    public static byte[] pretty(JsonValue value) {
        return pretty(value, 8192);
    }

    /**
     * Writes a value with indentation, ending in a newline, into a buffer of about the size expected.
     *
     * @param value the value
     * @param expectedSize the size the output is expected to have: a buffer that fits is not grown
     *     (copied) while writing
     * @return UTF-8 JSON
     */
    public static byte[] pretty(JsonValue value, int expectedSize) {
        ByteSink out = new ByteSink(expectedSize);
        write(value, out, 0);
        return out.put('\n').toArray();
    }

    /**
     * Writes a value compactly, without line breaks.
     *
     * @param value the value
     * @return UTF-8 JSON
     */
    public static byte[] compact(JsonValue value) {
        return compact(value, 4096);
    }

    /**
     * Writes a value compactly, without line breaks, into a buffer of about the size expected.
     *
     * @param value the value
     * @param expectedSize the size the output is expected to have
     * @return UTF-8 JSON
     */
    public static byte[] compact(JsonValue value, int expectedSize) {
        ByteSink out = new ByteSink(expectedSize);
        write(value, out, -1);
        return out.toArray();
    }

    /**
     * Writes an object compactly that extends one already in compact form: when {@code extended}
     * has the members of {@code original}, in the same order and with the very same values, followed
     * by new members, the original's bytes are copied and only the new members are written.
     * Otherwise the whole object is written. The result is the same bytes as
     * {@link #compact(JsonValue, int) compact(extended)} either way.
     *
     * @param original an object
     * @param originalCompact exactly what {@link #compact(JsonValue)} writes for {@code original}
     *     (see {@link StrictJson#parseObjectAndForm})
     * @param extended the object to write
     * @return UTF-8 JSON
     */
    public static byte[] compactExtending(JsonObject original, byte[] originalCompact, JsonObject extended) {
        int expectedSize = originalCompact.length + 1024;
        Iterator<Map.Entry<String, JsonValue>> members = extended.entrySet().iterator();
        for (Map.Entry<String, JsonValue> kept : original.entrySet()) {
            if (!members.hasNext()) {
                return compact(extended, expectedSize);
            }
            Map.Entry<String, JsonValue> member = members.next();
            if (member.getValue() != kept.getValue() || !member.getKey().equals(kept.getKey())) {
                return compact(extended, expectedSize);
            }
        }
        // The new members are written on their own and the output allocated at its size: no buffer
        // the size of the whole credential to fill and then copy again.
        ByteSink added = new ByteSink(1024);
        boolean first = original.isEmpty();
        while (members.hasNext()) {
            Map.Entry<String, JsonValue> member = members.next();
            if (!first) {
                added.put(',');
            }
            first = false;
            string(member.getKey(), added);
            added.put(':');
            write(member.getValue(), added, -1);
        }
        int kept = originalCompact.length - 1;
        byte[] out = new byte[kept + added.length() + 1];
        System.arraycopy(originalCompact, 0, out, 0, kept);
        added.copyTo(out, kept);
        out[out.length - 1] = '}';
        return out;
    }

    private static void write(JsonValue value, ByteSink out, int indent) {
        switch (value.getValueType()) {
            case OBJECT:
                object(value.asJsonObject(), out, indent);
                break;
            case ARRAY:
                array(value.asJsonArray(), out, indent);
                break;
            case STRING:
                string(((JsonString) value).getString(), out);
                break;
            default:
                out.utf8(value.toString());
        }
    }

    private static void object(JsonObject object, ByteSink out, int indent) {
        if (object.isEmpty()) {
            out.put('{').put('}');
            return;
        }
        out.put('{');
        boolean first = true;
        int inner = indent < 0 ? -1 : indent + 1;
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            if (!first) {
                out.put(',');
            }
            first = false;
            newline(out, inner);
            string(member.getKey(), out);
            out.put(':');
            if (indent >= 0) {
                out.put(' ');
            }
            write(member.getValue(), out, inner);
        }
        newline(out, indent);
        out.put('}');
    }

    private static void array(JsonArray array, ByteSink out, int indent) {
        if (array.isEmpty()) {
            out.put('[').put(']');
            return;
        }
        out.put('[');
        int inner = indent < 0 ? -1 : indent + 1;
        for (int i = 0; i < array.size(); i++) {
            if (i > 0) {
                out.put(',');
            }
            newline(out, inner);
            write(array.get(i), out, inner);
        }
        newline(out, indent);
        out.put(']');
    }

    private static void newline(ByteSink out, int indent) {
        if (indent >= 0) {
            out.put('\n');
            for (int left = 2 * indent; left > 0; left -= SPACES.length) {
                out.put(SPACES, 0, Math.min(left, SPACES.length));
            }
        }
    }

    private static void string(String text, ByteSink out) {
        // Encoded straight into the sink, with no byte array per string as String.getBytes makes.
        out.put('"').escaped(text, ESCAPES, HEX).put('"');
    }
}
