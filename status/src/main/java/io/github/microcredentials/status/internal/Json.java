package io.github.microcredentials.status.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Strict JSON for status lists and credentials: duplicate keys rejected, trailing content
 * rejected, bounded nesting and string length (an encoded list of a 16 MB bitstring fits).
 */
public final class Json {

    /** The largest JSON document read: a status list credential or a credential. */
    public static final int MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(MAX_DOCUMENT_BYTES)
                    .maxNumberLength(64)
                    .build())
            .build();

    /** The shared mapper; immutable once built and thread-safe. */
    public static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** Reads one value from a parser positioned on it, leaving the rest of the input to the caller. */
    public static final com.fasterxml.jackson.databind.ObjectReader SUBTREE =
            MAPPER.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    /**
     * Parses a JSON object.
     *
     * @param bytes UTF-8 JSON
     * @return the object
     * @throws IllegalArgumentException with a short reason if the bytes are not one strict JSON object
     */
    public static ObjectNode object(byte[] bytes) {
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new IllegalArgumentException("larger than " + MAX_DOCUMENT_BYTES + " bytes");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not strict JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("not readable JSON: " + e.getMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return (ObjectNode) node;
    }

    /**
     * A parser over bytes with the strict settings, for streaming reads.
     *
     * @param bytes UTF-8 JSON
     * @return the parser
     * @throws IOException if it cannot be created
     */
    public static JsonParser parser(byte[] bytes) throws IOException {
        return FACTORY.createParser(bytes);
    }

    /**
     * Writes a tree as indented UTF-8 JSON.
     *
     * @param node the tree
     * @return the bytes
     */
    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A string member.
     *
     * @param node an object
     * @param name the member
     * @return the text, or empty if absent or not a string
     */
    public static Optional<String> text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
    }

    /**
     * Whether a {@code type} member (a string or an array of strings) includes a type.
     *
     * @param node an object
     * @param type the type name
     * @return {@code true} if it does
     */
    public static boolean hasType(JsonNode node, String type) {
        JsonNode value = node.get("type");
        if (value == null) {
            return false;
        }
        if (value.isTextual()) {
            return value.textValue().equals(type);
        }
        if (value.isArray()) {
            for (JsonNode t : value) {
                if (t.isTextual() && t.textValue().equals(type)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The issuer id: {@code issuer} as a string or {@code issuer.id}.
     *
     * @param credential the credential
     * @return the id, or empty
     */
    public static Optional<String> issuer(JsonNode credential) {
        JsonNode issuer = credential.get("issuer");
        if (issuer != null && issuer.isObject()) {
            issuer = issuer.get("id");
        }
        return issuer != null && issuer.isTextual() ? Optional.of(issuer.textValue()) : Optional.empty();
    }
}
