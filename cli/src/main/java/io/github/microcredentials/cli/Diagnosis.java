package io.github.microcredentials.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Why no reader accepted an input: what the bytes are (empty, another encoding, XML, a compact
 * JWS, broken JSON at a line and column, a JSON array) and, for a JSON object, what each format
 * looked for and did not find. The message tells a user what to fix instead of "not a credential
 * in a known format".
 */
final class Diagnosis {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Three base64url parts separated by dots: a JWS in compact serialization (RFC 7515 §7.1). */
    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*");

    private Diagnosis() {
    }

    /**
     * Explains why none of the formats reads the input.
     *
     * @param input the bytes
     * @param formats the formats that were tried, in order
     * @return one line per reason, the first a summary
     */
    static List<String> explain(byte[] input, List<CredentialFormat> formats) {
        List<String> lines = new ArrayList<>();
        String tried = "tried " + String.join(", ", formats.stream().map(CredentialFormat::name).toList());
        String problem = encodingOrShape(input);
        if (problem != null) {
            lines.add("not a document this tool reads (" + tried + "): " + problem);
            return lines;
        }
        JsonNode document;
        try {
            document = STRICT.readTree(withoutUtf8Bom(input));
        } catch (JsonProcessingException e) {
            lines.add("not a document this tool reads (" + tried + "): " + badJson(e));
            return lines;
        } catch (IOException e) {
            lines.add("not a document this tool reads: " + e.getMessage());
            return lines;
        }
        if (document == null || !document.isObject()) {
            lines.add("not a document this tool reads (" + tried + "): " + notAnObject(document));
            return lines;
        }
        lines.add("no reader accepts this JSON object (" + tried + "):");
        for (CredentialFormat format : formats) {
            lines.add("  " + format.name() + ": " + format.refusal(document));
        }
        List<String> unknown = unknownContexts(document);
        if (!unknown.isEmpty()) {
            lines.add("  unknown context URL" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                    + " (not a context this tool bundles; contexts are never fetched)");
        }
        return lines;
    }

    /** Problems visible before JSON parsing: emptiness, the encoding, XML or a compact JWS. */
    private static String encodingOrShape(byte[] input) {
        if (input.length == 0 || new String(input, StandardCharsets.ISO_8859_1).isBlank()) {
            return "the file is empty";
        }
        if (input.length >= 2 && (input[0] & 0xFF) == 0xFE && (input[1] & 0xFF) == 0xFF) {
            return "wrong encoding: UTF-16 big-endian (byte order mark FE FF); JSON documents are UTF-8 (RFC 8259 §8.1)";
        }
        if (input.length >= 2 && (input[0] & 0xFF) == 0xFF && (input[1] & 0xFF) == 0xFE) {
            return "wrong encoding: UTF-16 little-endian (byte order mark FF FE); JSON documents are UTF-8 (RFC 8259 §8.1)";
        }
        if (input.length >= 2 && (input[0] == 0 || input[1] == 0)) {
            return "wrong encoding: zero bytes at the start (UTF-16 or UTF-32 without a byte order mark); "
                    + "JSON documents are UTF-8 (RFC 8259 §8.1)";
        }
        String invalid = invalidUtf8(input);
        if (invalid != null) {
            return invalid;
        }
        String text = new String(withoutUtf8Bom(input), StandardCharsets.UTF_8).strip();
        if (text.startsWith("<")) {
            return "XML, not JSON: validate and convert read JSON documents; 'microcredentials verify' checks XAdES-sealed XML";
        }
        if (COMPACT_JWS.matcher(text).matches()) {
            return "a JWS in compact serialization (a VC-JWT?) where JSON was expected: "
                    + "'microcredentials verify' checks it and shows the credential it carries";
        }
        return null;
    }

    /** The first byte that is not UTF-8, with its line and column. */
    private static String invalidUtf8(byte[] input) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(input);
        try {
            decoder.decode(bytes);
            return null;
        } catch (MalformedInputException e) {
            int offset = findMalformed(input);
            int line = 1;
            int column = 1;
            for (int i = 0; i < offset; i++) {
                if (input[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((input[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            return String.format(Locale.ROOT, "wrong encoding: byte 0x%02X at line %d, column %d is not UTF-8 "
                    + "(ISO-8859-1 or Windows-1252?); JSON documents are UTF-8 (RFC 8259 §8.1)", input[offset] & 0xFF, line, column);
        } catch (CharacterCodingException e) {
            return "wrong encoding: not UTF-8; JSON documents are UTF-8 (RFC 8259 §8.1)";
        }
    }

    private static int findMalformed(byte[] input) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(input.length + 1);
        ByteBuffer bytes = ByteBuffer.wrap(input);
        java.nio.charset.CoderResult result = decoder.decode(bytes, out, true);
        return result.isError() ? bytes.position() : 0;
    }

    private static byte[] withoutUtf8Bom(byte[] input) {
        if (input.length >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB && (input[2] & 0xFF) == 0xBF) {
            return java.util.Arrays.copyOfRange(input, 3, input.length);
        }
        return input;
    }

    private static String badJson(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        // Jackson's message repeats the location as "(start marker at [Source: ...; line: 1, column: 1])"
        String message = e.getOriginalMessage().lines().findFirst().orElse("")
                .replaceAll("\\s*\\(start marker at \\[Source:[^]]*\\]\\)", "")
                .replaceAll("\\s*at \\[Source:[^]]*\\]", "").strip();
        return location == null ? "bad JSON: " + message
                : "bad JSON at line " + location.getLineNr() + ", column " + location.getColumnNr() + ": " + message;
    }

    private static String notAnObject(JsonNode document) {
        if (document == null || document.isMissingNode()) {
            return "no JSON value";
        }
        if (document.isArray()) {
            return "a JSON array of " + document.size() + " item" + (document.size() == 1 ? "" : "s")
                    + ", not one document: give one document per file, or JSON Lines to a command's --batch";
        }
        return "a JSON " + document.getNodeType().name().toLowerCase(Locale.ROOT) + ", not a JSON object";
    }

    /** Context URLs at the top of the document (or of the credential it wraps) that are not bundled. */
    static List<String> unknownContexts(JsonNode document) {
        JsonLdContexts known = JsonLdContexts.bundled();
        List<String> unknown = new ArrayList<>();
        for (JsonNode candidate : List.of(document, document.path("credential"))) {
            JsonNode context = candidate.path("@context");
            for (JsonNode entry : context.isArray() ? context : List.of(context)) {
                if (entry.isTextual() && !isKnown(known, entry.asText()) && !unknown.contains(entry.asText())) {
                    unknown.add(entry.asText());
                }
            }
        }
        return unknown;
    }

    private static boolean isKnown(JsonLdContexts known, String url) {
        try {
            return known.contains(new URI(url));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The {@code type} values of a node, whether one string or an array.
     *
     * @param node a JSON object
     * @return its types, empty if it has none
     */
    static List<String> types(JsonNode node) {
        JsonNode type = node.path("type");
        List<String> types = new ArrayList<>();
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            if (t.isTextual()) {
                types.add(t.asText());
            }
        }
        return types;
    }

    /**
     * Describes a document's types for a refusal.
     *
     * @param node a JSON object
     * @return for example {@code "type" is ["VerifiableCredential"]} or {@code no "type" member}
     */
    static String describeTypes(JsonNode node) {
        return node.has("type") ? "\"type\" is " + node.get("type") : "no \"type\" member";
    }
}
