package io.github.microcredentials.signing.internal.jose;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.ReadLimits;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small JWS core (RFC 7515): compact serialization, and the flattened JSON serialization with
 * an unencoded payload (RFC 7797, {@code "b64": false}) that JAdES uses. Algorithms and keys come
 * from the {@link Signer}; this class only assembles and splits.
 */
public final class Jws {

    private Jws() {
    }

    /**
     * Signs a compact JWS.
     *
     * @param header the protected header (must name {@code alg})
     * @param payload the payload bytes
     * @param signer the signer
     * @return {@code BASE64URL(header).BASE64URL(payload).BASE64URL(signature)}
     * @throws SigningException if the signer fails
     */
    public static String signCompact(JsonObject header, byte[] payload, Signer signer) throws SigningException {
        String signingInput = encodeHeader(header) + "." + Multibase.base64url(payload);
        byte[] signature = signer.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Multibase.base64url(signature);
    }

    /**
     * Splits and decodes a compact JWS; verifies nothing.
     *
     * @param token the compact JWS
     * @return the parts
     * @throws CredentialParseException if the token is not three base64url parts with a strict
     *     JSON object header
     */
    public static Compact parseCompact(String token) throws CredentialParseException {
        return parseCompact(token, ReadLimits.DEFAULT);
    }

    /**
     * Splits and decodes a compact JWS within limits; verifies nothing.
     *
     * @param token the compact JWS
     * @param limits the limits on the token and its header and payload JSON
     * @return the parts
     * @throws CredentialParseException if the token is not three base64url parts with a strict
     *     JSON object header, or exceeds a limit
     */
    public static Compact parseCompact(String token, ReadLimits limits) throws CredentialParseException {
        // Base64url takes four characters for three bytes.
        if (token.length() / 4 * 3 > limits.maxDocumentBytes()) {
            throw new CredentialParseException(CredentialParseException.Problem.TOO_LARGE, "", "a token of " + token.length()
                    + " characters (limit maxDocumentBytes " + limits.maxDocumentBytes() + ")");
        }
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 3) {
            throw new CredentialParseException(CredentialParseException.Problem.MALFORMED, "",
                    "a compact JWS has three dot-separated parts, not " + parts.length);
        }
        try {
            byte[] headerBytes = Multibase.decodeBase64url(parts[0]);
            JsonObject header = StrictJson.parseObject(headerBytes, limits);
            byte[] payload = Multibase.decodeBase64url(parts[1]);
            byte[] signature = Multibase.decodeBase64url(parts[2]);
            byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
            return new Compact(header, payload, signature, signingInput);
        } catch (IllegalArgumentException e) {
            throw new CredentialParseException(CredentialParseException.Problem.MALFORMED, "",
                    "a JWS part is not base64url: " + e.getMessage(), e);
        }
    }

    /**
     * Signs a flattened JSON serialization JWS with an unencoded payload (RFC 7797). The header gets
     * {@code "b64": false} and {@code "crit": ["b64"]} added.
     *
     * @param header the protected header (must name {@code alg})
     * @param payload the payload bytes, signed as they are
     * @param signer the signer
     * @param detached whether to leave the payload out of the result
     * @return {@code {"protected": …, ["payload": …,] "signature": …}}
     * @throws SigningException if the signer fails
     */
    public static JsonObject signUnencoded(JsonObject header, byte[] payload, Signer signer, boolean detached) throws SigningException {
        JsonObject full = StrictJson.PROVIDER.createObjectBuilder(header)
                .add("b64", false)
                .add("crit", StrictJson.PROVIDER.createArrayBuilder().add("b64"))
                .build();
        String encodedHeader = encodeHeader(full);
        byte[] signature = signer.sign(unencodedSigningInput(encodedHeader, payload));
        JsonObjectBuilder out = StrictJson.PROVIDER.createObjectBuilder().add("protected", encodedHeader);
        if (!detached) {
            out.add("payload", new String(payload, StandardCharsets.UTF_8));
        }
        return out.add("signature", Multibase.base64url(signature)).build();
    }

    /**
     * The RFC 7797 signing input: {@code ASCII(BASE64URL(header)) || '.' || payload}.
     *
     * @param encodedHeader the base64url protected header
     * @param payload the unencoded payload
     * @return the bytes to sign
     */
    public static byte[] unencodedSigningInput(String encodedHeader, byte[] payload) {
        byte[] prefix = (encodedHeader + ".").getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(prefix, prefix.length + payload.length);
        System.arraycopy(payload, 0, out, prefix.length, payload.length);
        return out;
    }

    private static String encodeHeader(JsonObject header) {
        return Multibase.base64url(JsonText.compact(header).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A decoded compact JWS.
     *
     * @param header the protected header
     * @param payload the payload bytes
     * @param signature the signature bytes
     * @param signingInput the bytes the signature covers
     */
    public record Compact(JsonObject header, byte[] payload, byte[] signature, byte[] signingInput) {
    }
}
