package io.github.microcredentials.seals.internal.jades;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.ReadLimits;
import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.seals.internal.seal.Algorithms;
import io.github.microcredentials.seals.internal.seal.Certs;
import io.github.microcredentials.seals.internal.seal.Chains;
import io.github.microcredentials.seals.internal.seal.SealResult;
import io.github.microcredentials.seals.internal.seal.Baseline;
import io.github.microcredentials.seals.internal.seal.Finding;
import io.github.microcredentials.seals.internal.seal.Found;
import io.github.microcredentials.seals.internal.seal.TrustSettings;
import io.github.microcredentials.seals.internal.seal.Detached;
import io.github.microcredentials.signing.SignatureAlgorithm;
import io.github.microcredentials.seals.internal.seal.Rejected;
import io.github.microcredentials.seals.internal.seal.Rule;
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
 * Verifies a JAdES seal in any JWS serialization: compact, flattened or general JSON (every
 * signature of it). Each signature is checked the way ETSI EN 319 102-1 separates the questions:
 * whether it is intact (the signature value over the exact signing input, and every {@code sigD}
 * digest over the detached documents), then what the verifier's rules say about it (structure,
 * {@code crit}, the allow-list, the signing-certificate reference, time-stamps, counter-signatures),
 * then the certificate chain. A rule that fails never makes a seal valid; it does not hide whether
 * the cryptography holds.
 */
public final class JadesValidation {

    /**
     * The critical header parameters understood: RFC 7797 {@code b64}; the JAdES signed properties
     * this verifier processes ({@code sigT}, {@code iat}, {@code adoTst}, {@code sigD},
     * {@code sigX5ts}) or that only inform ({@code sigPId}, {@code srCms}, {@code sigPl},
     * {@code srAts}: policy, commitments, place and attributes are reported, not enforced).
     */
    private static final Set<String> UNDERSTOOD_CRITICAL = Set.of("b64", "sigT", "adoTst", "iat", "sigD", "sigX5ts",
            "sigPId", "srCms", "sigPl", "srAts");
    /** Names RFC 7515 and 7518 define, which {@code crit} must not list. */
    private static final Set<String> JWS_NAMES = Set.of("alg", "jku", "jwk", "kid", "x5u", "x5c", "x5t", "x5t#S256", "typ", "cty", "crit",
            "enc", "zip", "epk", "apu", "apv", "iv", "tag", "p2s", "p2c");
    /** How deep counter-signatures of counter-signatures are followed. */
    private static final int MAX_COUNTER_SIGNATURE_DEPTH = 4;

    private final TrustSettings settings;
    private final List<Detached> detached;
    private final SealResult.Builder result = new SealResult.Builder();

    private JadesValidation(TrustSettings settings, List<Detached> detached) {
        this.settings = settings;
        this.detached = detached;
    }

    /**
     * Verifies a seal that carries its payload.
     *
     * @param input the seal: JWS JSON (UTF-8) or compact serialization
     * @param settings what to trust, when
     * @return the result; never throws for bad input
     */
    public static SealResult verify(byte[] input, TrustSettings settings) {
        return verify(input, List.of(), settings);
    }

    /**
     * Verifies a seal, with the documents it signs detached ({@code sigD}, or an empty payload).
     *
     * @param input the seal: JWS JSON (UTF-8) or compact serialization
     * @param detached the detached documents; empty for an enveloping seal
     * @param settings what to trust, when
     * @return the result; never throws for bad input
     */
    public static SealResult verify(byte[] input, List<Detached> detached, TrustSettings settings) {
        List<JwsParts.Signature> signatures;
        try {
            signatures = JwsParts.read(input, settings.limits());
        } catch (Rejected e) {
            return SealResult.rejected(e.finding());
        }
        SealResult all = null;
        for (JwsParts.Signature signature : signatures) {
            SealResult one = new JadesValidation(settings, detached).run(signature, Optional.empty(), 0);
            all = all == null ? one : all.and(one);
        }
        return all;
    }

