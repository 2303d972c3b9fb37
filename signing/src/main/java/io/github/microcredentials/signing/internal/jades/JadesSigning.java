package io.github.microcredentials.signing.internal.jades;

import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.signing.internal.jose.Jws;
import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.signing.internal.seal.Algorithms;
import io.github.microcredentials.signing.internal.seal.Certs;
import io.github.microcredentials.signing.seal.SealAlgorithm;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Builds JAdES seals the way EDC does (ETSI TS 119 182-1): JWS JSON serialization, enveloping,
 * unencoded payload ({@code b64: false}, RFC 7797), protected headers {@code alg}, {@code cty},
 * {@code typ}, {@code kid} (DER {@code IssuerSerial}), {@code x5t#S256}, {@code x5c}, {@code iat};
 * a signature time-stamp goes into the unprotected {@code etsiU} as a base64url component.
 */
public final class JadesSigning {

    private static final byte[] PAYLOAD_MEMBER = "{\"payload\":".getBytes(StandardCharsets.US_ASCII);

    /** The content type of the sealed payload. */
    public static final String CONTENT_TYPE = "json";
    /** The JOSE type of a JWS in the JSON serialization. */
    public static final String TYPE = "jose+json";

    private JadesSigning() {
    }

    /**
     * The base64url protected header.
     *
     * @param algorithm the algorithm
     * @param chain the seal certificate first
     * @param signingTime the claimed signing time (whole seconds are kept)
     * @return the encoded header
     */
    public static String protectedHeader(SealAlgorithm algorithm, List<X509Certificate> chain, Instant signingTime) {
        return Multibase.base64url(JsonText.compact(header(algorithm, chain, signingTime.getEpochSecond())).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject header(SealAlgorithm algorithm, List<X509Certificate> chain, long iat) {
        X509Certificate leaf = chain.get(0);
        JsonArrayBuilder x5c = StrictJson.PROVIDER.createArrayBuilder();
        chain.forEach(c -> x5c.add(Base64.getEncoder().encodeToString(Certs.der(c))));
        JsonObject header = StrictJson.PROVIDER.createObjectBuilder()
                .add("alg", algorithm.jwsName())
                .add("cty", CONTENT_TYPE)
                .add("typ", TYPE)
                .add("kid", Base64.getEncoder().encodeToString(Certs.issuerSerial(leaf)))
                .add("x5t#S256", Multibase.base64url(Algorithms.digest("SHA-256", Certs.der(leaf))))
                .add("x5c", x5c)
                .add("iat", iat)
                .add("b64", false)
                .add("crit", StrictJson.PROVIDER.createArrayBuilder().add("b64"))
                .build();
        return header;
    }

    /**
     * The bytes the seal signs (RFC 7797): {@code ASCII(protected) || '.' || payload}.
     *
     * @param encodedHeader the base64url protected header
     * @param payload the payload, as sealed
     * @return the data to be signed
     */
    public static byte[] dataToBeSigned(String encodedHeader, byte[] payload) {
        return Jws.unencodedSigningInput(encodedHeader, payload);
    }

    /**
     * The data a signature time-stamp covers: the base64url signature value's ASCII bytes.
     *
     * @param signatureValue the signature value
     * @return the bytes to digest
     */
    public static byte[] signatureTimestampData(byte[] signatureValue) {
        return Multibase.base64url(signatureValue).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Checks a payload before sealing: well-formed UTF-8 text of a JSON object (first and last
     * non-blank characters), within the size limit. It is sealed byte for byte, not re-parsed.
     *
     * @param payload the payload
     * @return why it cannot be sealed, or empty
     */
    public static Optional<String> checkPayload(byte[] payload) {
        if (payload.length > StrictJson.MAX_BYTES) {
            return Optional.of("document larger than " + StrictJson.MAX_BYTES + " bytes");
        }
        if (!isObjectText(payload)) {
            return Optional.of("not a JSON object");
        }
        return escapedPayload(payload).isEmpty() ? Optional.of("not valid UTF-8") : Optional.empty();
    }

    /**
     * Checks the payload (see {@link #checkPayload}) and writes the start of the seal, up to the
     * end of its {@code payload} member, in the same pass over its bytes.
     *
     * @param payload the payload
     * @return the start of the seal, or empty if the payload cannot be sealed
     */
    public static Optional<SealStart> escapedPayload(byte[] payload) {
        if (payload.length > StrictJson.MAX_BYTES || !isObjectText(payload)) {
            return Optional.empty();
        }
        return Payloads.escape(PAYLOAD_MEMBER, payload).map(e -> new SealStart(e.bytes(), e.length()));
    }

    /**
     * The start of a seal, its payload member written.
     *
     * @param bytes the buffer
     * @param length the used length
     */
    public record SealStart(byte[] bytes, int length) {
    }

    /** Whether the first and last non-blank bytes are braces. */
    private static boolean isObjectText(byte[] payload) {
        int first = 0;
        int last = payload.length - 1;
        while (first <= last && isBlank(payload[first])) {
            first++;
        }
        while (last >= first && isBlank(payload[last])) {
            last--;
        }
        return first <= last && payload[first] == '{' && payload[last] == '}';
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /**
     * Assembles the seal.
     *
     * @param start the seal's start, from {@link #escapedPayload(byte[])}
     * @param encodedHeader the protected header
     * @param signatureValue the signature value
     * @param signatureTimestamp a DER time-stamp token over the signature, for BASELINE-T
     * @return the JWS JSON serialization, compact, UTF-8
     */
    public static byte[] assemble(SealStart start, String encodedHeader, byte[] signatureValue, Optional<byte[]> signatureTimestamp) {
        StringBuilder rest = new StringBuilder(",\"signatures\":[{\"protected\":\"").append(encodedHeader).append('"');
        signatureTimestamp.ifPresent(token -> {
            JsonObject component = StrictJson.PROVIDER.createObjectBuilder().add("sigTst",
                    StrictJson.PROVIDER.createObjectBuilder().add("tstTokens", StrictJson.PROVIDER.createArrayBuilder()
                            .add(StrictJson.PROVIDER.createObjectBuilder().add("val", Base64.getEncoder().encodeToString(token))))).build();
            String encoded = Multibase.base64url(JsonText.compact(component).getBytes(StandardCharsets.UTF_8));
            rest.append(",\"header\":{\"etsiU\":[\"").append(encoded).append("\"]}");
        });
        rest.append(",\"signature\":\"").append(Multibase.base64url(signatureValue)).append("\"}]}");
        byte[] tail = rest.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] out = java.util.Arrays.copyOf(start.bytes(), start.length() + tail.length);
        System.arraycopy(tail, 0, out, start.length(), tail.length);
        return out;
    }

    /**
     * The protected header of one algorithm and chain, all but the signing time prepared once:
     * a sealer reuses it for every seal with the same certificate.
     *
     * @param algorithm the algorithm
     * @param chain the chain
     * @param prefix the header JSON up to the {@code iat} value
     */
    public record HeaderTemplate(SealAlgorithm algorithm, List<X509Certificate> chain, String prefix) {

        /**
         * Prepares the template.
         *
         * @param algorithm the algorithm
         * @param chain the seal certificate first
         * @return the template
         */
        public static HeaderTemplate of(SealAlgorithm algorithm, List<X509Certificate> chain) {
            String full = JsonText.compact(header(algorithm, chain, 0L));
            return new HeaderTemplate(algorithm, List.copyOf(chain), full.substring(0, full.indexOf("\"iat\":") + 6));
        }

        /**
         * The base64url header for a signing time.
         *
         * @param signingTime the time (whole seconds are kept)
         * @return the encoded header
         */
        public String encode(Instant signingTime) {
            String json = prefix + signingTime.getEpochSecond() + ",\"b64\":false,\"crit\":[\"b64\"]}";
            return Multibase.base64url(json.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * Whether the template is for this algorithm and chain.
         *
         * @param algorithm the algorithm
         * @param chain the chain
         * @return {@code true} if reusable
         */
        public boolean isFor(SealAlgorithm algorithm, List<X509Certificate> chain) {
            return this.algorithm == algorithm && this.chain.equals(chain);
        }
    }
}
