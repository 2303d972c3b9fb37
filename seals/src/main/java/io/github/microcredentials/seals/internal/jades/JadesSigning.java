package io.github.microcredentials.seals.internal.jades;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.signing.internal.jose.Jws;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.seals.internal.seal.Algorithms;
import io.github.microcredentials.seals.internal.seal.Certs;
import io.github.microcredentials.signing.SignatureAlgorithm;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    /** Writes the header and the seal; configured once, immutable and thread-safe. */
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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
    public static String protectedHeader(SignatureAlgorithm algorithm, List<X509Certificate> chain, Instant signingTime) {
        return HeaderTemplate.of(algorithm, chain).encode(signingTime);
    }

    /** The protected header as data, members in the order EDC writes them; {@code iat} is set by the caller. */
    private static ObjectNode headerMembers(SignatureAlgorithm algorithm, List<X509Certificate> chain) {
        X509Certificate leaf = chain.get(0);
        ObjectNode header = NODES.objectNode();
        header.put("alg", algorithm.jwsName());
        header.put("cty", CONTENT_TYPE);
        header.put("typ", TYPE);
        header.put("kid", Base64.getEncoder().encodeToString(Certs.issuerSerial(leaf)));
        header.put("x5t#S256", Multibase.base64url(Algorithms.digest("SHA-256", Certs.der(leaf))));
        ArrayNode x5c = header.putArray("x5c");
        chain.forEach(c -> x5c.add(Base64.getEncoder().encodeToString(Certs.der(c))));
        header.put("iat", 0L);
        header.put("b64", false);
        header.putArray("crit").add("b64");
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
        return Payloads.isWellFormedUtf8(payload) ? Optional.empty() : Optional.of("not valid UTF-8");
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
     * Writes the seal: the JWS JSON serialization with the payload unencoded, one signature, and
     * for BASELINE-T a signature time-stamp as a base64url {@code etsiU} component.
     *
     * @param payload the payload, checked by {@link #checkPayload(byte[])}; written as a JSON
     *     string whose value is exactly these bytes
     * @param encodedHeader the protected header
     * @param signatureValue the signature value
     * @param signatureTimestamp a DER time-stamp token over the signature, for BASELINE-T
     * @return the seal, compact JSON, UTF-8
     */
    public static byte[] assemble(byte[] payload, String encodedHeader, byte[] signatureValue, Optional<byte[]> signatureTimestamp) {
        return assemble(payload, 0, payload.length, encodedHeader, signatureValue, signatureTimestamp);
    }

    /**
     * Writes the seal of a payload that is a range of a larger array: the data to be signed, whose
     * copy of the payload a sealer keeps rather than a second one.
     *
     * @param bytes the array holding the payload
     * @param from the payload's first index
     * @param to the index after its last
     * @param encodedHeader the protected header
     * @param signatureValue the signature value
     * @param signatureTimestamp a DER time-stamp token over the signature, for BASELINE-T
     * @return the seal, compact JSON, UTF-8
     * @see #assemble(byte[], String, byte[], Optional)
     */
    public static byte[] assemble(byte[] bytes, int from, int to, String encodedHeader, byte[] signatureValue,
            Optional<byte[]> signatureTimestamp) {
        // The payload is most of a seal: it is escaped once into an array of the seal's exact size,
        // rather than through a generator and a growing stream.
        byte[] head = "{\"payload\":\"".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = signatures(encodedHeader, signatureValue, signatureTimestamp);
        byte[] seal = new byte[head.length + Payloads.escapedLength(bytes, from, to) + tail.length];
        System.arraycopy(head, 0, seal, 0, head.length);
        int at = Payloads.writeEscaped(bytes, from, to, seal, head.length);
        System.arraycopy(tail, 0, seal, at, tail.length);
        return seal;
    }

    /** The seal after its payload: the string's closing quote, then the signatures member, closing the object. */
    private static byte[] signatures(String encodedHeader, byte[] signatureValue, Optional<byte[]> signatureTimestamp) {
        ObjectNode signature = NODES.objectNode();
        signature.put("protected", encodedHeader);
        if (signatureTimestamp.isPresent()) {
            ObjectNode component = NODES.objectNode();
            component.putObject("sigTst").putArray("tstTokens").addObject()
                    .put("val", Base64.getEncoder().encodeToString(signatureTimestamp.get()));
            signature.putObject("header").putArray("etsiU").add(Multibase.base64url(bytes(component)));
        }
        signature.put("signature", Multibase.base64url(signatureValue));
        ObjectNode rest = NODES.objectNode();
        rest.putArray("signatures").add(signature);
        byte[] object = bytes(rest);
        // "{" + members + "}" becomes "\"," + members + "}": the members follow the payload string.
        byte[] tail = new byte[object.length + 1];
        tail[0] = '"';
        tail[1] = ',';
        System.arraycopy(object, 1, tail, 2, object.length - 1);
        return tail;
    }

    private static byte[] bytes(ObjectNode json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON to memory", e);
        }
    }

    /**
     * The protected header of one algorithm and chain, as data: a sealer prepares it once per
     * certificate and sets only the signing time for each seal. Every member is written, whatever
     * its place.
     *
     * @param algorithm the algorithm
     * @param chain the chain
     * @param header the header, with a placeholder {@code iat}; never modified
     */
    public record HeaderTemplate(SignatureAlgorithm algorithm, List<X509Certificate> chain, ObjectNode header) {

        /** Copies the chain and the header, so that the template cannot change under a sealer. */
        public HeaderTemplate {
            chain = List.copyOf(chain);
            header = header.deepCopy();
        }

        /**
         * The header, with its placeholder {@code iat}.
         *
         * @return a copy
         */
        @Override
        public ObjectNode header() {
            return header.deepCopy();
        }

        /**
         * Prepares the template.
         *
         * @param algorithm the algorithm
         * @param chain the seal certificate first
         * @return the template
         */
        public static HeaderTemplate of(SignatureAlgorithm algorithm, List<X509Certificate> chain) {
            return new HeaderTemplate(algorithm, chain, headerMembers(algorithm, chain));
        }

        /**
         * The base64url header for a signing time.
         *
         * @param signingTime the time (whole seconds are kept)
         * @return the encoded header
         */
        public String encode(Instant signingTime) {
            ObjectNode copy = header.deepCopy();
            // put keeps the member where the template has it.
            copy.put("iat", signingTime.getEpochSecond());
            return Multibase.base64url(bytes(copy));
        }

        /**
         * Whether the template is for this algorithm and chain.
         *
         * @param algorithm the algorithm
         * @param chain the chain
         * @return {@code true} if reusable
         */
        public boolean isFor(SignatureAlgorithm algorithm, List<X509Certificate> chain) {
            return this.algorithm == algorithm && this.chain.equals(chain);
        }
    }
}
