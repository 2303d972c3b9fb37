package io.github.microcredentials.seals.internal.jades;

import io.github.microcredentials.core.json.ReadLimits;
import io.github.microcredentials.seals.internal.seal.Certs;
import io.github.microcredentials.seals.internal.seal.Outcome;
import io.github.microcredentials.seals.internal.seal.Timestamps;
import io.github.microcredentials.seals.SealProblem.Code;
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

    private final List<Component> components;
    private final List<X509Certificate> certificates;

    private EtsiU(List<Component> components, List<X509Certificate> certificates) {
        this.components = components;
        this.certificates = certificates;
    }

    /**
     * Reads {@code etsiU}. It is not signed: a component that cannot be read is reported and
     * skipped, and nothing in it is believed unless a signed property or a time-stamp vouches for it.
     */
    static EtsiU read(JsonObject unprotected, Outcome outcome, ReadLimits limits, String at) {
        JsonValue etsiU = unprotected.get("etsiU");
        List<Component> components = new ArrayList<>();
        List<X509Certificate> certificates = new ArrayList<>();
        if (etsiU == null) {
            return new EtsiU(components, certificates);
        }
        if (!(etsiU instanceof JsonArray array)) {
            outcome.fail(Code.MALFORMED, at + "header/etsiU", "etsiU must be an array; ignored");
            return new EtsiU(components, certificates);
        }
        for (int i = 0; i < array.size(); i++) {
            String location = at + "header/etsiU/" + i;
            JsonValue item = array.get(i);
            JsonObject value;
            try {
                value = item instanceof JsonString s
                        ? JadesValidation.parse(JadesValidation.decode(s.getString(), location), location, limits)
                        : JadesValidation.object(item, location);
            } catch (JadesValidation.Malformed e) {
                outcome.fail(e.code, location, "an etsiU component is unreadable (" + e.getMessage() + "); ignored");
                continue;
            }
            if (value.size() != 1) {
                outcome.fail(Code.MALFORMED, location, "an etsiU component has exactly one member; ignored");
                continue;
            }
            String name = value.keySet().iterator().next();
            Component component = new Component(name, value, item instanceof JsonString s ? s.getString() : "", item instanceof JsonString,
                    location + "/" + name);
            components.add(component);
            if ("xVals".equals(name)) {
                certificates(value.get(name), component.location, outcome, certificates);
            }
        }
        return new EtsiU(components, certificates);
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
    void check(String signature, byte[] signedPayload, String encodedHeader, Outcome outcome,
            List<Timestamps.Checked> signatureTimestamps, List<X509Certificate> candidates) {
        for (int i = 0; i < components.size(); i++) {
            Component component = components.get(i);
            String location = component.location;
            switch (component.name) {
                case "sigTst":
                    for (byte[] token : tokens(component.value.get("sigTst"), location, outcome)) {
                        Timestamps.Checked checked = Timestamps.check(token, signature.getBytes(StandardCharsets.US_ASCII));
                        record(checked, location, outcome, candidates).ifPresent(signatureTimestamps::add);
                    }
                    break;
                case "arcTst":
                    byte[] data = archiveData(i, signature, signedPayload, encodedHeader);
                    if (data.length == 0) {
                        outcome.fail(Code.ARCHIVE_TIMESTAMP_INVALID, location, "archive time-stamps over unencoded etsiU components are not supported");
                        break;
                    }
                    for (byte[] token : tokens(component.value.get("arcTst"), location, outcome)) {
                        Timestamps.Checked checked = Timestamps.check(token, data);
                        candidates.addAll(checked.certificates());
                        checked.failure().ifPresent(f -> outcome.fail(Code.ARCHIVE_TIMESTAMP_INVALID, location, f));
                    }
                    break;
                default:
                    // rVals and other validation data: revocation is not checked offline.
            }
        }
    }

    private static java.util.Optional<Timestamps.Checked> record(Timestamps.Checked checked, String location, Outcome outcome,
            List<X509Certificate> candidates) {
        candidates.addAll(checked.certificates());
        if (checked.failure().isPresent()) {
            outcome.fail(Code.TIMESTAMP_INVALID, location, checked.failure().get());
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(checked);
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
    static List<byte[]> tokens(JsonValue attribute, String location, Outcome outcome) {
        List<byte[]> out = new ArrayList<>();
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
                outcome.fail(Code.TIMESTAMP_INVALID, location, "a time-stamp token is not base64 DER");
            }
        }
        if (out.isEmpty()) {
            outcome.fail(Code.TIMESTAMP_INVALID, location, "no time-stamp token");
        }
        return out;
    }

    private static void certificates(JsonValue xVals, String location, Outcome outcome, List<X509Certificate> candidates) {
        if (!(xVals instanceof JsonArray array)) {
            outcome.fail(Code.MALFORMED, location, "xVals must be an array");
            return;
        }
        for (JsonValue item : array) {
            if (item instanceof JsonObject o && o.get("x509Cert") instanceof JsonObject cert && cert.get("val") instanceof JsonString val) {
                try {
                    candidates.add(Certs.fromBase64(val.getString()));
                } catch (CertificateException e) {
                    outcome.warn(Code.MALFORMED, location, "an xVals certificate is not readable; ignored");
                }
            }
        }
    }
}