    /**
     * Whether a compact JWS is a JAdES signature (it names its certificate or carries JAdES signed
     * properties) rather than a VC-JWT.
     *
     * @param input the bytes
     * @param limits the read limits
     * @return {@code true} for a JAdES compact serialization
     */
    public static boolean isCompactJades(byte[] input, ReadLimits limits) {
        return JwsParts.isCompactJades(input, limits);
    }

    private SealResult run(JwsParts.Signature signature, Optional<byte[]> counterSigned, int depth) {
        try {
            check(signature, counterSigned, depth);
        } catch (Rejected e) {
            // Integrity cannot be established: whatever was found so far stays, the content is not handed on.
            result.intact(false).payload(Optional.empty()).add(e.finding());
        }
        return result.build();
    }

    private void check(JwsParts.Signature signature, Optional<byte[]> counterSigned, int depth) throws Rejected {
        String at = signature.location();
        String encodedHeader = signature.encodedHeader();
        JsonObject header = parse(decode(encodedHeader, at + "protected"), at + "protected", settings.limits());
        checkUnprotected(header, signature.unprotected(), at);
        boolean unencoded = checkCrit(header, at);
        SignatureAlgorithm algorithm = algorithm(header, at);
        EtsiU etsiU = EtsiU.read(signature.unprotected(), settings.limits(), at);
        result.addAll(etsiU.findings());
        List<X509Certificate> x5c = certificates(header, at);
        X509Certificate leaf = signingCertificate(header, x5c, etsiU, at);
        result.signer(Optional.of(leaf));
        if (!Algorithms.fits(algorithm, leaf.getPublicKey())) {
            throw new Rejected(Rule.ALGORITHM_NOT_ALLOWED, at + "protected/alg", algorithm.jwsName() + " does not fit the certificate's key");
        }
        SignedData data = counterSigned.isPresent()
                ? SignedData.counterSigned(signature, counterSigned.get(), unencoded)
                : SignedData.of(header, signature, unencoded, detached);
        result.addAll(data.findings());
        byte[] signatureValue = decode(signature.signature(), at + "signature");
        boolean signatureVerifies = Algorithms.verify(algorithm, leaf.getPublicKey(),
                JadesSigning.dataToBeSigned(encodedHeader, data.signedPayload()), signatureValue);
        if (!signatureVerifies) {
            result.add(Rule.SIGNATURE_INVALID, at + "signature", "the signature does not verify over the payload with the certificate's key");
        }
        result.intact(signatureVerifies && data.referencesIntact());
        Found<Boolean> referenced = JadesHeaders.checkSigningCertificate(header, leaf);
        result.addAll(referenced.findings());
        Found<Optional<java.time.Instant>> signingTime = JadesHeaders.signingTime(header);
        result.addAll(signingTime.findings()).signingTime(signingTime.value());
        List<X509Certificate> candidates = new ArrayList<>(x5c);
        candidates.addAll(etsiU.certificates());
        EtsiU.Checked stamped = etsiU.check(signature.signature(), data.signedPayload(), encodedHeader);
        result.addAll(stamped.findings());
        candidates.addAll(stamped.certificates());
        Found<List<X509Certificate>> content = JadesHeaders.contentTimestamps(header, data.signedPayload());
        result.addAll(content.findings());
        candidates.addAll(content.value());
        if (depth < MAX_COUNTER_SIGNATURE_DEPTH) {
            counterSignatures(etsiU, signatureValue, depth, at);
        }
        result.level(new Baseline.Evidence(signingTime.value().isPresent(), referenced.value(), etsiU.has("sigTst"),
                etsiU.has("xVals") && etsiU.has("rVals"), etsiU.has("arcTst")).highest());
        // Kept when intact; the public report hands it on only when the whole seal is valid.
        result.payload(data.payload());
        result.chain(Chains.check(leaf, candidates, stamped.signatureTimestamps(), settings));
    }

