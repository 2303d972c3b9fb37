package io.github.microcredentials.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.core.CredentialParseException;

/**
 * Turns one JSON value into a model value.
 *
 * @param <T> the model type
 */
@FunctionalInterface
public interface Decoder<T> {

    /**
     * Decodes a value.
     *
     * @param node the JSON value, never a JSON null
     * @param pointer the JSON Pointer of the value
     * @param context the read in progress
     * @return the model value
     * @throws CredentialParseException if the value is not acceptable; the exception names the pointer
     */
    T decode(JsonNode node, String pointer, ReadContext context) throws CredentialParseException;
}
