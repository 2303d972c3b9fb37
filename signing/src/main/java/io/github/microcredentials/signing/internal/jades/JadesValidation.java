package io.github.microcredentials.signing.internal.jades;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.ReadLimits;
import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.signing.internal.seal.Algorithms;
import io.github.microcredentials.signing.internal.seal.Certs;
import io.github.microcredentials.signing.internal.seal.Chains;
import io.github.microcredentials.signing.internal.seal.Outcome;
import io.github.microcredentials.signing.internal.seal.Timestamps;
import io.github.microcredentials.signing.internal.seal.TrustSettings;
import io.github.microcredentials.signing.seal.SealAlgorithm;
import io.github.microcredentials.signing.seal.SealFormat;
import io.github.microcredentials.signing.seal.SealProblem.Code;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies a JAdES seal in the JWS JSON serialization (general with one signature, or flattened),
 * enveloping its payload: structure and {@code crit}, algorithm allow-list, signature over the
 * exact payload bytes, signing-certificate binding, time-stamps, then the certificate chain.
 */
public final class JadesValidation {

    /** The critical header parameters understood: RFC 7797 {@code b64} and JAdES time-stamps/time. */
    private static final Set<String> UNDERSTOOD_CRITICAL = Set.of("b64", "sigT", "adoTst", "iat");
    /** Names RFC 7515 defines, which {@code crit} must not list. */
    private static final Set<String> JWS_NAMES = Set.of("alg", "jku", "jwk", "kid", "x5u", "x5c", "x5t", "x5t#S256", "typ", "cty", "crit");

    private final TrustSettings settings;
    private final Outcome outcome = new Outcome(SealFormat.JADES);

    private JadesValidation(TrustSettings settings) {
        this.settings = settings;
    }

    /**
     * Verifies.
     *
     * @param input the seal, UTF-8 JSON
     * @param settings what to trust, when
     * @return the outcome; never throws for bad input
     */
    public static Outcome verify(byte[] input, TrustSettings settings) {
        JadesValidation validation = new JadesValidation(settings);
        try {
            validation.run(input);
        } catch (Malformed e) {
            validation.outcome.intact = false;
            validation.outcome.fail(e.code, e.location, e.getMessage());
        }
        return validation.outcome;
    }

    private void run(byte[] input) throws Malformed {
        JsonObject document = parse(input, "", settings.limits());
        JsonObject signature = signatureObject(document);
        JsonValue payloadValue = document.get("payload");
        if (!(payloadValue instanceof JsonString payloadString)) {
            throw new Malformed(Code.UNSUPPORTED, "payload", "no enveloped payload (detached JAdES is not supported)");
        }
        String encodedHeader = text(signature, "protected", "protected");
        JsonObject header = parse(decode(encodedHeader, "protected"), "protected", settings.limits());
        JsonObject unprotected = signature.get("header") == null ? JsonValue.EMPTY_JSON_OBJECT : object(signature.get("header"), "header");
        checkDisjoint(header, unprotected);
        boolean unencoded = checkCrit(header);
        SealAlgorithm algorithm = algorithm(header);
        List<X509Certificate> x5c = certificates(header);
        X509Certificate leaf = x5c.get(0);
        outcome.signer = Optional.of(leaf);
        if (!Algorithms.fits(algorithm, leaf.getPublicKey())) {
            throw new Malformed(Code.ALGORITHM_NOT_ALLOWED, "protected/alg", algorithm.jwsName() + " does not fit the certificate's key");
        }
        String signatureText = text(signature, "signature", "signature");
        byte[] payload = unencoded ? payloadString.getString().getBytes(StandardCharsets.UTF_8)
                : decode(payloadString.getString(), "payload");
        byte[] signedPayload = unencoded ? payload : payloadString.getString().getBytes(StandardCharsets.US_ASCII);
        byte[] signingInput = JadesSigning.dataToBeSigned(encodedHeader, signedPayload);
        outcome.intact = Algorithms.verify(algorithm, leaf.getPublicKey(), signingInput, decode(signatureText, "signature"));
        if (!outcome.intact) {
            outcome.fail(Code.SIGNATURE_INVALID, "signature", "the signature does not verify over the payload with the certificate's key");
        } else {
            outcome.payload = Optional.of(new String(payload, StandardCharsets.UTF_8));
        }
        JadesHeaders.checkSigningCertificate(header, leaf, outcome);
        JadesHeaders.signingTime(header, outcome);
        List<X509Certificate> candidates = new ArrayList<>(x5c);
        List<Timestamps.Checked> signatureTimestamps = new ArrayList<>();
        EtsiU etsiU = EtsiU.read(unprotected, outcome, settings.limits());
        etsiU.check(signatureText, signedPayload, encodedHeader, outcome, signatureTimestamps, candidates);
        JadesHeaders.contentTimestamps(header, signedPayload, outcome, candidates);
        outcome.level = JadesHeaders.level(header, etsiU, outcome);
        Chains.check(outcome, leaf, candidates, signatureTimestamps, settings);
    }

