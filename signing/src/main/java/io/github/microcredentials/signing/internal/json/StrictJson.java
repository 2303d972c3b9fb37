package io.github.microcredentials.signing.internal.json;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Strict parsing of untrusted JSON into JSON-P values: valid UTF-8 only, no duplicate keys, no
 * unpaired surrogates, no trailing content, bounded size and nesting. Every failure is a
 * {@link CredentialParseException} with a JSON Pointer.
 */
public final class StrictJson {

    /** The JSON-P provider, looked up once (a lookup per call is slow). */
    public static final JsonProvider PROVIDER = JsonProvider.provider();

    /** The largest document accepted, in bytes. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    /** The deepest nesting accepted. */
    public static final int MAX_DEPTH = 64;

    private StrictJson() {
    }

    /**
     * Parses a JSON object.
     *
     * @param bytes UTF-8 JSON
     * @return the object
     * @throws CredentialParseException if the input is not one strict JSON object within the limits
     */
    public static JsonObject parseObject(byte[] bytes) throws CredentialParseException {
        JsonValue value = parse(bytes);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new CredentialParseException(Problem.WRONG_TYPE, "", "expected a JSON object");
        }
        return value.asJsonObject();
    }

    /**
     * Parses a JSON value.
     *
     * @param bytes UTF-8 JSON
     * @return the value
     * @throws CredentialParseException if the input is not one strict JSON value within the limits
     */
    public static JsonValue parse(byte[] bytes) throws CredentialParseException {
        if (bytes.length > MAX_BYTES) {
            throw new CredentialParseException(Problem.TOO_LARGE, "", "document larger than " + MAX_BYTES + " bytes");
        }
        try {
            return JsonReader.read(bytes, MAX_DEPTH);
        } catch (JsonReader.GiveUp e) {
            return parseWithProvider(bytes);
        }
    }

    /**
     * Parses a JSON value with the JSON-P provider, the reference for {@link #parse(byte[])}, which
     * uses it for whatever its own reader leaves (and for every error).
     *
     * @param bytes UTF-8 JSON, at most {@link #MAX_BYTES}
     * @return the value
     * @throws CredentialParseException if the input is not one strict JSON value within the limits
     */
    public static JsonValue parseWithProvider(byte[] bytes) throws CredentialParseException {
        String text = decode(bytes);
        try (JsonParser parser = PROVIDER.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new CredentialParseException(Problem.MALFORMED, "", "empty input, expected a JSON value");
            }
            JsonValue value = new Builder(parser).value(parser.next());
            if (parser.hasNext()) {
                throw new CredentialParseException(Problem.MALFORMED, "", "unexpected content after the JSON value");
            }
            return value;
        } catch (JsonParsingException e) {
            throw new CredentialParseException(Problem.MALFORMED, "", "malformed JSON (line "
                    + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ")", e);
        } catch (jakarta.json.JsonException e) {
            throw new CredentialParseException(Problem.MALFORMED, "", "malformed JSON: " + e.getMessage(), e);
        }
    }

    private static String decode(byte[] bytes) throws CredentialParseException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new CredentialParseException(Problem.MALFORMED, "", "not valid UTF-8", e);
        }
    }

    /** Builds values from parser events, tracking the JSON Pointer for error messages. */
    private static final class Builder {
        private final JsonParser parser;
        private final Deque<String> path = new ArrayDeque<>();

        Builder(JsonParser parser) {
            this.parser = parser;
        }

        JsonValue value(JsonParser.Event event) throws CredentialParseException {
            switch (event) {
                case START_OBJECT:
                    return object();
                case START_ARRAY:
                    return array();
                case VALUE_STRING:
                    return PROVIDER.createValue(checked(parser.getString()));
                case VALUE_NUMBER:
                    return number();
                case VALUE_TRUE:
                    return JsonValue.TRUE;
                case VALUE_FALSE:
                    return JsonValue.FALSE;
                case VALUE_NULL:
                    return JsonValue.NULL;
                default:
                    throw fail(Problem.MALFORMED, "unexpected " + event);
            }
        }

        private JsonValue number() throws CredentialParseException {
            try {
                return PROVIDER.createValue(parser.getBigDecimal());
            } catch (NumberFormatException | ArithmeticException e) {
                // BigDecimal's exponent is an int: 1e99999999999 is valid JSON but no number here.
                throw fail(Problem.MALFORMED, "number out of range: " + e.getMessage());
            }
        }

        private JsonValue object() throws CredentialParseException {
            depth();
            JsonObjectBuilder builder = PROVIDER.createObjectBuilder();
            Set<String> keys = new HashSet<>();
            JsonParser.Event event;
            while ((event = parser.next()) != JsonParser.Event.END_OBJECT) {
                String key = checked(parser.getString());
                path.addLast(escape(key));
                if (!keys.add(key)) {
                    throw fail(Problem.DUPLICATE_KEY, "duplicate key \"" + key + "\"");
                }
                builder.add(key, value(parser.next()));
                path.removeLast();
            }
            return builder.build();
        }

        private JsonValue array() throws CredentialParseException {
            depth();
            JsonArrayBuilder builder = PROVIDER.createArrayBuilder();
            int index = 0;
            JsonParser.Event event;
            while ((event = parser.next()) != JsonParser.Event.END_ARRAY) {
                path.addLast(Integer.toString(index++));
                builder.add(value(event));
                path.removeLast();
            }
            return builder.build();
        }

        private void depth() throws CredentialParseException {
            if (path.size() >= MAX_DEPTH) {
                throw fail(Problem.TOO_DEEP, "nesting deeper than " + MAX_DEPTH + " levels");
            }
        }

        private String checked(String text) throws CredentialParseException {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw fail(Problem.MALFORMED, "unpaired UTF-16 surrogate in a string");
                }
            }
            return text;
        }

        private CredentialParseException fail(Problem problem, String detail) {
            return new CredentialParseException(problem, pointer(), detail);
        }

        private String pointer() {
            StringBuilder out = new StringBuilder();
            for (String segment : path) {
                out.append('/').append(segment);
            }
            return out.toString();
        }
    }

    /**
     * Escapes a member name as a JSON Pointer segment (RFC 6901).
     *
     * @param key the member name
     * @return the segment
     */
    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
