package io.github.microcredentials.wallet.internal;

import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.VerificationKey;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A compact JWS read once: its header and payload JSON, the signing input and the signature. The SD-JWT
 * verifier needs the header and payload as JSON objects anyway; reading them here once, instead of once
 * for the checks and again through Nimbus's {@code JWSObject} (which parses the header a second time with
 * its own JSON library and copies the parts), is a measurable share of a presentation verification.
 *
 * @param header the protected header
 * @param payload the payload, a JSON object
 * @param signingInput the ASCII bytes the signature covers ({@code header.payload} as sent)
 * @param signature the signature bytes
 */
public record CompactJws(Map<String, Object> header, Map<String, Object> payload, byte[] signingInput, byte[] signature) {

    /**
     * Reads a compact JWS with JSON header and payload.
     *
     * @param jwt the compact serialization
     * @return the parts
     * @throws IllegalArgumentException naming the part that is malformed ({@code header}, {@code payload}, {@code signature},
     *     or the serialization itself)
     */
    public static CompactJws parse(String jwt) {
        int first = jwt.indexOf('.');
        int second = first < 0 ? -1 : jwt.indexOf('.', first + 1);
        if (first < 0 || second < 0 || jwt.indexOf('.', second + 1) >= 0) {
            throw new IllegalArgumentException("a compact JWS has three parts");
        }
        Map<String, Object> header;
        try {
            header = Json.parseObject(Digests.B64.decode(jwt.substring(0, first)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("header: " + e.getMessage(), e);
        }
        Map<String, Object> payload;
        try {
            payload = Json.parseObject(Digests.B64.decode(jwt.substring(first + 1, second)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("payload: " + e.getMessage(), e);
        }
        byte[] signature;
        try {
            signature = Digests.B64.decode(jwt.substring(second + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("signature: " + e.getMessage(), e);
        }
        return new CompactJws(header, payload, jwt.substring(0, second).getBytes(StandardCharsets.US_ASCII), signature);
    }

    /**
     * Checks the signature with a key: the header's {@code alg} must be the key's algorithm (never taken from
     * the input alone), and a header with {@code crit} is never understood.
     *
     * @param key the key
     * @return whether the signature is valid
     */
    public boolean verify(VerificationKey key) {
        if (header.containsKey("crit") || !(header.get("alg") instanceof String alg) || !matches(key.type(), alg)) {
            return false;
        }
        return key.verify(signingInput, signature);
    }

    private static boolean matches(KeyType type, String alg) {
        return switch (type) {
            case ED25519 -> alg.equals("EdDSA") || alg.equals("Ed25519");
            case P256 -> alg.equals("ES256");
            case P384 -> alg.equals("ES384");
            case RSA -> alg.equals("RS256");
        };
    }
}