    /** Each {@code cSig}: a JAdES signature whose payload is this signature's value (TS 119 182-1, 5.3.2). */
    private void counterSignatures(EtsiU etsiU, byte[] signatureValue, int depth, String at) {
        for (EtsiU.Located cSig : etsiU.named("cSig")) {
            JadesValidation counter = new JadesValidation(settings, List.of());
            SealResult verdict;
            try {
                JwsParts.Signature parts = cSig.value() instanceof JsonString s
                        ? JwsParts.compact(s.getString().getBytes(StandardCharsets.US_ASCII))
                        : single(JwsParts.json(object(cSig.value(), cSig.location())), cSig.location());
                verdict = counter.run(parts, Optional.of(signatureValue), depth + 1);
            } catch (Rejected e) {
                verdict = SealResult.rejected(e.finding());
            }
            result.counterSignature(verdict, cSig.location());
        }
    }

    private static JwsParts.Signature single(List<JwsParts.Signature> signatures, String location) throws Rejected {
        if (signatures.size() != 1) {
            throw new Rejected(Rule.MALFORMED, location, "a cSig holds exactly one counter-signature");
        }
        return signatures.get(0);
    }

    /** Only the protected header is signed: the unprotected one may hold {@code etsiU} and nothing else. */
    private void checkUnprotected(JsonObject header, JsonObject unprotected, String at) {
        for (String name : unprotected.keySet()) {
            if (header.containsKey(name)) {
                result.add(Rule.UNSAFE_STRUCTURE, at + "header/" + name, "a header parameter is both protected and unprotected");
            } else if (!"etsiU".equals(name)) {
                // A signing time, certificate or key id beside the protected header would be unsigned: never read.
                result.add(Rule.UNSAFE_STRUCTURE, at + "header/" + name, "the unprotected header parameter " + name
                        + " is not signed; a JAdES seal keeps its unsigned properties in etsiU only");
            }
        }
    }

    /**
     * Checks {@code crit} (RFC 7515, 4.1.11) and returns whether the payload is unencoded
     * ({@code b64: false}). A critical parameter not understood, or a {@code crit} that breaks
     * the rules, fails the seal; the signature value is still checked.
     */
    private boolean checkCrit(JsonObject header, String at) {
        String location = at + "protected/crit";
        List<String> crit = new ArrayList<>();
        JsonValue critValue = header.get("crit");
        if (critValue != null) {
            if (!(critValue instanceof JsonArray array) || array.isEmpty()) {
                result.add(Rule.MALFORMED, location, "crit must be a non-empty array");
            } else {
                for (JsonValue value : array) {
                    if (!(value instanceof JsonString s)) {
                        result.add(Rule.MALFORMED, location, "crit lists " + value + ", which is not a name");
                        continue;
                    }
                    String name = s.getString();
                    if (crit.contains(name)) {
                        result.add(Rule.MALFORMED, location, "crit lists \"" + name + "\" twice");
                    } else if ("etsiU".equals(name)) {
                        // Some producers list the unprotected etsiU; it is not a protected parameter, so nothing is made critical.
                        result.add(Rule.ETSIU_IN_CRIT, location, "crit lists etsiU, which is not a protected header parameter; ignored");
                    } else if (JWS_NAMES.contains(name)) {
                        result.add(Rule.MALFORMED, location, "crit lists \"" + name + "\", a parameter RFC 7515 defines");
                    } else if (!header.containsKey(name)) {
                        result.add(Rule.MALFORMED, location, "crit lists \"" + name + "\", which the protected header lacks");
                    } else if (!UNDERSTOOD_CRITICAL.contains(name)) {
                        result.add(Rule.UNSUPPORTED_CRITICAL_HEADER, location, "critical header \"" + name + "\" is not understood");
                    }
                    crit.add(name);
                }
            }
        }
        JsonValue b64 = header.get("b64");
        if (b64 == null) {
            return false;
        }
        if (b64 != JsonValue.FALSE && b64 != JsonValue.TRUE) {
            result.add(Rule.MALFORMED, at + "protected/b64", "b64 must be a boolean");
            return false;
        }
        if (!crit.contains("b64")) {
            result.add(Rule.MALFORMED, at + "protected/b64", "b64 must be listed in crit (RFC 7797, 6)");
        }
        return b64 == JsonValue.FALSE;
    }

