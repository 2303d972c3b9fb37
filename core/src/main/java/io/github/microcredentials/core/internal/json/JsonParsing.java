package io.github.microcredentials.core.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Strict parsing of untrusted JSON into a tree: duplicate keys, trailing content and input over
 * the limits are errors, numbers stay exact, and every failure is a
 * {@link CredentialParseException} naming where it happened. Instances are thread-safe.
 */
public final class JsonParsing {

    private final ObjectMapper mapper;
    private final long maxDocumentBytes;
    private final int maxDepth;

    /**
     * Creates a parser. The limits come as numbers, not as the public {@code ReadLimits}, so that
     * this package does not depend on the API built on it.
     *
     * @param maxDocumentBytes the largest document
     * @param maxDepth the deepest nesting
     * @param maxStringLength the longest string (and member name)
     * @param maxNumberLength the longest number
     * @param maxElements the most tokens a document may have
     */
    public JsonParsing(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength, int maxElements) {
        this.maxDocumentBytes = maxDocumentBytes;
        this.maxDepth = maxDepth;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(maxDepth)
                .maxStringLength(maxStringLength)
                // A member name is a string too; Jackson bounds names separately.
                .maxNameLength(maxStringLength)
                .maxNumberLength(maxNumberLength)
                .maxDocumentLength(maxDocumentBytes)
                .maxTokenCount(maxElements)
                .build();
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints)
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /**
     * Parses a whole document.
     *
     * @param json the UTF-8 bytes (strict: no byte order mark, no UTF-16)
     * @return the tree
     * @throws CredentialParseException if the input is not one well-formed JSON value in strict
     *     UTF-8 within the limits
     */
    public JsonNode parse(byte[] json) throws CredentialParseException {
        if (json.length > maxDocumentBytes) {
            throw tooLarge(json.length);
        }
        StrictText.checkUtf8(json);
        JsonNode tree;
        try (JsonParser parser = mapper.createParser(json)) {
            tree = parse(parser);
        } catch (IOException e) {
            throw new CredentialParseException(Problem.MALFORMED, "", "cannot read JSON: " + e.getMessage(), e);
        }
        checkText(tree, new StringBuilder());
        return tree;
    }

    /**
     * The largest exponent (as a {@link BigDecimal} scale) of a number: {@code 1e999999999} is 13
     * characters of valid JSON, but rounding it to a scale takes a billion digits.
     */
    public static final int MAX_SCALE = 1000;

    /**
     * Checks every string and member name for what strict UTF-8 text cannot hold but JSON escapes
     * can (unpaired surrogates such as {@code \ud800}, NUL as {@code \u0000}), and numbers for
     * exponents so large that arithmetic on them would take unbounded time or memory.
     */
    private static void checkText(JsonNode node, StringBuilder pointer) throws CredentialParseException {
        if (node.isTextual()) {
            String problem = StrictText.problem(node.textValue());
            if (problem != null) {
                throw new CredentialParseException(Problem.MALFORMED, pointer.toString(), "a string with " + problem);
            }
        } else if (node.isNumber() && !node.isIntegralNumber()) {
            BigDecimal value = node.decimalValue();
            if (Math.abs((long) value.scale()) > MAX_SCALE) {
                throw new CredentialParseException(Problem.TOO_LARGE, pointer.toString(), "a number whose exponent is beyond "
                        + MAX_SCALE);
            }
        } else if (node.isObject()) {
            int length = pointer.length();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                pointer.append('/').append(entry.getKey().replace("~", "~0").replace("/", "~1"));
                String problem = StrictText.problem(entry.getKey());
                if (problem != null) {
                    throw new CredentialParseException(Problem.MALFORMED, pointer.toString(), "a member name with " + problem);
                }
                checkText(entry.getValue(), pointer);
                pointer.setLength(length);
            }
        } else if (node.isArray()) {
            int length = pointer.length();
            for (int i = 0; i < node.size(); i++) {
                pointer.append('/').append(i);
                checkText(node.get(i), pointer);
                pointer.setLength(length);
            }
        }
    }

    /**
     * Reads a document from a stream, at most the size limit.
     *
     * @param in the stream; not closed
     * @return the tree
     * @throws CredentialParseException if the input is not one well-formed JSON value within the
     *     limits, or cannot be read
     */
    public JsonNode parse(InputStream in) throws CredentialParseException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 1));
        } catch (IOException e) {
            throw new CredentialParseException(Problem.MALFORMED, "", "cannot read input: " + e.getMessage(), e);
        }
        return parse(bytes);
    }

    /**
     * The mapper behind this parser, configured for exact numbers; for writing trees.
     *
     * @return the mapper
     */
    public ObjectMapper mapper() {
        return mapper;
    }

    private JsonNode parse(JsonParser parser) throws CredentialParseException {
        try {
            if (parser.nextToken() == null) {
                throw new CredentialParseException(Problem.MALFORMED, "", "empty input, expected a JSON value");
            }
            JsonNode tree = mapper.readTree(parser);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new CredentialParseException(Problem.MALFORMED, "",
                        "unexpected content after the JSON value" + at(parser.currentLocation()));
            }
            return tree;
        } catch (StreamConstraintsException e) {
            String message = e.getOriginalMessage();
            boolean depth = message.toLowerCase(Locale.ROOT).contains("nesting depth");
            return rethrow(depth ? Problem.TOO_DEEP : Problem.TOO_LARGE, parser,
                    depth ? "nesting deeper than " + maxDepth + " levels" : "input exceeds a size limit: " + message, e);
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            Problem problem = message.startsWith("Duplicate field") ? Problem.DUPLICATE_KEY : Problem.MALFORMED;
            String detail = problem == Problem.DUPLICATE_KEY
                    ? "duplicate key " + message.substring("Duplicate field ".length())
                    : "malformed JSON" + at(e.getLocation()) + ": " + firstLine(message);
            return rethrow(problem, parser, detail, e);
        } catch (NumberFormatException e) {
            // Jackson reads floats as BigDecimal eagerly; an exponent beyond int range fails there.
            return rethrow(Problem.TOO_LARGE, parser, "a number out of range (exponent beyond what arithmetic can hold)", e);
        } catch (IOException e) {
            throw new CredentialParseException(Problem.MALFORMED, "", "cannot read JSON: " + e.getMessage(), e);
        }
    }

    private static JsonNode rethrow(Problem problem, JsonParser parser, String detail, Exception cause)
            throws CredentialParseException {
        throw new CredentialParseException(problem, parser.getParsingContext().pathAsPointer().toString(), detail, cause);
    }

    private CredentialParseException tooLarge(long size) {
        return new CredentialParseException(Problem.TOO_LARGE, "",
                "document larger than the limit of " + maxDocumentBytes + " bytes" + (size > 0 ? " (" + size + " bytes)" : ""));
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
