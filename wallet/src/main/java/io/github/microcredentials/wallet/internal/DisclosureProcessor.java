package io.github.microcredentials.wallet.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds the claims of an SD-JWT from its payload and disclosures (RFC 9901 §7.1), for verifiers
 * and holders alike. Every rule of the RFC is enforced: each disclosure an array of three (object
 * property) or two (array element) with a string salt; no claim name {@code _sd} or {@code ...}; no
 * digest listed twice anywhere (which also stops a disclosure that points back up to itself); no
 * disclosure sent twice; no disclosure left unreferenced; no disclosed claim overwriting one already
 * present.
 */
public final class DisclosureProcessor {

    /** Why processing failed; the names are those of the public problem codes. */
    public enum Kind {
        /** A disclosure that is not base64url JSON of the right shape. */
        DISCLOSURE_MALFORMED,
        /** The same disclosure sent twice. */
        DISCLOSURE_DUPLICATE,
        /** A digest listed twice in the payload and disclosures. */
        DIGEST_DUPLICATE,
        /** A disclosure no digest references. */
        DISCLOSURE_UNREFERENCED,
        /** A disclosed claim whose name already exists. */
        CLAIM_NAME_CONFLICT,
        /** An {@code _sd} that is not an array of strings, or another structural payload problem. */
        PAYLOAD_MALFORMED,
        /** A claim the profile never allows to be disclosed selectively. */
        NON_DISCLOSABLE_CLAIM
    }

    /** A processing failure. */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final Kind kind;

        Failure(Kind kind, String message) {
            super(message, null, false, false);
            this.kind = kind;
        }

