package io.github.microcredentials.core.internal.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where each JSON Pointer of a JSON document starts: line and column (both from 1, columns in
 * UTF-16 code units, as SARIF counts them by default). A member is placed at its name, an array
 * element at its value. A pointer that names nothing in the document (a missing element, which is
 * what many findings report) is placed at its nearest ancestor that exists.
 *
 * <p>Input that is not well-formed UTF-8 JSON yields no positions: the report still names the
 * pointer, it only lacks a line.
 */
public final class JsonPositions {

    /** A position in the text. */
    public record Position(int line, int column) {
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(256).build())
            .build();

    private static final JsonPositions NONE = new JsonPositions(Map.of());

    private final Map<String, Position> positions;

    private JsonPositions(Map<String, Position> positions) {
        this.positions = positions;
    }

    /**
     * Indexes a document.
     *
     * @param json the document's bytes, UTF-8
     * @return the positions; none when the bytes are not well-formed JSON
     */
    public static JsonPositions of(byte[] json) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(json)).toString();
            return new JsonPositions(index(text));
        } catch (IOException | RuntimeException e) {
            // Not JSON we can place: findings keep their pointers, without lines.
            return NONE;
        }
    }

    /** Parsing from a String makes the parser count columns in chars, that is UTF-16 code units. */
    private static Map<String, Position> index(String text) throws IOException {
        Map<String, Position> map = new HashMap<>();
        Deque<Frame> path = new ArrayDeque<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                @Nullable Frame parent = path.peek();
                if (token == JsonToken.FIELD_NAME && parent != null) {
                    parent.member = parent.pointer + "/" + escape(parser.currentName());
                    map.putIfAbsent(parent.member, position(parser.currentTokenLocation()));
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    path.pop();
                    continue;
                }
                String pointer = pointerOfValue(parent);
                map.putIfAbsent(pointer, position(parser.currentTokenLocation()));
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    path.push(new Frame(pointer, token == JsonToken.START_ARRAY));
                }
            }
        }
        return map;
    }

    private static String pointerOfValue(@Nullable Frame parent) {
        if (parent == null) {
            return "";
        }
        if (parent.array) {
            return parent.pointer + "/" + parent.next++;
        }
        return parent.member;
    }

    private static Position position(JsonLocation location) {
        return new Position(location.getLineNr(), location.getColumnNr());
    }

    /** RFC 6901 §3: "~" becomes "~0", "/" becomes "~1". */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * The position of a pointer, or of its nearest existing ancestor.
     *
     * @param pointer a JSON Pointer
     * @return the position, empty when the document had none (not JSON)
     */
    public Optional<Position> find(String pointer) {
        String current = pointer;
        while (true) {
            Position found = positions.get(current);
            if (found != null || current.isEmpty()) {
                return Optional.ofNullable(found);
            }
            current = current.substring(0, Math.max(0, current.lastIndexOf('/')));
        }
    }

    /** One open object or array. */
    private static final class Frame {
        final String pointer;
        final boolean array;
        int next;
        String member = "";

        Frame(String pointer, boolean array) {
            this.pointer = pointer;
            this.array = array;
        }
    }
}
