package io.github.microcredentials.signing.internal.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the large objects of one parsed document were read from: the bytes of each object of at
 * least {@value #MIN_BYTES} bytes, by the object's identity. It holds the input array, so it lives
 * as long as one use of the document (a signature) and no longer; nothing that outlives it may keep
 * it. Not thread-safe while being filled; read-only afterwards.
 */
public final class JsonSpans {

    /** Smaller objects are not recorded. */
    public static final int MIN_BYTES = 256;

    private static final JsonSpans NONE = new JsonSpans(new byte[0]);

    private final byte[] source;
    private final Map<JsonObject, JsonSpan> spans = new IdentityHashMap<>();

    JsonSpans(byte[] source) {
        this.source = source;
    }

    /**
     * No spans: for a document built, or parsed without recording them.
     *
     * @return the empty spans
     */
    public static JsonSpans none() {
        return NONE;
    }

    void add(JsonObject object, int from, int to) {
        spans.put(object, new JsonSpan(source, from, to));
    }

    /**
     * Whether no span is known.
     *
     * @return {@code true} for {@link #none()}, for a document the provider's parser read (where the
     *     fast reader gives up) and for one without objects of {@link #MIN_BYTES}
     */
    public boolean isEmpty() {
        return spans.isEmpty();
    }

    /**
     * The bytes an object was read from.
     *
     * @param value a value of the document
     * @return its span, or null if it is not an object of the document of at least {@link #MIN_BYTES}
     */
    public @Nullable JsonSpan of(JsonValue value) {
        return value instanceof JsonObject object ? spans.get(object) : null;
    }
}