        /**
         * The kind.
         *
         * @return the kind
         */
        public Kind kind() {
            return kind;
        }
    }

    /**
     * The result.
     *
     * @param claims the claims with every disclosed value in place and no {@code _sd}, {@code _sd_alg}
     * @param paths the claim path of each disclosure, by its encoded form (names and array indexes)
     */
    public record Result(Map<String, Object> claims, Map<String, List<Object>> paths) {
    }

    private record Parsed(String encoded, String salt, String name, Object value) {
    }

    private final Digests digests;
    private final Set<String> topLevelNeverDisclosed;
    private final Map<String, Parsed> byDigest = new HashMap<>();
    private final Set<String> seenDigests = new HashSet<>();
    private final Set<String> used = new HashSet<>();
    private final Map<String, List<Object>> paths = new LinkedHashMap<>();

    private DisclosureProcessor(Digests digests, Set<String> topLevelNeverDisclosed) {
        this.digests = digests;
        this.topLevelNeverDisclosed = topLevelNeverDisclosed;
    }

    /**
     * Processes.
     *
     * @param payload the issuer-signed payload
     * @param disclosures the disclosures as sent
     * @param digests the {@code _sd_alg}
     * @param topLevelNeverDisclosed claim names that must not arrive in a disclosure at the top level
     * @return the claims
     * @throws Failure on the first rule broken
     */
    public static Result process(Map<String, Object> payload, List<String> disclosures, Digests digests,
            Set<String> topLevelNeverDisclosed) throws Failure {
        DisclosureProcessor p = new DisclosureProcessor(digests, topLevelNeverDisclosed);
        for (int i = 0; i < disclosures.size(); i++) {
            Parsed parsed = parse(disclosures.get(i), i);
            String digest = digests.digest(parsed.encoded());
            if (p.byDigest.putIfAbsent(digest, parsed) != null) {
                throw new Failure(Kind.DISCLOSURE_DUPLICATE, "disclosure " + i + " is sent twice");
            }
        }
        Map<String, Object> copy = new LinkedHashMap<>(payload);
        copy.remove("_sd_alg");
        @SuppressWarnings("unchecked")
        Map<String, Object> claims = (Map<String, Object>) p.object(copy, List.of(), 0);
        for (Map.Entry<String, Parsed> e : p.byDigest.entrySet()) {
            if (!p.used.contains(e.getKey())) {
                throw new Failure(Kind.DISCLOSURE_UNREFERENCED,
                        "disclosure " + disclosures.indexOf(e.getValue().encoded()) + " is referenced by no digest");
            }
        }
        return new Result(claims, p.paths);
    }

    /**
     * Parses one disclosure.
     *
     * @param encoded the disclosure as sent
     * @param index its position, for messages
     * @return salt, name (or {@code null} for an array element) and value
     * @throws Failure if it is not of the RFC's shape
     */
    private static Parsed parse(String encoded, int index) throws Failure {
        Object json;
        try {
            json = Json.parse(Digests.B64.decode(encoded));
        } catch (IllegalArgumentException e) {
            throw new Failure(Kind.DISCLOSURE_MALFORMED, "disclosure " + index + ": " + e.getMessage());
        }
        if (!(json instanceof List<?> array) || array.size() != 2 && array.size() != 3) {
            throw new Failure(Kind.DISCLOSURE_MALFORMED,
                    "disclosure " + index + " is not a JSON array of 3 (object property) or 2 (array element) items");
        }
        if (!(array.get(0) instanceof String salt)) {
            throw new Failure(Kind.DISCLOSURE_MALFORMED, "disclosure " + index + ": the salt is not a string");
        }
        if (array.size() == 2) {
            return new Parsed(encoded, salt, null, array.get(1));
        }
        if (!(array.get(1) instanceof String name)) {
            throw new Failure(Kind.DISCLOSURE_MALFORMED, "disclosure " + index + ": the claim name is not a string");
        }
        if (name.equals("_sd") || name.equals("...")) {
            throw new Failure(Kind.DISCLOSURE_MALFORMED, "disclosure " + index + " names the reserved claim " + name);
        }
        return new Parsed(encoded, salt, name, array.get(2));
    }

    private Object value(Object value, List<Object> path, int depth) throws Failure {
        if (depth > Json.MAX_DEPTH) {
            throw new Failure(Kind.PAYLOAD_MALFORMED, "claims nested deeper than " + Json.MAX_DEPTH);
        }
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) map;
            return object(new LinkedHashMap<>(object), path, depth);
        }
        if (value instanceof List<?> list) {
            return array(list, path, depth);
        }
        return value;
    }

    private Object object(Map<String, Object> object, List<Object> path, int depth) throws Failure {
        Object sd = object.remove("_sd");
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : object.entrySet()) {
            out.put(e.getKey(), value(e.getValue(), append(path, e.getKey()), depth + 1));
        }
        if (sd == null) {
            return out;
        }
        if (!(sd instanceof List<?> digestList)) {
            throw new Failure(Kind.PAYLOAD_MALFORMED, "_sd at " + pointer(path) + " is not an array");
        }
        for (Object d : digestList) {
            if (!(d instanceof String digest)) {
                throw new Failure(Kind.PAYLOAD_MALFORMED, "_sd at " + pointer(path) + " holds a non-string digest");
            }
            see(digest, path);
            Parsed disclosure = byDigest.get(digest);
            if (disclosure == null) {
                continue; // a decoy, or a claim the holder did not disclose
            }
            if (disclosure.name() == null) {
                throw new Failure(Kind.DISCLOSURE_MALFORMED,
                        "an array element disclosure is referenced from _sd at " + pointer(path));
            }
            if (path.isEmpty() && topLevelNeverDisclosed.contains(disclosure.name())) {
                throw new Failure(Kind.NON_DISCLOSABLE_CLAIM,
                        "the claim " + disclosure.name() + " must not be selectively disclosable");
            }
            if (out.containsKey(disclosure.name())) {
                throw new Failure(Kind.CLAIM_NAME_CONFLICT,
                        "the disclosed claim " + disclosure.name() + " already exists at " + pointer(path));
            }
            used.add(digest);
            List<Object> claimPath = append(path, disclosure.name());
            paths.put(disclosure.encoded(), claimPath);
            out.put(disclosure.name(), value(disclosure.value(), claimPath, depth + 1));
        }
        return out;
    }

    private Object array(List<?> array, List<Object> path, int depth) throws Failure {
        List<Object> out = new ArrayList<>();
        for (Object element : array) {
            if (element instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("...")) {
                if (!(map.get("...") instanceof String digest)) {
                    throw new Failure(Kind.PAYLOAD_MALFORMED, "an array digest at " + pointer(path) + " is not a string");
                }
                see(digest, path);
                Parsed disclosure = byDigest.get(digest);
                if (disclosure == null) {
                    continue;
                }
                if (disclosure.name() != null) {
                    throw new Failure(Kind.DISCLOSURE_MALFORMED,
                            "an object property disclosure is referenced from the array at " + pointer(path));
                }
                used.add(digest);
                List<Object> elementPath = append(path, (long) out.size());
                paths.put(disclosure.encoded(), elementPath);
                out.add(value(disclosure.value(), elementPath, depth + 1));
            } else {
                out.add(value(element, append(path, (long) out.size()), depth + 1));
            }
        }
        return out;
    }

    private void see(String digest, List<Object> path) throws Failure {
        if (!seenDigests.add(digest)) {
            throw new Failure(Kind.DIGEST_DUPLICATE, "the digest " + digest + " at " + pointer(path)
                    + " is listed twice (or a disclosure refers back to itself)");
        }
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> next = new ArrayList<>(path.size() + 1);
        next.addAll(path);
        next.add(step);
        return List.copyOf(next);
    }

    /**
     * A JSON Pointer for a claim path.
     *
     * @param path names and indexes
     * @return the pointer, {@code ""} for the root
     */
    public static String pointer(List<Object> path) {
        StringBuilder b = new StringBuilder();
        for (Object step : path) {
            b.append('/').append(step.toString().replace("~", "~0").replace("/", "~1"));
        }
        return b.toString();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
