package io.github.microcredentials.signing.internal.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * Writes JSON-P values as text: compact, or pretty with two-space indentation and {@code \n} line
 * ends. Member order is kept; non-ASCII characters are written as they are (UTF-8).
 */
public final class JsonText {

    private JsonText() {
    }

    /**
     * Writes a value compactly.
     *
     * @param value the value
     * @return the text
     */
    public static String compact(JsonValue value) {
        StringBuilder out = new StringBuilder(4096);
        write(value, out, -1);
        return out.toString();
    }

    /**
     * Writes a value with indentation, ending in a newline.
     *
     * @param value the value
     * @return the text
     */
    public static String pretty(JsonValue value) {
        StringBuilder out = new StringBuilder(8192);
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private static void write(JsonValue value, StringBuilder out, int indent) {
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
                out.append(value.toString());
        }
    }

    private static void object(JsonObject object, StringBuilder out, int indent) {
        if (object.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            out.append(first ? "" : ",");
            first = false;
            newline(out, indent < 0 ? -1 : indent + 1);
            string(member.getKey(), out);
            out.append(indent < 0 ? ":" : ": ");
            write(member.getValue(), out, indent < 0 ? -1 : indent + 1);
        }
        newline(out, indent);
        out.append('}');
    }

    private static void array(JsonArray array, StringBuilder out, int indent) {
        if (array.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < array.size(); i++) {
            out.append(i == 0 ? "" : ",");
            newline(out, indent < 0 ? -1 : indent + 1);
            write(array.get(i), out, indent < 0 ? -1 : indent + 1);
        }
        newline(out, indent);
        out.append(']');
    }

    private static final String SPACES = " ".repeat(2 * 32);

    private static void newline(StringBuilder out, int indent) {
        if (indent >= 0) {
            out.append('\n');
            for (int left = 2 * indent; left > 0; left -= SPACES.length()) {
                out.append(SPACES, 0, Math.min(left, SPACES.length()));
            }
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        int plain = 0;
        while (plain < text.length() && text.charAt(plain) >= 0x20 && text.charAt(plain) != '"' && text.charAt(plain) != '\\') {
            plain++;
        }
        // Most strings need no escape: append them in one go.
        out.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }
}
