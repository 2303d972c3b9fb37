package io.github.microcredentials.signing.internal.json;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.internal.json.JsonParsing;
import io.github.microcredentials.core.internal.json.StrictText;
import io.github.microcredentials.core.json.ReadLimits;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Strict parsing of untrusted JSON into JSON-P values: strict UTF-8 only (no byte order mark, no
 * overlong form, no unpaired surrogate even as an escape, no NUL), no duplicate keys, no trailing
 * content, bounded size, nesting, string and number length and token count ({@link ReadLimits}).
 * Every failure is a {@link CredentialParseException} with a JSON Pointer; a limit is
 * {@link Problem#TOO_LARGE} or {@link Problem#TOO_DEEP}.
 */
public final class StrictJson {

    /** The JSON-P provider, looked up once (a lookup per call is slow). */
    public static final JsonProvider PROVIDER = JsonProvider.provider();

    /** The largest document accepted by default, in bytes. */
    public static final int MAX_BYTES = (int) ReadLimits.DEFAULT.maxDocumentBytes();
    /** The deepest nesting accepted by default. */
    public static final int MAX_DEPTH = ReadLimits.DEFAULT.maxDepth();

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
        return parseObject(bytes, ReadLimits.DEFAULT);
    }

    /**
     * Parses a JSON object within limits.
     *
     * @param bytes UTF-8 JSON
     * @param limits the limits
     * @return the object
     * @throws CredentialParseException if the input is not one strict JSON object within the limits
     */
    public static JsonObject parseObject(byte[] bytes, ReadLimits limits) throws CredentialParseException {
        return object(parse(bytes, limits));
    }

    private static JsonObject object(JsonValue value) throws CredentialParseException {
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
        return parse(bytes, ReadLimits.DEFAULT);
    }

    /**
     * Parses a JSON value within limits.
     *
     * @param bytes UTF-8 JSON
     * @param limits the limits
     * @return the value
     * @throws CredentialParseException if the input is not one strict JSON value within the limits
     */
    public static JsonValue parse(byte[] bytes, ReadLimits limits) throws CredentialParseException {
        return read(bytes, limits).value();
    }

    /** The fast reader's value and form, or the provider-based parser's value (form unknown) where it gives up. */
    private static JsonReader.Read read(byte[] bytes, ReadLimits limits) throws CredentialParseException {
        return read(bytes, limits, false);
    }

    private static JsonReader.Read read(byte[] bytes, ReadLimits limits, boolean recordSpans) throws CredentialParseException {
        if (bytes.length > limits.maxDocumentBytes()) {
            throw new CredentialParseException(Problem.TOO_LARGE, "", "document larger than " + limits.maxDocumentBytes()
                    + " bytes (limit maxDocumentBytes)");
        }
        try {
            return JsonReader.read(bytes, limits, recordSpans);
        } catch (JsonReader.GiveUp e) {
            return new JsonReader.Read(parseWithProvider(bytes, limits), false, JsonSpans.none());
        }
    }

    /**
     * A JSON object parsed, and whether its bytes are its compact form.
     *
     * @param object the object
     * @param compactForm whether {@link JsonBytes#compact} writes {@code object} as exactly the bytes
     *     it was parsed from; false whenever that is not known
     * @param spans where its large objects were parsed from, if asked for and known; else none
     */
    public record ParsedObject(JsonObject object, boolean compactForm, JsonSpans spans) {
    }

    /**
     * Parses a JSON object within limits, as {@link #parseObject(byte[], ReadLimits)}, and tells
     * whether the bytes are already its compact form, so that a writer can reuse them.
     *
     * @param bytes UTF-8 JSON
     * @param limits the limits
     * @return the object and whether {@code bytes} is its compact form
     * @throws CredentialParseException if the input is not one strict JSON object within the limits
     */
    public static ParsedObject parseObjectAndForm(byte[] bytes, ReadLimits limits) throws CredentialParseException {
        return parseObjectAndForm(bytes, limits, false);
    }

    /**
     * Parses a JSON object within limits, tells whether the bytes are its compact form and, if asked,
     * where its large objects were read from ({@link JsonSpans}).
     *
     * @param bytes UTF-8 JSON; with spans, an array nobody changes while they are in use
     * @param limits the limits
     * @param recordSpans whether to record the spans
     * @return the object, its form and its spans
     * @throws CredentialParseException if the input is not one strict JSON object within the limits
     */
    public static ParsedObject parseObjectAndForm(byte[] bytes, ReadLimits limits, boolean recordSpans)
            throws CredentialParseException {
        JsonReader.Read read = read(bytes, limits, recordSpans);
        return new ParsedObject(object(read.value()), read.compactForm(), read.spans());
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
        return parseWithProvider(bytes, ReadLimits.DEFAULT);
    }

    /**
     * Parses a JSON value with the JSON-P provider within limits.
     *
     * @param bytes UTF-8 JSON
     * @param limits the limits
     * @return the value
     * @throws CredentialParseException if the input is not one strict JSON value within the limits
     */
    public static JsonValue parseWithProvider(byte[] bytes, ReadLimits limits) throws CredentialParseException {
        String text = decode(bytes);
        try (JsonParser parser = PROVIDER.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new CredentialParseException(Problem.MALFORMED, "", "empty input, expected a JSON value");
            }
            JsonValue value = new Builder(parser, limits).value(parser.next());
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
        String encoding = StrictText.otherEncoding(bytes);
        if (encoding != null) {
            throw new CredentialParseException(Problem.MALFORMED, "", encoding);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Say what and where.
            StrictText.checkUtf8(bytes);
            throw new CredentialParseException(Problem.MALFORMED, "", "not valid UTF-8", e);
        }
    }

    /** Builds values from parser events, tracking the JSON Pointer for error messages. */
    private static final class Builder {
        private final JsonParser parser;
        private final ReadLimits limits;
        private final Deque<String> path = new ArrayDeque<>();
        private int tokens;

        Builder(JsonParser parser, ReadLimits limits) {
            this.parser = parser;
            this.limits = limits;
        }

        JsonValue value(JsonParser.Event event) throws CredentialParseException {
            count();
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
            // The text, not getBigDecimal(): the provider throws a bare runtime exception past its own length limit.
            String text = parser.getString();
            if (text.length() > limits.maxNumberLength()) {
                throw fail(Problem.TOO_LARGE, "a number of " + text.length() + " characters (limit maxNumberLength "
                        + limits.maxNumberLength() + ")");
            }
            BigDecimal value;
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException | ArithmeticException e) {
                // BigDecimal's exponent is an int: 1e99999999999 is valid JSON but no number here.
                throw fail(Problem.MALFORMED, "number out of range: " + e.getMessage());
            }
            if (Math.abs((long) value.scale()) > JsonParsing.MAX_SCALE) {
                throw fail(Problem.TOO_LARGE, "a number whose exponent is beyond " + JsonParsing.MAX_SCALE);
            }
            return PROVIDER.createValue(value);
        }

        private void count() throws CredentialParseException {
            if (++tokens > limits.maxElements()) {
                throw fail(Problem.TOO_LARGE, "more than " + limits.maxElements() + " tokens (limit maxElements)");
            }
        }

        private JsonValue object() throws CredentialParseException {
            depth();
            JsonObjectBuilder builder = PROVIDER.createObjectBuilder();
            Set<String> keys = new HashSet<>();
            JsonParser.Event event;
            while ((event = parser.next()) != JsonParser.Event.END_OBJECT) {
                count();
                String key = checked(parser.getString());
                path.addLast(escape(key));
                if (!keys.add(key)) {
                    throw fail(Problem.DUPLICATE_KEY, "duplicate key \"" + key + "\"");
                }
                builder.add(key, value(parser.next()));
                path.removeLast();
            }
            count();
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
            count();
            return builder.build();
        }

        private void depth() throws CredentialParseException {
            if (path.size() >= limits.maxDepth()) {
                throw fail(Problem.TOO_DEEP, "nesting deeper than " + limits.maxDepth() + " levels (limit maxDepth)");
            }
        }

        private String checked(String text) throws CredentialParseException {
            if (text.length() > limits.maxStringLength()) {
                throw fail(Problem.TOO_LARGE, "a string of " + text.length() + " characters (limit maxStringLength "
                        + limits.maxStringLength() + ")");
            }
            String problem = StrictText.problem(text);
            if (problem != null) {
                throw fail(Problem.MALFORMED, "a string with " + problem);
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
