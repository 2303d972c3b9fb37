package io.github.microcredentials.seals.internal.jades;

import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.seals.internal.seal.Algorithms;
import io.github.microcredentials.seals.internal.seal.Certs;
import io.github.microcredentials.seals.internal.seal.Found;
import io.github.microcredentials.seals.internal.seal.Finding;
import io.github.microcredentials.seals.internal.seal.Timestamps;
import io.github.microcredentials.seals.internal.seal.Rule;
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

    /**
     * JAdES {@code digAlg} values (ETSI TS 119 182-1 uses the XML Signature digest URIs; DSS also
     * writes S256…). SHA-1 still names a certificate, but is retired: a reference by SHA-1 is
     * reported as {@code LEGACY_ALGORITHM} (intact, not accepted by default; the policy can relax it).
     */
    private static final Map<String, String> DIGESTS = Map.of(
            "S256", "SHA-256", "S384", "SHA-384", "S512", "SHA-512",
            "http://www.w3.org/2000/09/xmldsig#sha1", "SHA-1",
            "http://www.w3.org/2001/04/xmlenc#sha256", "SHA-256",
            "http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA-384",
            "http://www.w3.org/2001/04/xmlenc#sha512", "SHA-512");

    private JadesHeaders() {
    }

    /**
     * {@code x5t#S256}, {@code x5t#o} or {@code sigX5ts} must name the leaf; {@code kid}, if an
     * IssuerSerial, too.
     *
     * @return whether a signed digest reference to the signing certificate is present, with what
     *     the check found
     */
    static Found<Boolean> checkSigningCertificate(JsonObject header, X509Certificate leaf) {
        byte[] der = Certs.der(leaf);
        List<Finding> findings = new java.util.ArrayList<>();
        boolean referenced = false;
        if (header.get("x5t#S256") instanceof JsonString s) {
            referenced = true;
            if (!s.getString().equals(Multibase.base64url(Algorithms.digest("SHA-256", der)))) {
                findings.add(new Finding(Rule.SIGNING_CERTIFICATE_MISMATCH, "protected/x5t#S256", "x5t#S256 is not the digest of x5c[0]"));
            }
        }
        if (header.get("x5t#o") instanceof JsonObject o) {
            referenced = true;
            if (!digestMatches(o, der)) {
                findings.add(new Finding(Rule.SIGNING_CERTIFICATE_MISMATCH, "protected/x5t#o", "x5t#o is not the digest of x5c[0]"));
            } else if (sha1(o)) {
                findings.add(new Finding(Rule.LEGACY_ALGORITHM, "protected/x5t#o", "the signing certificate is referenced by the retired digest SHA-1"));
            }
        }
        if (header.get("sigX5ts") instanceof JsonArray array && !array.isEmpty()) {
            referenced = true;
            if (array.stream().noneMatch(v -> v instanceof JsonObject o && digestMatches(o, der))) {
                findings.add(new Finding(Rule.SIGNING_CERTIFICATE_MISMATCH, "protected/sigX5ts", "sigX5ts does not name x5c[0]"));
            } else if (array.stream().noneMatch(v -> v instanceof JsonObject o && digestMatches(o, der) && !sha1(o))) {
                findings.add(new Finding(Rule.LEGACY_ALGORITHM, "protected/sigX5ts",
                        "the signing certificate is referenced by the retired digest SHA-1"));
            }
        }
        if (!referenced) {
            findings.add(new Finding(Rule.SIGNING_CERTIFICATE_REFERENCE_MISSING, "protected",
                    "no signed signing-certificate reference (x5t#S256, x5t#o, sigX5ts)"));
        }
        if (header.get("kid") instanceof JsonString kid) {
            issuerSerial(kid.getString()).filter(is -> !Certs.matchesIssuerSerial(is, leaf)).ifPresent(is ->
                    findings.add(new Finding(Rule.SIGNING_CERTIFICATE_MISMATCH, "protected/kid", "kid names another certificate than x5c[0]")));
        }
        return new Found<>(referenced, findings);
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

    private static boolean sha1(JsonObject reference) {
        return reference.get("digAlg") instanceof JsonString s && "SHA-1".equals(DIGESTS.get(s.getString()));
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
    static Found<Optional<Instant>> signingTime(JsonObject header) {
        JsonValue iat = header.get("iat");
        if (iat instanceof JsonNumber number && number.isIntegral()
                && number.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(Instant.MIN.getEpochSecond())) >= 0
                && number.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(Instant.MAX.getEpochSecond())) <= 0) {
            return Found.clean(Optional.of(Instant.ofEpochSecond(number.longValueExact())));
        } else if (iat != null) {
            return new Found<>(Optional.empty(), List.of(new Finding(Rule.MALFORMED, "protected/iat",
                    "iat must be a NumericDate (whole seconds, a representable time)")));
        } else if (header.get("sigT") instanceof JsonString sigT) {
            try {
                return new Found<>(Optional.of(OffsetDateTime.parse(sigT.getString()).toInstant()), List.of(new Finding(Rule.LEGACY_ELEMENT,
                        "protected/sigT", "signing time in the legacy sigT; seals made since 2025-05-15 use iat")));
            } catch (DateTimeParseException e) {
                return new Found<>(Optional.empty(), List.of(new Finding(Rule.MALFORMED, "protected/sigT", "sigT is not an RFC 3339 date-time")));
            }
        }
        return new Found<>(Optional.empty(), List.of(new Finding(Rule.NOT_BASELINE, "protected", "no signing time (iat)")));
    }

    /** {@code adoTst}: time-stamps over the payload, taken before signing. */
    static Found<List<X509Certificate>> contentTimestamps(JsonObject header, byte[] signedPayload) {
        if (!(header.get("adoTst") instanceof JsonObject adoTst)) {
            return Found.clean(List.of());
        }
        Found<List<byte[]>> tokens = EtsiU.tokens(adoTst, "protected/adoTst");
        List<Finding> findings = new java.util.ArrayList<>(tokens.findings());
        List<X509Certificate> certificates = new java.util.ArrayList<>();
        for (byte[] token : tokens.value()) {
            Timestamps.Checked checked = Timestamps.check(token, signedPayload);
            checked.failure().ifPresent(f -> findings.add(new Finding(Rule.TIMESTAMP_INVALID, "protected/adoTst", f)));
            certificates.addAll(checked.certificates());
        }
        return new Found<>(certificates, findings);
    }

}
