package io.github.microcredentials.seals.internal.jades;

import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.seals.internal.seal.Algorithms;
import io.github.microcredentials.seals.internal.seal.SealResult;
import io.github.microcredentials.seals.internal.seal.Finding;
import io.github.microcredentials.seals.internal.seal.Detached;
import io.github.microcredentials.seals.internal.seal.Rejected;
import io.github.microcredentials.seals.internal.seal.Rule;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a JAdES signature signs: the JWS payload part of its signing input, the enveloped content
 * when there is one, and whether every {@code sigD} digest of detached documents matches
 * (ETSI TS 119 182-1, 5.2.8: mechanisms {@code ObjectIdByURI} and {@code ObjectIdByURIHash}).
 *
 * @param signedPayload the bytes after {@code ASCII(header) || '.'} in the signing input
 * @param payload the enveloped content, decoded; empty when detached
 * @param referencesIntact whether every detached reference was found and its digest matches
 * @param findings what checking the references found
 */
record SignedData(byte[] signedPayload, Optional<byte[]> payload, boolean referencesIntact, List<Finding> findings) {

    SignedData {
        findings = List.copyOf(findings);
    }

    SignedData(byte[] signedPayload, Optional<byte[]> payload, boolean referencesIntact) {
        this(signedPayload, payload, referencesIntact, List.of());
    }

    static final String BY_URI = "http://uri.etsi.org/19182/ObjectIdByURI";
    static final String BY_URI_HASH = "http://uri.etsi.org/19182/ObjectIdByURIHash";
    /** {@code hashM} values (TS 119 182-1 uses the JWA-style names). */
    private static final Map<String, String> DIGESTS = Map.of("S256", "SHA-256", "S384", "SHA-384", "S512", "SHA-512");

    /** The data of a seal or a top-level signature. */
    static SignedData of(JsonObject header, JwsParts.Signature signature, boolean unencoded, List<Detached> detached) throws Rejected {
        String at = signature.location();
        if (header.get("sigD") != null) {
            if (signature.payload().isPresent()) {
                throw new Rejected(Rule.MALFORMED, at + "protected/sigD", "sigD names detached data, yet the payload is not empty");
            }
            return sigD(JadesValidation.object(header.get("sigD"), at + "protected/sigD"), unencoded, detached, at + "protected/sigD");
        }
        if (signature.payload().isPresent()) {
            String stored = signature.payload().get();
            if (unencoded) {
                byte[] bytes = stored.getBytes(StandardCharsets.UTF_8);
                return new SignedData(bytes, Optional.of(bytes), true);
            }
            return new SignedData(stored.getBytes(StandardCharsets.US_ASCII), Optional.of(JadesValidation.decode(stored, at + "payload")), true);
        }
        if (detached.size() > 1) {
            throw new Rejected(Rule.UNSUPPORTED, at + "payload",
                    detached.size() + " detached documents given for a signature without sigD, which signs one");
        }
        if (detached.isEmpty()) {
            // An empty payload is signed as such (RFC 7515, 7.2.1 allows it); nothing is handed on.
            return new SignedData(new byte[0], Optional.empty(), true);
        }
        // RFC 7515, appendix F: the payload is the one document supplied.
        return new SignedData(encoded(detached.get(0).content(), unencoded), Optional.empty(), true);
    }

    /** The data of a counter-signature: the counter-signed signature value, attached or detached. */
    static SignedData counterSigned(JwsParts.Signature signature, byte[] signatureValue, boolean unencoded)
            throws Rejected {
        if (signature.payload().isEmpty()) {
            return new SignedData(encoded(signatureValue, unencoded), Optional.empty(), true);
        }
        String stored = signature.payload().get();
        byte[] attached = unencoded ? stored.getBytes(StandardCharsets.UTF_8) : JadesValidation.decode(stored, signature.location() + "payload");
        boolean matches = MessageDigest.isEqual(attached, signatureValue);
        List<Finding> findings = matches ? List.of() : List.of(new Finding(Rule.REFERENCE_INVALID, signature.location() + "payload",
                "the counter-signature's payload is not the value of the signature it counter-signs"));
        return new SignedData(unencoded ? attached : stored.getBytes(StandardCharsets.US_ASCII), Optional.empty(), matches, findings);
    }

