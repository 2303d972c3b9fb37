package io.github.microcredentials.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns one model value into a JSON value.
 *
 * @param <T> the model type
 */
@FunctionalInterface
public interface Encoder<T> {

    /**
     * Encodes a value.
     *
     * @param value the model value
     * @return the JSON value
     */
    JsonNode encode(T value);
}
