package io.github.microcredentials.seals.internal.jades;

import io.github.microcredentials.core.json.ReadLimits;
import io.github.microcredentials.seals.internal.seal.Certs;
import io.github.microcredentials.seals.internal.seal.Found;
import io.github.microcredentials.seals.internal.seal.Finding;
import io.github.microcredentials.seals.internal.seal.Timestamps;
import io.github.microcredentials.seals.internal.seal.Rejected;
import io.github.microcredentials.seals.internal.seal.Rule;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The unprotected {@code etsiU} components, in order: each a base64url-encoded JSON object with
 * one member ({@code sigTst}, {@code xVals}, {@code rVals}, {@code arcTst}, …), or that object
 * itself. Archive time-stamps are checked for the base64url form only, whose imprint input is
 * defined byte for byte.
 */
final class EtsiU {

    /** One component: its name, its value, and its text as stored (for archive time-stamp input). */
    private record Component(String name, JsonObject value, String stored, boolean encoded, String location) {
    }

    /**
     * A component's value and where it is.
     *
     * @param location for problems
     * @param value the member's value
     */
    record Located(String location, JsonValue value) {
    }

    /**
     * What checking the components found.
     *
     * @param signatureTimestamps the signature time-stamps that verified
     * @param certificates the certificates of every time-stamp token (candidates for chains only)
     * @param findings what the checks found
     */
    record Checked(List<Timestamps.Checked> signatureTimestamps, List<X509Certificate> certificates, List<Finding> findings) {
    }

    private final List<Component> components;
    private final List<X509Certificate> certificates;
    private final List<Finding> findings;

    private EtsiU(List<Component> components, List<X509Certificate> certificates, List<Finding> findings) {
        this.components = List.copyOf(components);
        this.certificates = List.copyOf(certificates);
        this.findings = List.copyOf(findings);
    }

    /**
     * Reads {@code etsiU}. It is not signed: a component that cannot be read is reported and
     * skipped, and nothing in it is believed unless a signed property or a time-stamp vouches for it.
     */
    static EtsiU read(JsonObject unprotected, ReadLimits limits, String at) {
        JsonValue etsiU = unprotected.get("etsiU");
        List<Component> components = new ArrayList<>();
        List<X509Certificate> certificates = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        if (etsiU == null) {
            return new EtsiU(components, certificates, findings);
        }
        if (!(etsiU instanceof JsonArray array)) {
            findings.add(new Finding(Rule.MALFORMED, at + "header/etsiU", "etsiU must be an array; ignored"));
            return new EtsiU(components, certificates, findings);
        }
        for (int i = 0; i < array.size(); i++) {
            String location = at + "header/etsiU/" + i;
            JsonValue item = array.get(i);
            JsonObject value;
            try {
                value = item instanceof JsonString s
                        ? JadesValidation.parse(JadesValidation.decode(s.getString(), location), location, limits)
                        : JadesValidation.object(item, location);
            } catch (Rejected e) {
                findings.add(new Finding(e.rule(), location, "an etsiU component is unreadable (" + e.getMessage() + "); ignored"));
                continue;
            }
            if (value.size() != 1) {
                findings.add(new Finding(Rule.MALFORMED, location, "an etsiU component has exactly one member; ignored"));
                continue;
            }
            String name = value.keySet().iterator().next();
            Component component = new Component(name, value, item instanceof JsonString s ? s.getString() : "", item instanceof JsonString,
                    location + "/" + name);
            components.add(component);
            if ("xVals".equals(name)) {
                Found<List<X509Certificate>> read = certificates(value.get(name), component.location);
                certificates.addAll(read.value());
                findings.addAll(read.findings());
            }
        }
        return new EtsiU(components, certificates, findings);
    }

    /** What reading found: unreadable components, which are skipped. */
    List<Finding> findings() {
        return findings;
    }

    boolean has(String name) {
        return components.stream().anyMatch(c -> c.name.equals(name));
    }

    /** The values of the components of a name, in order. */
    List<Located> named(String name) {
        return components.stream().filter(c -> c.name.equals(name)).map(c -> new Located(c.location, c.value.get(name))).toList();
    }

    /** The certificates of the {@code xVals} components (unsigned: candidates for chains only). */
    List<X509Certificate> certificates() {
        return certificates;
    }

