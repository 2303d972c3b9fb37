package io.github.microcredentials.seals.internal.jades;

import io.github.microcredentials.core.json.ReadLimits;
import io.github.microcredentials.seals.internal.seal.Rejected;
import io.github.microcredentials.seals.internal.seal.Rule;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of the signatures of a JWS in any serialization (RFC 7515, 7): compact
 * ({@code header.payload.signature}), flattened JSON, or general JSON with one or more signatures.
 * Nothing is decoded beyond what tells the parts apart.
 */
final class JwsParts {

    /**
     * One signature.
     *
     * @param location where it sits, for problems ({@code ""}, {@code signatures/1})
     * @param encodedHeader the base64url protected header, exactly as stored
     * @param unprotected the unprotected header, empty if none
     * @param payload the payload text as stored (base64url, or the unencoded text); empty when detached
     * @param signature the base64url signature value, exactly as stored
     */
    record Signature(String location, String encodedHeader, JsonObject unprotected, Optional<String> payload, String signature) {
    }

    private JwsParts() {
    }

    /** Whether the first non-blank byte (after a UTF-8 byte order mark) opens a JSON object. */
    static boolean isJson(byte[] input) {
        for (int i = 0; i < input.length; i++) {
            int b = input[i] & 0xff;
            if (i < 3 && (b == 0xef || b == 0xbb || b == 0xbf) || b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                continue;
            }
            return b == '{';
        }
        return false;
    }

    /**
     * Splits a seal into its signatures.
     *
     * @param input the seal
     * @param limits the read limits
     * @return the signatures, at least one
     * @throws Rejected if the input is no JWS
     */
    static List<Signature> read(byte[] input, ReadLimits limits) throws Rejected {
        if (input.length > limits.maxDocumentBytes()) {
            throw new Rejected(Rule.LIMIT_EXCEEDED, "", "larger than " + limits.maxDocumentBytes() + " bytes");
        }
        return isJson(input) ? json(JadesValidation.parse(input, "", limits)) : List.of(compact(input));
    }

    /**
     * Header parameters only ETSI JAdES (TS 119 182-1) or an X.509-certificate JWS use; a VC-JWT
     * (W3C VC-JOSE-COSE, VC Data Model 1.1 JWT) names its key by a DID URL in {@code kid} instead.
     */
    private static final java.util.Set<String> JADES_MARKS = java.util.Set.of("x5c", "x5t#S256", "x5t#o", "sigX5ts", "sigT", "sigD",
            "sigPId", "srCms", "srAts", "sigPl", "adoTst");

    /**
     * Whether a compact JWS is a JAdES signature rather than a VC-JWT: its protected header, read
     * within the limits, carries a certificate reference or a JAdES signed property.
     *
     * @param input the bytes
     * @param limits the read limits
     * @return {@code true} for a JAdES compact serialization
     */
    static boolean isCompactJades(byte[] input, ReadLimits limits) {
        if (input.length > limits.maxDocumentBytes() || isJson(input)) {
            return false;
        }
        try {
            JsonObject header = JadesValidation.parse(JadesValidation.decode(compact(input).encodedHeader(), "protected"), "protected", limits);
            return header.keySet().stream().anyMatch(JADES_MARKS::contains);
        } catch (Rejected e) {
            return false;
        }
    }

    /** The compact serialization: three base64url parts; a line break after it is tolerated. */
    static Signature compact(byte[] input) throws Rejected {
        int end = input.length;
        while (end > 0 && (input[end - 1] == '\n' || input[end - 1] == '\r' || input[end - 1] == ' ' || input[end - 1] == '\t')) {
            end--;
        }
        int firstDot = -1;
        int secondDot = -1;
        for (int i = 0; i < end; i++) {
            byte b = input[i];
            if (b == '.') {
                if (firstDot < 0) {
                    firstDot = i;
                } else if (secondDot < 0) {
                    secondDot = i;
                } else {
                    throw new Rejected(Rule.MALFORMED, "", "a compact JWS has exactly three parts");
                }
            } else if (!isBase64urlCharacter(b)) {
                throw new Rejected(Rule.MALFORMED, "", "neither a JWS JSON serialization nor a compact JWS");
            }
        }
        if (secondDot < 0) {
            throw new Rejected(Rule.MALFORMED, "", "neither a JWS JSON serialization nor a compact JWS");
        }
        String header = new String(input, 0, firstDot, StandardCharsets.US_ASCII);
        String payload = new String(input, firstDot + 1, secondDot - firstDot - 1, StandardCharsets.US_ASCII);
        String signature = new String(input, secondDot + 1, end - secondDot - 1, StandardCharsets.US_ASCII);
        return new Signature("", header, JsonValue.EMPTY_JSON_OBJECT, payload.isEmpty() ? Optional.empty() : Optional.of(payload), signature);
    }

    private static boolean isBase64urlCharacter(byte b) {
        return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-' || b == '_';
    }

    /** The flattened or general JSON serialization. */
    static List<Signature> json(JsonObject document) throws Rejected {
        Optional<String> payload;
        JsonValue payloadValue = document.get("payload");
        if (payloadValue == null) {
            payload = Optional.empty();
        } else if (payloadValue instanceof JsonString s) {
            payload = s.getString().isEmpty() ? Optional.empty() : Optional.of(s.getString());
        } else {
            throw new Rejected(Rule.MALFORMED, "payload", "payload must be a string");
        }
        JsonValue signatures = document.get("signatures");
        if (signatures == null) {
            if (!document.containsKey("signature")) {
                throw new Rejected(Rule.MALFORMED, "", "not a JWS JSON serialization (no signatures)");
            }
            return List.of(signature(document, "", payload));
        }
        if (document.containsKey("signature") || document.containsKey("protected") || document.containsKey("header")) {
            // RFC 7515, 7.2.2: the flattened members must not appear beside "signatures".
            throw new Rejected(Rule.MALFORMED, "", "both the general and the flattened JWS JSON serialization");
        }
        if (!(signatures instanceof JsonArray array) || array.isEmpty()) {
            throw new Rejected(Rule.MALFORMED, "signatures", "signatures must be a non-empty array");
        }
        List<Signature> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String location = "signatures/" + i;
            out.add(signature(JadesValidation.object(array.get(i), location), array.size() == 1 ? "" : location + "/", payload));
        }
        return out;
    }

    private static Signature signature(JsonObject object, String location, Optional<String> payload) throws Rejected {
        String header = JadesValidation.text(object, "protected", location + "protected");
        JsonObject unprotected = object.get("header") == null ? JsonValue.EMPTY_JSON_OBJECT
                : JadesValidation.object(object.get("header"), location + "header");
        return new Signature(location, header, unprotected, payload, JadesValidation.text(object, "signature", location + "signature"));
    }
}