    private static SignedData sigD(JsonObject sigD, boolean unencoded, List<Detached> detached, String at)
            throws Rejected {
        String mechanism = JadesValidation.text(sigD, "mId", at + "/mId");
        List<String> pars = strings(sigD.get("pars"), at + "/pars");
        if (pars.isEmpty()) {
            throw new Rejected(Rule.MALFORMED, at + "/pars", "sigD names no document");
        }
        if (BY_URI.equals(mechanism)) {
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            for (int i = 0; i < pars.size(); i++) {
                Optional<Detached> document = find(pars.get(i), pars.size(), detached, Optional.empty());
                if (document.isEmpty()) {
                    throw new Rejected(Rule.UNSUPPORTED, at + "/pars/" + i,
                            "the detached document \"" + pars.get(i) + "\" was not supplied");
                }
                payload.writeBytes(encoded(document.get().content(), unencoded));
            }
            return new SignedData(payload.toByteArray(), Optional.empty(), true);
        }
        if (!BY_URI_HASH.equals(mechanism)) {
            throw new Rejected(Rule.UNSUPPORTED, at + "/mId", "sigD mechanism " + mechanism + " is not supported");
        }
        List<String> hashes = strings(sigD.get("hashV"), at + "/hashV");
        if (hashes.size() != pars.size()) {
            throw new Rejected(Rule.MALFORMED, at + "/hashV", "sigD has " + pars.size() + " pars and " + hashes.size() + " hashV");
        }
        String hashM = sigD.get("hashM") instanceof JsonString s ? s.getString() : "";
        String digest = DIGESTS.get(hashM);
        boolean intact = true;
        List<Finding> findings = new ArrayList<>();
        if (digest == null) {
            findings.add(new Finding(Rule.REFERENCE_INVALID, at + "/hashM", "digest algorithm \"" + hashM + "\" is not one of S256, S384, S512"));
            intact = false;
        }
        for (int i = 0; i < pars.size() && digest != null; i++) {
            byte[] expected;
            try {
                expected = Multibase.decodeBase64url(hashes.get(i));
            } catch (IllegalArgumentException e) {
                findings.add(new Finding(Rule.REFERENCE_INVALID, at + "/hashV/" + i, "not a base64url digest"));
                intact = false;
                continue;
            }
            Optional<Detached> document = find(pars.get(i), pars.size(), detached, Optional.of(new Expected(digest, expected, unencoded)));
            if (document.isEmpty()) {
                findings.add(new Finding(Rule.REFERENCE_INVALID, at + "/pars/" + i, "the detached document \"" + pars.get(i)
                        + "\" was not supplied, so its digest cannot be checked"));
                intact = false;
            } else if (!new Expected(digest, expected, unencoded).matches(document.get())) {
                findings.add(new Finding(Rule.REFERENCE_INVALID, at + "/hashV/" + i, "the digest of \"" + pars.get(i) + "\" does not match"));
                intact = false;
            }
        }
        return new SignedData(new byte[0], Optional.empty(), intact, findings);
    }

    /** A {@code hashV} entry: the digest of the document, or of its base64url form when {@code b64} is true. */
    private record Expected(String algorithm, byte[] digest, boolean unencoded) {
        boolean matches(Detached document) {
            return MessageDigest.isEqual(digest, Algorithms.digest(algorithm, encoded(document.content(), unencoded)));
        }
    }

    /**
     * The document a {@code pars} entry names: the only one when one is named and one supplied,
     * else the one of that name (percent-decoded), else (by hash) the one whose digest matches.
     */
    private static Optional<Detached> find(String par, int named, List<Detached> detached, Optional<Expected> expected) {
        if (named == 1 && detached.size() == 1) {
            return Optional.of(detached.get(0));
        }
        String name = decodeUri(par);
        for (Detached document : detached) {
            if (document.name().equals(name) || document.name().equals(par)) {
                return Optional.of(document);
            }
        }
        return expected.flatMap(e -> detached.stream().filter(e::matches).findFirst());
    }

    private static String decodeUri(String par) {
        try {
            return URLDecoder.decode(par.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return par;
        }
    }

    private static byte[] encoded(byte[] content, boolean unencoded) {
        return unencoded ? content : Multibase.base64url(content).getBytes(StandardCharsets.US_ASCII);
    }

    private static List<String> strings(JsonValue value, String location) throws Rejected {
        if (!(value instanceof JsonArray array)) {
            throw new Rejected(Rule.MALFORMED, location, "expected an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString s)) {
                throw new Rejected(Rule.MALFORMED, location, "expected an array of strings");
            }
            out.add(s.getString());
        }
        return out;
    }
}