    /**
     * Checks the time-stamps and collects certificates: {@code sigTst} over the base64url signature
     * value, {@code arcTst} over payload, header, signature and the components before it.
     */
    Checked check(String signature, byte[] signedPayload, String encodedHeader) {
        List<Timestamps.Checked> signatureTimestamps = new ArrayList<>();
        List<X509Certificate> candidates = new ArrayList<>();
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            Component component = components.get(i);
            String location = component.location;
            switch (component.name) {
                case "sigTst":
                    Found<List<byte[]>> sigTst = tokens(component.value.get("sigTst"), location);
                    found.addAll(sigTst.findings());
                    for (byte[] token : sigTst.value()) {
                        Timestamps.Checked checked = Timestamps.check(token, signature.getBytes(StandardCharsets.US_ASCII));
                        candidates.addAll(checked.certificates());
                        checked.failure().ifPresentOrElse(f -> found.add(new Finding(Rule.TIMESTAMP_INVALID, location, f)),
                                () -> signatureTimestamps.add(checked));
                    }
                    break;
                case "arcTst":
                    byte[] data = archiveData(i, signature, signedPayload, encodedHeader);
                    if (data.length == 0) {
                        found.add(new Finding(Rule.ARCHIVE_TIMESTAMP_INVALID, location,
                                "archive time-stamps over unencoded etsiU components are not supported"));
                        break;
                    }
                    Found<List<byte[]>> arcTst = tokens(component.value.get("arcTst"), location);
                    found.addAll(arcTst.findings());
                    for (byte[] token : arcTst.value()) {
                        Timestamps.Checked checked = Timestamps.check(token, data);
                        candidates.addAll(checked.certificates());
                        checked.failure().ifPresent(f -> found.add(new Finding(Rule.ARCHIVE_TIMESTAMP_INVALID, location, f)));
                    }
                    break;
                case "sigRTst":
                case "rfsTst":
                    // Recognised, not refused (TS 119 182-1, 5.3.6.x): time-stamps over the signature and
                    // its validation-data references (xRefs, rRefs), whose imprint input this verifier
                    // does not build. Unsigned and not needed for any baseline level, they are passed
                    // over: they never make a seal fail, and their times are not used.
                    break;
                default:
                    // rVals and other validation data: revocation is not checked offline.
            }
        }
        return new Checked(List.copyOf(signatureTimestamps), List.copyOf(candidates), List.copyOf(found));
    }

    private byte[] archiveData(int index, String signature, byte[] signedPayload, String encodedHeader) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(signedPayload);
        out.writeBytes(("." + encodedHeader + "." + signature + ".").getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < index; i++) {
            if (!components.get(i).encoded) {
                return new byte[0];
            }
            out.writeBytes(components.get(i).stored.getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    /** The DER tokens of a time-stamp attribute {@code {"tstTokens": [{"val": "<base64>"}, …]}}. */
    static Found<List<byte[]>> tokens(JsonValue attribute, String location) {
        List<byte[]> out = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        if (attribute instanceof JsonObject object && object.get("tstTokens") instanceof JsonArray tokens) {
            for (JsonValue token : tokens) {
                try {
                    if (token instanceof JsonObject t && t.get("val") instanceof JsonString val) {
                        out.add(Base64.getDecoder().decode(val.getString()));
                        continue;
                    }
                } catch (IllegalArgumentException e) {
                    // reported below
                }
                findings.add(new Finding(Rule.TIMESTAMP_INVALID, location, "a time-stamp token is not base64 DER"));
            }
        }
        if (out.isEmpty()) {
            findings.add(new Finding(Rule.TIMESTAMP_INVALID, location, "no time-stamp token"));
        }
        return new Found<>(out, findings);
    }

    private static Found<List<X509Certificate>> certificates(JsonValue xVals, String location) {
        List<X509Certificate> candidates = new ArrayList<>();
        if (!(xVals instanceof JsonArray array)) {
            return new Found<>(candidates, List.of(new Finding(Rule.MALFORMED, location, "xVals must be an array")));
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonValue item : array) {
            if (item instanceof JsonObject o && o.get("x509Cert") instanceof JsonObject cert && cert.get("val") instanceof JsonString val) {
                try {
                    candidates.add(Certs.fromBase64(val.getString()));
                } catch (CertificateException e) {
                    findings.add(new Finding(Rule.CERTIFICATE_UNREADABLE, location, "an xVals certificate is not readable; ignored"));
                }
            }
        }
        return new Found<>(candidates, findings);
    }
}