    /** The algorithm named by the header, if this library knows it; the allow-list is a rule. */
    private SignatureAlgorithm algorithm(JsonObject header, String at) throws Rejected {
        String name = header.get("alg") instanceof JsonString s ? s.getString() : "";
        Optional<SignatureAlgorithm> algorithm = SignatureAlgorithm.ofJws(name);
        if (algorithm.isEmpty()) {
            throw new Rejected(Rule.ALGORITHM_NOT_ALLOWED, at + "protected/alg", "algorithm \"" + name + "\" is not supported");
        }
        if (!settings.algorithms().contains(algorithm.get())) {
            result.add(Rule.ALGORITHM_NOT_ALLOWED, at + "protected/alg", "algorithm \"" + name + "\" is not allowed");
        }
        return algorithm.get();
    }

    private static List<X509Certificate> certificates(JsonObject header, String at) throws Rejected {
        JsonValue value = header.get("x5c");
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonArray array) || array.isEmpty()) {
            throw new Rejected(Rule.MALFORMED, at + "protected/x5c", "x5c must be a non-empty array");
        }
        List<X509Certificate> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            try {
                out.add(Certs.fromBase64(array.get(i) instanceof JsonString s ? s.getString() : ""));
            } catch (CertificateException e) {
                throw new Rejected(Rule.MALFORMED, at + "protected/x5c/" + i, "not a base64 DER certificate");
            }
        }
        return out;
    }

    /**
     * The signing certificate: {@code x5c[0]}, else the certificate of the unsigned {@code xVals}
     * that a signed digest reference ({@code x5t#S256}, {@code x5t#o}, {@code sigX5ts}) names.
     * An unsigned certificate is never taken on its own word.
     */
    private static X509Certificate signingCertificate(JsonObject header, List<X509Certificate> x5c, EtsiU etsiU, String at)
            throws Rejected {
        if (!x5c.isEmpty()) {
            return x5c.get(0);
        }
        for (X509Certificate candidate : etsiU.certificates()) {
            if (JadesHeaders.referencedByDigest(header, candidate)) {
                return candidate;
            }
        }
        throw new Rejected(Rule.SIGNING_CERTIFICATE_MISSING, at + "protected/x5c",
                "the seal carries no certificate (x5c, or an xVals certificate its signed x5t#S256, x5t#o or sigX5ts names)");
    }

    static JsonObject parse(byte[] bytes, String location, ReadLimits limits) throws Rejected {
        try {
            return StrictJson.parseObject(bytes, limits);
        } catch (CredentialParseException e) {
            boolean limit = e.problem() == CredentialParseException.Problem.TOO_LARGE
                    || e.problem() == CredentialParseException.Problem.TOO_DEEP;
            throw new Rejected(limit ? Rule.LIMIT_EXCEEDED : Rule.MALFORMED, location, "not strict JSON: " + e.getMessage());
        }
    }

    static JsonObject object(JsonValue value, String location) throws Rejected {
        if (!(value instanceof JsonObject object)) {
            throw new Rejected(Rule.MALFORMED, location, "expected a JSON object");
        }
        return object;
    }

    static String text(JsonObject object, String name, String location) throws Rejected {
        if (!(object.get(name) instanceof JsonString s)) {
            throw new Rejected(Rule.MALFORMED, location, "expected a string member \"" + name + "\"");
        }
        return s.getString();
    }

    static byte[] decode(String base64url, String location) throws Rejected {
        try {
            return Multibase.decodeBase64url(base64url);
        } catch (IllegalArgumentException e) {
            throw new Rejected(Rule.MALFORMED, location, "not base64url");
        }
    }
}