    private JsonObject signatureObject(JsonObject document) throws Malformed {
        JsonValue signatures = document.get("signatures");
        if (signatures == null) {
            if (!document.containsKey("signature")) {
                throw new Malformed(Code.MALFORMED, "", "not a JWS JSON serialization (no signatures)");
            }
            return document;
        }
        if (!(signatures instanceof JsonArray array) || array.isEmpty()) {
            throw new Malformed(Code.MALFORMED, "signatures", "signatures must be a non-empty array");
        }
        if (array.size() != 1) {
            throw new Malformed(Code.UNSUPPORTED, "signatures", array.size() + " signatures; a seal has exactly one");
        }
        return object(array.get(0), "signatures/0");
    }

    private static void checkDisjoint(JsonObject header, JsonObject unprotected) throws Malformed {
        for (String name : unprotected.keySet()) {
            if (header.containsKey(name)) {
                throw new Malformed(Code.MALFORMED, "header/" + name, "a header parameter is both protected and unprotected");
            }
            if (!"etsiU".equals(name)) {
                // Only the protected header is signed: a signing time, certificate or key id beside it would be unsigned.
                throw new Malformed(Code.UNSAFE_STRUCTURE, "header/" + name, "the unprotected header parameter " + name
                        + " is not signed; a JAdES seal keeps its unsigned properties in etsiU only");
            }
        }
    }

    /** Checks {@code crit} and returns whether the payload is unencoded ({@code b64: false}). */
    private static boolean checkCrit(JsonObject header) throws Malformed {
        List<String> crit = new ArrayList<>();
        if (header.containsKey("crit")) {
            if (!(header.get("crit") instanceof JsonArray array) || array.isEmpty()) {
                throw new Malformed(Code.MALFORMED, "protected/crit", "crit must be a non-empty array");
            }
            for (JsonValue value : array) {
                if (!(value instanceof JsonString name) || JWS_NAMES.contains(name.getString()) || !header.containsKey(name.getString())) {
                    throw new Malformed(Code.MALFORMED, "protected/crit", "crit lists " + value + ", which it must not");
                }
                if (!UNDERSTOOD_CRITICAL.contains(name.getString())) {
                    throw new Malformed(Code.UNSUPPORTED_CRITICAL_HEADER, "protected/crit", "critical header " + value + " is not understood");
                }
                crit.add(name.getString());
            }
        }
        if (header.containsKey("sigD")) {
            throw new Malformed(Code.UNSUPPORTED, "protected/sigD", "detached JAdES (sigD) is not supported");
        }
        JsonValue b64 = header.get("b64");
        if (b64 == null) {
            return false;
        }
        if (b64.getValueType() != JsonValue.ValueType.FALSE && b64.getValueType() != JsonValue.ValueType.TRUE || !crit.contains("b64")) {
            throw new Malformed(Code.MALFORMED, "protected/b64", "b64 must be a boolean listed in crit (RFC 7797)");
        }
        return b64 == JsonValue.FALSE;
    }

    private SealAlgorithm algorithm(JsonObject header) throws Malformed {
        String name = header.get("alg") instanceof JsonString s ? s.getString() : "";
        Optional<SealAlgorithm> algorithm = SealAlgorithm.ofJws(name);
        if (algorithm.isEmpty() || !settings.algorithms().contains(algorithm.get())) {
            throw new Malformed(Code.ALGORITHM_NOT_ALLOWED, "protected/alg", "algorithm \"" + name + "\" is not allowed");
        }
        return algorithm.get();
    }

    private static List<X509Certificate> certificates(JsonObject header) throws Malformed {
        if (!(header.get("x5c") instanceof JsonArray array) || array.isEmpty()) {
            throw new Malformed(Code.SIGNING_CERTIFICATE_MISSING, "protected/x5c", "the seal carries no certificate (x5c)");
        }
        List<X509Certificate> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            try {
                out.add(Certs.fromBase64(array.get(i) instanceof JsonString s ? s.getString() : ""));
            } catch (CertificateException e) {
                throw new Malformed(Code.MALFORMED, "protected/x5c/" + i, "not a base64 DER certificate");
            }
        }
        return out;
    }

    static JsonObject parse(byte[] bytes, String location, ReadLimits limits) throws Malformed {
        try {
            return StrictJson.parseObject(bytes, limits);
        } catch (CredentialParseException e) {
            boolean limit = e.problem() == CredentialParseException.Problem.TOO_LARGE
                    || e.problem() == CredentialParseException.Problem.TOO_DEEP;
            throw new Malformed(limit ? Code.LIMIT_EXCEEDED : Code.MALFORMED, location, "not strict JSON: " + e.getMessage());
        }
    }

    static JsonObject object(JsonValue value, String location) throws Malformed {
        if (!(value instanceof JsonObject object)) {
            throw new Malformed(Code.MALFORMED, location, "expected a JSON object");
        }
        return object;
    }

    static String text(JsonObject object, String name, String location) throws Malformed {
        if (!(object.get(name) instanceof JsonString s)) {
            throw new Malformed(Code.MALFORMED, location, "expected a string member \"" + name + "\"");
        }
        return s.getString();
    }

    static byte[] decode(String base64url, String location) throws Malformed {
        try {
            return Multibase.decodeBase64url(base64url);
        } catch (IllegalArgumentException e) {
            throw new Malformed(Code.MALFORMED, location, "not base64url");
        }
    }

    /** A structural failure that ends verification. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Code code;
        final String location;

        Malformed(Code code, String location, String message) {
            super(message, null, false, false);
            this.code = code;
            this.location = location;
        }
    }
}
