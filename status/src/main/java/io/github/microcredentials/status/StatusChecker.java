package io.github.microcredentials.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.VerifiedCredential;
import io.github.microcredentials.status.StatusPolicy.Level;
import io.github.microcredentials.status.StatusResult.Indication;
import io.github.microcredentials.status.internal.CredentialFacts;
import io.github.microcredentials.status.internal.ListFacts;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Checks the status of a verified credential: every {@code credentialStatus} entry, following the
 * validate algorithm of W3C Bitstring Status List v1.0 (§3.2) with the Recommendation's error
 * names. Also reads the legacy {@code StatusList2021Entry} (same bitstring, base64url without
 * multibase prefix) and {@code 1EdTechRevocationList} (a plain JSON list of revoked credential ids).
 *
 * <pre>{@code
 * StatusChecker checker = StatusChecker.builder(StatusListResolver.local(Path.of("lists"))).build();
 * StatusResult status = checker.check(verified);          // a VerifiedCredential, or its JSON
 * if (status.indication() == StatusResult.Indication.INVALID) { ... revoked or suspended ... }
 * }</pre>
 *
 * <p>For each entry: the list is resolved ({@code STATUS_RETRIEVAL_ERROR} if it cannot be), its
 * proofs verified, its validity period checked against the clock, its issuer trusted by policy,
 * its purpose matched ({@code STATUS_VERIFICATION_ERROR}), the bitstring expanded
 * ({@code MALFORMED_VALUE_ERROR}), its length checked against the minimum number of entries
 * ({@code STATUS_LIST_LENGTH_ERROR}) and the index against the length ({@code RANGE_ERROR}), then the
 * status read. A problem at level {@link Level#FAIL} stops the entry and makes it INDETERMINATE;
 * only {@code revocation} and {@code suspension} entries can make a credential INVALID or
 * INDETERMINATE ({@code refresh} never invalidates, §2.1).
 *
 * <p>Verified and expanded lists are kept (up to a number of lists) as long as the resolver hands
 * out the same {@link StatusListDocument}; a check against a kept list only reads bits. Never
 * throws for any input; thread-safe.
 */
public final class StatusChecker {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,100}");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]{1,8}");

    private final StatusListResolver resolver;
    private final StatusListVerifier verifier;
    private final ListIssuerTrust trust;
    private final StatusPolicy policy;
    private final long minimumEntries;
    private final Clock clock;
    private final Duration skew;
    private final Map<URI, Cached> cache;

    private StatusChecker(Builder builder) {
        this.resolver = builder.resolver;
        this.verifier = builder.verifier;
        this.trust = builder.trust;
        this.policy = builder.policy;
        this.minimumEntries = builder.minimumEntries;
        this.clock = builder.clock;
        this.skew = builder.skew;
        int entries = builder.cacheEntries;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<URI, Cached> eldest) {
                return size() > entries;
            }
        };
    }

    /**
     * Starts a checker.
     *
     * @param resolver where status lists come from
     * @return the builder
     */
    public static Builder builder(StatusListResolver resolver) {
        return new Builder(resolver);
    }

    /**
     * Checks a verified credential.
     *
     * @param credential the credential, as its verifier handed it out
     * @return the result
     */
    public StatusResult check(VerifiedCredential credential) {
        byte[] verified = credential.bytes();
        if (credential.format() == VerifiedCredential.Format.VC_JWT) {
            // A VC-JWT's verified content is its whole JWT payload: a VC 1.1 token carries the
            // credential, with its credentialStatus, in the vc claim.
            try {
                JsonNode vc = io.github.microcredentials.status.internal.Json.object(verified).get("vc");
                if (vc != null && vc.isObject()) {
                    return check(io.github.microcredentials.status.internal.Json.bytes(vc));
                }
            } catch (IllegalArgumentException e) {
                // Not reached for verified content (it was read as strict JSON); the plain check reports it.
            }
        }
        return check(verified);
    }

    /**
     * Checks a credential given as JSON text. The credential's own proof is not verified here:
     * pass only verified credentials.
     *
     * @param credential the credential JSON
     * @return the result
     */
    public StatusResult check(String credential) {
        return check(credential.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Checks a credential. The credential's own proof is not verified here: pass only verified
     * credentials.
     *
     * @param credential the credential, UTF-8 JSON
     * @return the result; never throws for any input
     */
    public StatusResult check(byte[] credential) {
        CredentialFacts facts;
        try {
            facts = CredentialFacts.read(credential);
        } catch (IllegalArgumentException e) {
            return new StatusResult(List.of(), List.of(finding(StatusCode.MALFORMED_CREDENTIAL, "", e.getMessage())));
        }
        if (facts.status().isEmpty() || facts.status().get().isNull()) {
            return new StatusResult(List.of(), List.of());
        }
        JsonNode status = facts.status().get();
        List<EntryStatus> entries = new ArrayList<>();
        if (status.isObject()) {
            entries.add(entry(status, "/credentialStatus", facts));
        } else if (status.isArray()) {
            for (int i = 0; i < status.size(); i++) {
                entries.add(entry(status.get(i), "/credentialStatus/" + i, facts));
            }
        } else {
            return new StatusResult(List.of(), List.of(finding(StatusCode.MALFORMED_CREDENTIAL, "/credentialStatus",
                    "credentialStatus must be an object or an array of objects")));
        }
        return new StatusResult(entries, List.of());
    }

    private EntryStatus entry(JsonNode node, String pointer, CredentialFacts credential) {
        Entry entry = new Entry(pointer);
        try {
            if (!node.isObject()) {
                entry.problem(StatusCode.MALFORMED_ENTRY, pointer, "a status entry must be an object");
                return entry.done();
            }
            JsonNode type = node.get("type");
            entry.type = type != null && type.isTextual() ? type.textValue() : String.valueOf(type);
            if (has(type, "BitstringStatusListEntry")) {
                bitstringEntry(node, entry, credential, false);
            } else if (has(type, "StatusList2021Entry")) {
                entry.type = "StatusList2021Entry";
                bitstringEntry(node, entry, credential, true);
            } else if (has(type, "1EdTechRevocationList")) {
                entry.type = "1EdTechRevocationList";
                revocationListEntry(node, entry, credential);
            } else {
                entry.problem(StatusCode.UNSUPPORTED_STATUS_TYPE, pointer + "/type",
                        "credentialStatus of type " + entry.type + " cannot be checked by this library");
            }
        } catch (RuntimeException e) {
            // A resolver, verifier or trust implementation failed: the status is not established.
            entry.problem(StatusCode.LIST_RETRIEVAL_FAILED, pointer, "the status check failed: " + e);
        }
        return entry.done();
    }

    private void bitstringEntry(JsonNode node, Entry entry, CredentialFacts credential, boolean legacy) {
        String pointer = entry.pointer;
        JsonNode purposeNode = node.get("statusPurpose");
        if (purposeNode == null || !purposeNode.isTextual() || purposeNode.textValue().isBlank()) {
            entry.problem(StatusCode.MALFORMED_ENTRY, pointer + "/statusPurpose", "statusPurpose must be a string");
            return;
        }
        entry.purpose = purposeNode.textValue();
        JsonNode indexNode = node.get("statusListIndex");
        if (indexNode == null || !indexNode.isTextual() || !DIGITS.matcher(indexNode.textValue()).matches()) {
            entry.index = indexNode == null ? null : indexNode.asText();
            entry.problem(StatusCode.MALFORMED_ENTRY, pointer + "/statusListIndex",
                    "statusListIndex must be a base-10 integer written as a string, not " + indexNode);
            return;
        }
        entry.index = indexNode.textValue();
        BigInteger index = new BigInteger(indexNode.textValue());
        JsonNode listNode = node.get("statusListCredential");
        URI listUrl = listNode != null && listNode.isTextual() ? absolute(listNode.textValue()) : null;
        if (listUrl == null) {
            entry.problem(StatusCode.MALFORMED_ENTRY, pointer + "/statusListCredential",
                    "statusListCredential must be a URL, not " + listNode);
            return;
        }
        entry.list = listUrl;
        int size = 1;
        JsonNode sizeNode = node.get("statusSize");
        if (sizeNode != null) {
            if (!sizeNode.isIntegralNumber() || !sizeNode.canConvertToInt() || sizeNode.intValue() < 1 || sizeNode.intValue() > 31
                    || legacy && sizeNode.intValue() != 1) {
                entry.problem(StatusCode.MALFORMED_ENTRY, pointer + "/statusSize", "statusSize must be an integer greater than"
                        + " zero (at most 31 here" + (legacy ? ", 1 for StatusList2021" : "") + "), not " + sizeNode);
                return;
            }
            size = sizeNode.intValue();
        }
        Map<Integer, String> messages = new LinkedHashMap<>();
        JsonNode messageNode = node.get("statusMessage");
        if (messageNode != null || size > 1) {
            if (!readMessages(messageNode, size, messages, entry)) {
                return;
            }
        }
        // 1. Dereference the list.
        Optional<Checked> found = resolve(listUrl, entry, pointer + "/statusListCredential", false);
        if (found.isEmpty()) {
            return;
        }
        ListFacts list = found.get().facts;
        String at = listUrl.toString();
        if (list.malformed != null) {
            entry.problem(StatusCode.MALFORMED_LIST, at, list.malformed);
            return;
        }
        boolean typeOk = legacy ? list.statusList2021Type || list.bitstringType : list.bitstringType;
        if (!typeOk && entry.problem(StatusCode.LIST_TYPE_MISMATCH, at + "#/type", "the status list credential's type does not"
                + " include " + (legacy ? "StatusList2021Credential" : "BitstringStatusListCredential"))) {
            return;
        }
        // 2. Every proof verifies.
        StatusListVerifier.Outcome proof = list.proof();
        if (!proof.verified() && entry.problem(StatusCode.LIST_PROOF_INVALID, at + "#/proof",
                "the status list credential's proof does not verify: " + proof.detail())) {
            return;
        }
        if (!checkPeriod(list, entry, at)) {
            return;
        }
        if (!checkIssuer(list, entry, at, credential)) {
            return;
        }
        // 3. The entry's purpose is one of the list's.
        if (!list.purposes.contains(entry.purpose) && entry.problem(StatusCode.PURPOSE_MISMATCH,
                at + "#/credentialSubject/statusPurpose", "the entry's statusPurpose " + entry.purpose
                        + " is not the list's " + list.purposes)) {
            return;
        }
        // 4. Expand the bitstring.
        if (list.decodeError != null) {
            entry.problem(list.decodeError.reason() == StatusBitstring.EncodedListException.Reason.TOO_LARGE
                    ? StatusCode.LIST_TOO_LARGE : StatusCode.MALFORMED_LIST, at + "#/credentialSubject/encodedList",
                    list.decodeError.getMessage());
            return;
        }
        StatusBitstring bits = Objects.requireNonNull(list.bitstring);
        if (bits.length() % size != 0) {
            entry.problem(StatusCode.STATUS_SIZE_MISMATCH, at + "#/credentialSubject/encodedList", "a bitstring of "
                    + bits.length() + " bits is not a whole number of " + size + "-bit statuses");
            return;
        }
        long entries = bits.entries(size);
        if (entries < minimumEntries && entry.problem(StatusCode.LIST_TOO_SHORT, at + "#/credentialSubject/encodedList",
                "the list has " + entries + " entries, fewer than the minimum of " + minimumEntries)) {
            return;
        }
        if (index.compareTo(BigInteger.valueOf(entries)) >= 0) {
            entry.problem(StatusCode.INDEX_OUT_OF_RANGE, pointer + "/statusListIndex", "index " + index
                    + " lies beyond the list's " + entries + " entries");
            return;
        }
        // 5. Read the status.
        int value = bits.status(index.longValueExact(), size);
        entry.status = value;
        entry.message = messages.isEmpty() ? (value == 0 ? "unset" : value == 1 ? "set" : null) : messages.get(value);
        outcome(entry, value);
    }

    private void outcome(Entry entry, int value) {
        String purpose = entry.purpose;
        String text = "status " + value + (entry.message == null ? "" : " (" + entry.message + ")") + " at index "
                + entry.index + " of " + entry.list;
        switch (purpose) {
            case "revocation" -> {
                if (value != 0) {
                    entry.outcome(StatusCode.REVOKED, "the credential is revoked: " + text);
                }
            }
            case "suspension" -> {
                if (value != 0) {
                    entry.outcome(StatusCode.SUSPENDED, "the credential is suspended: " + text);
                }
            }
            case "refresh" -> {
                if (value != 0) {
                    entry.outcome(StatusCode.REFRESH_AVAILABLE, "a refreshed credential is available: " + text);
                }
            }
            case "message" -> entry.outcome(StatusCode.STATUS_MESSAGE, text);
            default -> entry.outcome(StatusCode.OTHER_PURPOSE, "purpose " + purpose + ": " + text);
        }
    }

    private boolean readMessages(JsonNode node, int size, Map<Integer, String> messages, Entry entry) {
        String at = entry.pointer + "/statusMessage";
        long expected = 1L << size;
        if (node == null || !node.isArray() || node.size() != expected) {
            entry.problem(StatusCode.MALFORMED_ENTRY, at, "a statusSize of " + size + " requires statusMessage, an array of "
                    + expected + " messages" + (node == null ? "" : ", not " + (node.isArray() ? node.size() + " messages" : node)));
            return false;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            JsonNode status = item.get("status");
            JsonNode message = item.get("message");
            if (!item.isObject() || status == null || !status.isTextual() || !HEX.matcher(status.textValue()).matches()
                    || message == null || !message.isTextual()) {
                entry.problem(StatusCode.MALFORMED_ENTRY, at + "/" + i, "a status message has a status (0x and hexadecimal"
                        + " digits) and a message string");
                return false;
            }
            long value = Long.parseLong(status.textValue().substring(2), 16);
            if (value >= expected || messages.putIfAbsent((int) value, message.textValue()) != null) {
                entry.problem(StatusCode.MALFORMED_ENTRY, at + "/" + i, "status " + status.textValue()
                        + " is out of range or given twice");
                return false;
            }
        }
        return true;
    }

    private void revocationListEntry(JsonNode node, Entry entry, CredentialFacts credential) {
        entry.purpose = "revocation";
        JsonNode idNode = node.get("id");
        URI listUrl = idNode != null && idNode.isTextual() ? absolute(idNode.textValue()) : null;
        if (listUrl == null) {
            entry.problem(StatusCode.MALFORMED_ENTRY, entry.pointer + "/id", "a 1EdTechRevocationList status needs the"
                    + " list's URL as id");
            return;
        }
        entry.list = listUrl;
        if (credential.id().isEmpty()) {
            entry.problem(StatusCode.MALFORMED_ENTRY, "/id", "the credential has no id to look up in its revocation list");
            return;
        }
        Optional<Checked> found = resolve(listUrl, entry, entry.pointer + "/id", true);
        if (found.isEmpty()) {
            return;
        }
        ListFacts list = found.get().facts;
        String at = listUrl.toString();
        if (list.malformed != null || list.root == null) {
            entry.problem(StatusCode.MALFORMED_LIST, at, list.malformed == null ? "not a revocation list" : list.malformed);
            return;
        }
        entry.problem(StatusCode.LIST_UNSIGNED, at, "the 1EdTech revocation list carries no proof: it is as trustworthy as"
                + " where it came from");
        if (!checkIssuer(list, entry, at, credential)) {
            return;
        }
        JsonNode revoked = list.root.has("revokedCredential") ? list.root.get("revokedCredential") : list.root.get("revokedCredentials");
        if (revoked == null || !revoked.isArray()) {
            entry.problem(StatusCode.MALFORMED_LIST, at + "#/revokedCredential", "the revocation list has no revokedCredential array");
            return;
        }
        entry.status = 0;
        for (JsonNode item : revoked) {
            JsonNode id = item.get("id");
            JsonNode flag = item.get("revoked");
            if (id != null && id.isTextual() && id.textValue().equals(credential.id().get())
                    && (flag == null || !flag.isBoolean() || flag.booleanValue())) {
                entry.status = 1;
                JsonNode reason = item.get("revocationReason");
                entry.message = reason != null && reason.isTextual() ? reason.textValue() : "set";
                entry.outcome(StatusCode.REVOKED, "the credential is revoked by " + at
                        + (reason != null && reason.isTextual() ? ": " + reason.textValue() : ""));
                return;
            }
        }
        entry.message = "unset";
    }

    private boolean checkPeriod(ListFacts list, Entry entry, String at) {
        Instant now = clock.instant();
        if (list.validFrom.isPresent() && list.validFrom.get().isAfter(now.plus(skew))) {
            if (entry.problem(StatusCode.LIST_NOT_YET_VALID, at + "#/validFrom", "the status list is valid from "
                    + list.validFrom.get() + " only")) {
                return false;
            }
        }
        if (list.validUntil.isPresent() && list.validUntil.get().isBefore(now.minus(skew))) {
            return !entry.problem(StatusCode.LIST_EXPIRED, at + "#/validUntil", "the status list expired at "
                    + list.validUntil.get());
        }
        return true;
    }

    private boolean checkIssuer(ListFacts list, Entry entry, String at, CredentialFacts credential) {
        Optional<URI> credentialIssuer = credential.issuer().map(StatusChecker::absolute);
        if (list.issuer.isEmpty()) {
            return !entry.problem(StatusCode.LIST_ISSUER_UNTRUSTED, at + "#/issuer", "the status list states no issuer");
        }
        if (!trust.trusts(list.issuer.get(), credentialIssuer)) {
            return !entry.problem(StatusCode.LIST_ISSUER_UNTRUSTED, at + "#/issuer", "the status list's issuer "
                    + list.issuer.get() + " is not trusted for a credential of "
                    + credentialIssuer.map(Object::toString).orElse("no stated issuer"));
        }
        return true;
    }

    private Optional<Checked> resolve(URI url, Entry entry, String pointer, boolean plain) {
        Optional<StatusListDocument> document;
        try {
            document = resolver.resolve(url);
        } catch (StatusRetrievalException e) {
            entry.problem(StatusCode.LIST_RETRIEVAL_FAILED, pointer, e.getMessage());
            return Optional.empty();
        }
        if (document.isEmpty()) {
            entry.problem(StatusCode.LIST_NOT_FOUND, pointer, "no status list is available for " + url);
            return Optional.empty();
        }
        StatusListDocument doc = document.get();
        synchronized (cache) {
            Cached cached = cache.get(url);
            if (cached != null && cached.document == doc && cached.plain == plain) {
                return Optional.of(new Checked(cached.facts));
            }
        }
        ListFacts facts = plain ? ListFacts.readPlain(doc.bytesUnsafe()) : ListFacts.read(doc.bytesUnsafe(), verifier);
        synchronized (cache) {
            cache.put(url, new Cached(doc, facts, plain));
        }
        return Optional.of(new Checked(facts));
    }

    private static boolean has(JsonNode type, String name) {
        if (type == null) {
            return false;
        }
        if (type.isTextual()) {
            return type.textValue().equals(name);
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.isTextual() && t.textValue().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static URI absolute(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private StatusFinding finding(StatusCode code, String location, String message) {
        return new StatusFinding(code, policy.level(code), location, message);
    }

    private record Checked(ListFacts facts) {
    }

    private record Cached(StatusListDocument document, ListFacts facts, boolean plain) {
    }

    /** The check of one entry as it proceeds. */
    private final class Entry {
        final String pointer;
        final List<StatusFinding> findings = new ArrayList<>();
        String type = "?";
        String purpose;
        String index;
        URI list;
        Integer status;
        String message;
        boolean failed;
        boolean invalid;

        Entry(String pointer) {
            this.pointer = pointer;
        }

        /** Only revocation and suspension can fail a credential: problems of other entries are warnings at most. */
        private boolean decides() {
            return purpose == null || purpose.equals("revocation") || purpose.equals("suspension");
        }

        /**
         * Records a problem.
         *
         * @return {@code true} if it stops the entry
         */
        boolean problem(StatusCode code, String location, String text) {
            Level level = policy.level(code);
            if (!decides() && level == Level.FAIL) {
                level = Level.WARN;
            }
            if (level != Level.IGNORE) {
                findings.add(new StatusFinding(code, level, location, text));
            }
            if (level == Level.FAIL) {
                failed = true;
                return true;
            }
            return false;
        }

        void outcome(StatusCode code, String text) {
            Level level = policy.level(code);
            if (level != Level.IGNORE) {
                findings.add(new StatusFinding(code, level, pointer, text));
            }
            if (level == Level.FAIL && decides()) {
                invalid = true;
            }
        }

        EntryStatus done() {
            Indication indication = invalid ? Indication.INVALID : failed ? Indication.INDETERMINATE : Indication.VALID;
            return new EntryStatus(pointer, type, Optional.ofNullable(purpose), Optional.ofNullable(index),
                    Optional.ofNullable(list), status == null ? OptionalInt.empty() : OptionalInt.of(status),
                    Optional.ofNullable(message), indication, findings);
        }
    }

    /** Settings of a {@link StatusChecker}. */
    public static final class Builder {
        private final StatusListResolver resolver;
        private StatusListVerifier verifier;
        private ListIssuerTrust trust = ListIssuerTrust.sameIssuer();
        private StatusPolicy policy = StatusPolicy.defaults();
        private long minimumEntries = StatusBitstring.MIN_ENTRIES;
        private Clock clock = Clock.systemUTC();
        private Duration skew = Duration.ZERO;
        private int cacheEntries = 256;

        private Builder(StatusListResolver resolver) {
            this.resolver = Objects.requireNonNull(resolver, "resolver");
        }

        /**
         * How status list proofs are verified; by default a {@link DataIntegrityVerifier} with its
         * defaults ({@code did:key} keys). Pass one built with the same key resolver as the
         * credential verifier's.
         *
         * @param value the verifier
         * @return this builder
         */
        public Builder listVerifier(StatusListVerifier value) {
            this.verifier = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Whose status lists are relied upon; by default only the credential's own issuer's.
         *
         * @param value the trust decision
         * @return this builder
         */
        public Builder trust(ListIssuerTrust value) {
            this.trust = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * The level of each finding; by default {@link StatusPolicy#defaults()}.
         *
         * @param value the policy
         * @return this builder
         */
        public Builder policy(StatusPolicy value) {
            this.policy = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * The minimum number of entries of a list (§3.2 {@code minimumNumberOfEntries}); by default
         * 131,072. Lower it only for an ecosystem whose specification sets a lower bound.
         *
         * @param entries at least 1
         * @return this builder
         */
        public Builder minimumEntries(long entries) {
            if (entries < 1) {
                throw new IllegalArgumentException("the minimum is at least 1");
            }
            this.minimumEntries = entries;
            return this;
        }

        /**
         * The clock a list's validity period is checked against; by default the system clock.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * The tolerated clock difference; by default none.
         *
         * @param value between zero and {@link DataIntegrityVerifier#MAX_CLOCK_SKEW}
         * @return this builder
         */
        public Builder clockSkew(Duration value) {
            if (value.isNegative() || value.compareTo(DataIntegrityVerifier.MAX_CLOCK_SKEW) > 0) {
                throw new IllegalArgumentException("clock skew must be between 0 and " + DataIntegrityVerifier.MAX_CLOCK_SKEW);
            }
            this.skew = value;
            return this;
        }

        /**
         * How many verified lists are kept; by default 256.
         *
         * @param entries at least 0
         * @return this builder
         */
        public Builder cacheEntries(int entries) {
            if (entries < 0) {
                throw new IllegalArgumentException("the cache size is not negative");
            }
            this.cacheEntries = entries;
            return this;
        }

        /**
         * Builds the checker.
         *
         * @return the checker
         */
        public StatusChecker build() {
            if (verifier == null) {
                verifier = StatusListVerifier.dataIntegrity(DataIntegrityVerifier.builder().clock(clock).build());
            }
            return new StatusChecker(this);
        }
    }
}
