package io.github.microcredentials.seals.internal.jades;

import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.seals.internal.seal.Algorithms;
import io.github.microcredentials.seals.internal.seal.Certs;
import io.github.microcredentials.seals.internal.seal.Outcome;
import io.github.microcredentials.seals.internal.seal.Timestamps;
import io.github.microcredentials.seals.SealLevel;
import io.github.microcredentials.seals.SealProblem.Code;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JAdES protected header checks: signing-certificate binding, signing time, content time-stamps, level. */
final class JadesHeaders {

    /** JAdES {@code digAlg} values (ETSI TS 119 182-1 uses the XML Signature digest URIs; DSS also writes S256…). */
    private static final Map<String, String> DIGESTS = Map.of(
            "S256", "SHA-256", "S384", "SHA-384", "S512", "SHA-512",
            "http://www.w3.org/2001/04/xmlenc#sha256", "SHA-256",
            "http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA-384",
            "http://www.w3.org/2001/04/xmlenc#sha512", "SHA-512");

    private JadesHeaders() {
    }

    /**
     * {@code x5t#S256}, {@code x5t#o} or {@code sigX5ts} must name the leaf; {@code kid}, if an
     * IssuerSerial, too.
     *
     * @return whether a signed digest reference to the signing certificate is present
     */
    static boolean checkSigningCertificate(JsonObject header, X509Certificate leaf, Outcome outcome) {
        byte[] der = Certs.der(leaf);
        boolean referenced = false;
        if (header.get("x5t#S256") instanceof JsonString s) {
            referenced = true;
            if (!s.getString().equals(Multibase.base64url(Algorithms.digest("SHA-256", der)))) {
                outcome.fail(Code.SIGNING_CERTIFICATE_MISMATCH, "protected/x5t#S256", "x5t#S256 is not the digest of x5c[0]");
            }
        }
        if (header.get("x5t#o") instanceof JsonObject o) {
            referenced = true;
            if (!digestMatches(o, der)) {
                outcome.fail(Code.SIGNING_CERTIFICATE_MISMATCH, "protected/x5t#o", "x5t#o is not the digest of x5c[0]");
            }
        }
        if (header.get("sigX5ts") instanceof JsonArray array && !array.isEmpty()) {
            referenced = true;
            if (array.stream().noneMatch(v -> v instanceof JsonObject o && digestMatches(o, der))) {
                outcome.fail(Code.SIGNING_CERTIFICATE_MISMATCH, "protected/sigX5ts", "sigX5ts does not name x5c[0]");
            }
        }
        if (!referenced) {
            outcome.fail(Code.SIGNING_CERTIFICATE_REFERENCE_MISSING, "protected",
                    "no signed signing-certificate reference (x5t#S256, x5t#o, sigX5ts)");
        }
        if (header.get("kid") instanceof JsonString kid) {
            issuerSerial(kid.getString()).filter(is -> !Certs.matchesIssuerSerial(is, leaf)).ifPresent(is ->
                    outcome.fail(Code.SIGNING_CERTIFICATE_MISMATCH, "protected/kid", "kid names another certificate than x5c[0]"));
        }
        return referenced;
    }

    /**
     * Whether a signed digest reference ({@code x5t#S256}, {@code x5t#o}, an entry of
     * {@code sigX5ts}) names the certificate.
     */
    static boolean referencedByDigest(JsonObject header, X509Certificate certificate) {
        byte[] der = Certs.der(certificate);
        return header.get("x5t#S256") instanceof JsonString s && s.getString().equals(Multibase.base64url(Algorithms.digest("SHA-256", der)))
                || header.get("x5t#o") instanceof JsonObject o && digestMatches(o, der)
                || header.get("sigX5ts") instanceof JsonArray array && array.stream().anyMatch(v -> v instanceof JsonObject o && digestMatches(o, der));
    }

    private static Optional<byte[]> issuerSerial(String kid) {
        try {
            byte[] der = Base64.getDecoder().decode(kid);
            org.bouncycastle.asn1.x509.IssuerSerial.getInstance(der);
            return Optional.of(der);
        } catch (RuntimeException e) {
            // A kid that is not a base64 IssuerSerial is an opaque key id: nothing to compare.
            return Optional.empty();
        }
    }

    private static boolean digestMatches(JsonObject reference, byte[] der) {
        String algorithm = reference.get("digAlg") instanceof JsonString s ? DIGESTS.get(s.getString()) : null;
        if (algorithm == null || !(reference.get("digVal") instanceof JsonString value)) {
            return false;
        }
        byte[] expected = Algorithms.digest(algorithm, der);
        try {
            return MessageDigest.isEqual(Multibase.decodeBase64url(value.getString()), expected);
        } catch (IllegalArgumentException e) {
            try {
                // Some producers write digVal in standard base64.
                return MessageDigest.isEqual(Base64.getDecoder().decode(value.getString()), expected);
            } catch (IllegalArgumentException notBase64) {
                return false;
            }
        }
    }

    /** {@code iat} (NumericDate), else the legacy {@code sigT} (RFC 3339, warned). */
    static void signingTime(JsonObject header, Outcome outcome) {
        JsonValue iat = header.get("iat");
        if (iat instanceof JsonNumber number && number.isIntegral()
                && number.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(Instant.MIN.getEpochSecond())) >= 0
                && number.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(Instant.MAX.getEpochSecond())) <= 0) {
            outcome.signingTime = Optional.of(Instant.ofEpochSecond(number.longValueExact()));
        } else if (iat != null) {
            outcome.fail(Code.MALFORMED, "protected/iat", "iat must be a NumericDate (whole seconds, a representable time)");
        } else if (header.get("sigT") instanceof JsonString sigT) {
            try {
                outcome.signingTime = Optional.of(OffsetDateTime.parse(sigT.getString()).toInstant());
                outcome.warn(Code.LEGACY_ELEMENT, "protected/sigT", "signing time in the legacy sigT; seals made since 2025-05-15 use iat");
            } catch (DateTimeParseException e) {
                outcome.fail(Code.MALFORMED, "protected/sigT", "sigT is not an RFC 3339 date-time");
            }
        } else {
            outcome.warn(Code.NOT_BASELINE, "protected", "no signing time (iat)");
        }
    }

    /** {@code adoTst}: time-stamps over the payload, taken before signing. */
    static void contentTimestamps(JsonObject header, byte[] signedPayload, Outcome outcome, List<X509Certificate> candidates) {
        if (!(header.get("adoTst") instanceof JsonObject adoTst)) {
            return;
        }
        for (byte[] token : EtsiU.tokens(adoTst, "protected/adoTst", outcome)) {
            Timestamps.Checked checked = Timestamps.check(token, signedPayload);
            checked.failure().ifPresent(f -> outcome.fail(Code.TIMESTAMP_INVALID, "protected/adoTst", f));
            candidates.addAll(checked.certificates());
        }
    }

    /** B needs a signing time and a signed certificate reference; then T, LT, LTA by the unsigned properties. */
    static Optional<SealLevel> level(boolean certificateReferenced, EtsiU etsiU, Outcome outcome) {
        boolean baselineB = outcome.signingTime.isPresent() && certificateReferenced && outcome.signer.isPresent();
        if (!baselineB) {
            return Optional.empty();
        }
        if (etsiU.has("arcTst")) {
            return Optional.of(SealLevel.BASELINE_LTA);
        }
        if (etsiU.has("xVals") && etsiU.has("rVals")) {
            return Optional.of(SealLevel.BASELINE_LT);
        }
        return Optional.of(etsiU.has("sigTst") ? SealLevel.BASELINE_T : SealLevel.BASELINE_B);
    }
}
