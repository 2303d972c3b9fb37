package io.github.microcredentials.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/** Writes the members of one JSON object, leaving out absent values and empty lists. */
public final class JsonOut {

    private final ObjectNode node = JsonNodeFactory.instance.objectNode();

    private JsonOut() {
    }

    /**
     * Starts an object.
     *
     * @return a writer of an empty object
     */
    public static JsonOut object() {
        return new JsonOut();
    }

    /**
     * Writes a member.
     *
     * @param name the member name
     * @param value the value
     * @param encoder how to encode it
     * @param <T> the model type
     * @return this writer
     */
    public <T> JsonOut put(String name, T value, Encoder<? super T> encoder) {
        node.set(name, encoder.encode(value));
        return this;
    }

    /**
     * Writes a member if the value is present.
     *
     * @param name the member name
     * @param value the value
     * @param encoder how to encode it
     * @param <T> the model type
     * @return this writer
     */
    public <T> JsonOut optional(String name, Optional<T> value, Encoder<? super T> encoder) {
        value.ifPresent(v -> node.set(name, encoder.encode(v)));
        return this;
    }

    /**
     * Writes an array member if the list is not empty.
     *
     * @param name the member name
     * @param values the elements
     * @param encoder how to encode each
     * @param <T> the model type
     * @return this writer
     */
    public <T> JsonOut list(String name, List<T> values, Encoder<? super T> encoder) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(v -> array.add(encoder.encode(v)));
        }
        return this;
    }

    /**
     * Writes a boolean member if it is {@code true}; absent reads as {@code false}.
     *
     * @param name the member name
     * @param value the value
     * @return this writer
     */
    public JsonOut flag(String name, boolean value) {
        if (value) {
            node.put(name, true);
        }
        return this;
    }

    /**
     * The object written.
     *
     * @return the JSON object
     */
    public ObjectNode node() {
        return node;
    }

    /**
     * The object written, as a JSON value.
     *
     * @return the JSON object
     */
    public JsonNode done() {
        return node;
    }
}
