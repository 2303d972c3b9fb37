package io.github.microcredentials.signing.internal.vcdm;

import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.ReaderFindings;
import io.github.microcredentials.core.validation.Severity;
import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.signing.internal.di.CredentialChecks;
import io.github.microcredentials.signing.internal.di.DataUrl;
import io.github.microcredentials.signing.internal.di.PresentationRules;
import io.github.microcredentials.signing.internal.di.ValidityDates;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks a credential document against the MUSTs of the W3C VC Data Model ({@link VcdmRules}). A
 * credential whose first context is {@code https://www.w3.org/2018/credentials/v1} is held to the
 * rules VC Data Model 1.1 shares; any other to all of them. Looks only at the JSON: what the
 * contexts define is the JSON-LD processing's business. Related resources are compared with the
 * caller's copies only, never fetched. A verifiable presentation is not a credential document: no
 * rule applies to it (the credentials it encloses are checked when each is verified). Immutable and
 * thread-safe.
 */
public final class DataModelCheck {

    /** The VC Data Model 2.0 base context. */
    public static final String V2 = "https://www.w3.org/ns/credentials/v2";
    /** The VC Data Model 1.1 base context. */
    public static final String V1 = "https://www.w3.org/2018/credentials/v1";

    private static final Set<String> LANGUAGE_VALUE_MEMBERS = Set.of("@value", "@language", "@direction");
    /** Multihash codes (one-byte varints) of the digests a digestMultibase may carry, with their lengths. */
    private static final Map<Integer, String> MULTIHASH = Map.of(0x12, "SHA-256", 0x20, "SHA-384", 0x13, "SHA-512",
            0x16, "SHA3-256", 0x15, "SHA3-384", 0x14, "SHA3-512");
    private static final Map<String, String> SRI = Map.of("sha256", "SHA-256", "sha384", "SHA-384", "sha512", "SHA-512");
    private static final List<String> SRI_STRENGTH = List.of("sha512", "sha384", "sha256");

    private final ReaderFindings findings;
    private final Map<URI, byte[]> resources;

    /**
     * Creates a check.
     *
     * @param findings the maker of findings (policy and language)
     * @param resources the caller's copies of related resources by id; the map is not copied, the
     *     caller keeps it unchanged
     */
    public DataModelCheck(ReaderFindings findings, Map<URI, byte[]> resources) {
        this.findings = findings;
        this.resources = resources;
    }

    /**
     * Checks a credential.
     *
     * @param credential the credential (its proof is not looked at)
     * @return the violations, in document order of the rules; empty when it conforms
     */
    public List<Finding> check(JsonObject credential) {
        return check(credential, ValidityDates.of(credential));
    }

    /**
     * Checks a credential whose validity dates were read already (by a verifier's own checks).
     *
     * @param credential the credential (its proof is not looked at)
     * @param dates its dates, read by {@link ValidityDates#of} from this credential
     * @return the violations, in document order of the rules; empty when it conforms
     */
    public List<Finding> check(JsonObject credential, ValidityDates dates) {
        if (isPresentation(credential)) {
            // A presentation is not a credential document: it has rules of its own, and its enclosed
            // credentials are checked on their own.
            return checkPresentation(credential);
        }
        Run run = new Run(credential, dates);
        run.context();
        run.ids();
        run.type();
        run.issuer();
        run.subject();
        if (!run.v1) {
            run.names();
            run.validity();
        }
        run.typed("credentialStatus", VcdmRules.STATUS_TYPE);
        run.schemas();
        run.typed("refreshService", VcdmRules.REFRESH_TYPE);
        run.typed("termsOfUse", VcdmRules.TERMS_TYPE);
        run.typed("evidence", VcdmRules.EVIDENCE_TYPE);
        if (!run.v1) {
            run.relatedResources();
        }
        return List.copyOf(run.out);
    }

    /**
     * Checks a presentation against the rules for presentations ({@code VCDM-VP-*}), the envelopes
     * of its enveloped credentials included; not its embedded credentials.
     *
     * @param presentation the presentation (its proof is not looked at)
     * @return the violations, in document order of the rules; empty when it conforms
     */
    public List<Finding> checkPresentation(JsonObject presentation) {
        Run run = new Run(presentation, null);
        run.presentation();
        return List.copyOf(run.out);
    }

    /**
     * Whether a credential is a VC Data Model 1.1 one: its first context is the 1.1 base context.
     *
     * @param credential the credential
     * @return {@code true} for VC 1.1
     */
    public static boolean isV1(JsonObject credential) {
        return firstContext(credential).filter(V1::equals).isPresent();
    }

    /**
     * Whether a document is a verifiable presentation: its type names {@code VerifiablePresentation}
     * and not {@code VerifiableCredential}.
     *
     * @param document the document
     * @return {@code true} for a presentation
     */
    public static boolean isPresentation(JsonObject document) {
        JsonValue type = document.get("type");
        List<JsonValue> types = type instanceof JsonArray array ? array : type == null ? List.of() : List.of(type);
        boolean presentation = false;
        for (JsonValue t : types) {
            if (t instanceof JsonString s && s.getString().equals("VerifiableCredential")) {
                return false;
            }
            presentation |= t instanceof JsonString s && s.getString().equals("VerifiablePresentation");
        }
        return presentation;
    }

    private static Optional<String> firstContext(JsonObject credential) {
        JsonValue context = credential.get("@context");
        JsonValue first = context instanceof JsonArray array ? (array.isEmpty() ? null : array.get(0)) : context;
        return first instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    /** One check of one document. */
    private final class Run {
        private final JsonObject credential;
        private final boolean v1;
        private final @Nullable ValidityDates dates;
        private final List<Finding> out = new ArrayList<>();

        Run(JsonObject credential, @Nullable ValidityDates dates) {
            this.credential = credential;
            this.v1 = isV1(credential);
            this.dates = dates;
        }

        private void report(String rule, @Nullable String variant, String pointer, @Nullable JsonValue value, Object... args) {
            findings.create(rule, variant, Severity.ERROR, pointer,
                    value == null ? null : shown(value), args).ifPresent(out::add);
        }

        /** VC Data Model 2.0 §4.13 and §4.13.1 (enveloped credentials). */
        void presentation() {
            JsonValue context = credential.get("@context");
            if (!firstContextIs(context, V2, V1)) {
                report(VcdmRules.VP_CONTEXT, null, context instanceof JsonArray ? "/@context/0" : "/@context", context);
            }
            JsonValue type = credential.get("type");
            if (!PresentationRules.hasType(type, "VerifiablePresentation")) {
                report(VcdmRules.VP_TYPE, null, "/type", type);
            }
            JsonValue id = credential.get("id");
            if (id != null && !isUrl(id)) {
                report(VcdmRules.VP_ID, null, "/id", id);
            }
            if (credential.containsKey("holder") && PresentationRules.holder(credential).isEmpty()) {
                report(VcdmRules.VP_HOLDER, null, "/holder", credential.get("holder"));
            }
            for (PresentationRules.Enclosed item : PresentationRules.enclosed(credential)) {
                if (!(item.value() instanceof JsonObject enclosed)) {
                    report(VcdmRules.VP_CREDENTIALS, null, item.pointer(), item.value());
                } else if (PresentationRules.isEnveloped(enclosed)) {
                    JsonValue envelopeContext = enclosed.get("@context");
                    if (!firstContextIs(envelopeContext, V2)) {
                        report(VcdmRules.VP_ENVELOPED_CONTEXT, null, item.pointer() + "/@context", envelopeContext);
                    }
                    JsonValue url = enclosed.get("id");
                    if (!(url instanceof JsonString text && DataUrl.isDataUrl(text.getString()))) {
                        report(VcdmRules.VP_ENVELOPED_ID, null, item.pointer() + "/id", url);
                    }
                }
            }
        }

        private static boolean firstContextIs(@Nullable JsonValue context, String... accepted) {
            JsonValue first = context instanceof JsonArray array && !array.isEmpty() ? array.get(0) : context;
            return first instanceof JsonString base && Arrays.asList(accepted).contains(base.getString());
        }

        void context() {
            JsonValue context = credential.get("@context");
            if (context == null) {
                report(VcdmRules.CONTEXT, "missing", "/@context", null);
                return;
            }
            Optional<String> first = firstContext(credential);
            if (first.filter(f -> f.equals(V2) || f.equals(V1)).isEmpty()) {
                report(VcdmRules.CONTEXT, null, context instanceof JsonArray ? "/@context/0" : "/@context", context);
            }
            if (context instanceof JsonArray array) {
                for (int i = 1; i < array.size(); i++) {
                    JsonValue item = array.get(i);
                    boolean url = item instanceof JsonString s && CredentialChecks.isAbsoluteUri(s.getString());
                    if (!url && !(item instanceof JsonObject)) {
                        report(VcdmRules.CONTEXT_ITEM, null, "/@context/" + i, item);
                    }
                }
            } else if (!(context instanceof JsonString)) {
                report(VcdmRules.CONTEXT_ITEM, null, "/@context", context);
            }
        }

        void ids() {
            url(credential, "", VcdmRules.ID);
            for (String member : List.of("credentialSubject", "credentialStatus", "evidence", "termsOfUse", "refreshService")) {
                forEachObject(member, (object, pointer) -> url(object, pointer, VcdmRules.ID));
            }
        }

        /** Reports an {@code id} that is present but not a single URL. */
        private void url(JsonObject object, String pointer, String rule) {
            JsonValue id = object.get("id");
            if (id != null && !isUrl(id)) {
                report(rule, null, pointer + "/id", id);
            }
        }

        void type() {
            JsonValue type = credential.get("type");
            if (type == null) {
                report(VcdmRules.TYPE, "missing", "/type", null);
                return;
            }
            if (!typeValues(type, "/type").contains("VerifiableCredential")) {
                report(VcdmRules.TYPE, null, "/type", type);
            }
        }

        /** The type's strings; a malformed value is reported as {@code VCDM-TYPE-VALUE}. */
        private List<String> typeValues(JsonValue type, String pointer) {
            List<String> names = new ArrayList<>();
            List<JsonValue> items = type instanceof JsonArray array ? array : List.of(type);
            if (type instanceof JsonArray array && array.isEmpty()) {
                report(VcdmRules.TYPE_VALUE, null, pointer, type);
            }
            for (int i = 0; i < items.size(); i++) {
                JsonValue item = items.get(i);
                String at = type instanceof JsonArray ? pointer + "/" + i : pointer;
                if (item instanceof JsonString s && isTypeName(s.getString())) {
                    names.add(s.getString());
                } else {
                    report(VcdmRules.TYPE_VALUE, null, at, item);
                }
            }
            return names;
        }

        void issuer() {
            JsonValue issuer = credential.get("issuer");
            if (issuer == null) {
                report(VcdmRules.ISSUER, "missing", "/issuer", null);
            } else if (issuer instanceof JsonObject object) {
                JsonValue id = object.get("id");
                if (id == null || !isUrl(id)) {
                    report(VcdmRules.ISSUER, null, "/issuer/id", id == null ? object : id);
                }
            } else if (!isUrl(issuer)) {
                report(VcdmRules.ISSUER, null, "/issuer", issuer);
            }
        }

        void subject() {
            JsonValue subject = credential.get("credentialSubject");
            if (subject == null) {
                report(VcdmRules.SUBJECT, "missing", "/credentialSubject", null);
                return;
            }
            if (subject instanceof JsonArray array && array.isEmpty() || !(subject instanceof JsonObject || subject instanceof JsonArray)) {
                report(VcdmRules.SUBJECT, null, "/credentialSubject", subject);
                return;
            }
            List<JsonValue> items = subject instanceof JsonArray array ? array : List.of(subject);
            for (int i = 0; i < items.size(); i++) {
                String pointer = subject instanceof JsonArray ? "/credentialSubject/" + i : "/credentialSubject";
                if (!(items.get(i) instanceof JsonObject object)) {
                    report(VcdmRules.SUBJECT, null, pointer, items.get(i));
                } else if (object.isEmpty()) {
                    report(VcdmRules.SUBJECT_CLAIMS, null, pointer, object);
                }
            }
        }

        void names() {
            text(credential, "", "name", VcdmRules.NAME);
            text(credential, "", "description", VcdmRules.DESCRIPTION);
            if (credential.get("issuer") instanceof JsonObject issuer) {
                text(issuer, "/issuer", "name", VcdmRules.NAME);
                text(issuer, "/issuer", "description", VcdmRules.DESCRIPTION);
            }
        }

        /** A string, a language value object, or an array of language value objects. */
        private void text(JsonObject object, String pointer, String member, String rule) {
            JsonValue value = object.get(member);
            String at = pointer + "/" + member;
            if (value == null || value instanceof JsonString) {
                return;
            }
            if (value instanceof JsonObject lvo) {
                languageValue(lvo, at);
            } else if (value instanceof JsonArray array && !array.isEmpty()
                    && array.stream().allMatch(JsonObject.class::isInstance)) {
                for (int i = 0; i < array.size(); i++) {
                    languageValue(array.getJsonObject(i), at + "/" + i);
                }
            } else {
                report(rule, null, at, value);
            }
        }

        private void languageValue(JsonObject lvo, String pointer) {
            if (!(lvo.get("@value") instanceof JsonString)) {
                report(VcdmRules.LANGUAGE_VALUE, null, pointer + "/@value", lvo.get("@value") == null ? lvo : lvo.get("@value"));
            }
            JsonValue language = lvo.get("@language");
            if (language != null && !(language instanceof JsonString s && wellFormedTag(s.getString()))) {
                report(VcdmRules.LANGUAGE_VALUE, "language", pointer + "/@language", language);
            }
            JsonValue direction = lvo.get("@direction");
            if (direction != null && !(direction instanceof JsonString s && (s.getString().equals("ltr") || s.getString().equals("rtl")))) {
                report(VcdmRules.LANGUAGE_VALUE, "direction", pointer + "/@direction", direction);
            }
            for (String key : lvo.keySet()) {
                if (!LANGUAGE_VALUE_MEMBERS.contains(key)) {
                    report(VcdmRules.LANGUAGE_VALUE, "member", pointer + "/" + escape(key), null, key);
                }
            }
        }

        void validity() {
            ValidityDates read = dates == null ? ValidityDates.of(credential) : dates;
            Optional<Instant> from = dateTimeStamp("validFrom", read.validFrom(), VcdmRules.VALID_FROM);
            Optional<Instant> until = dateTimeStamp("validUntil", read.validUntil(), VcdmRules.VALID_UNTIL);
            if (from.isPresent() && until.isPresent() && from.get().isAfter(until.get())) {
                report(VcdmRules.VALIDITY_ORDER, null, "/validFrom", credential.get("validFrom"),
                        from.get().toString(), until.get().toString());
            }
        }

        /** A date as read; reported when the member is there but no date-time stamp. */
        private Optional<Instant> dateTimeStamp(String member, Optional<Instant> instant, String rule) {
            JsonValue value = credential.get(member);
            if (value == null) {
                return Optional.empty();
            }
            if (instant.isEmpty()) {
                report(rule, null, "/" + member, value);
            }
            return instant;
        }

        /** Entries that must be objects with a type. */
        void typed(String member, String rule) {
            forEachEntry(member, rule, (object, pointer) -> {
                JsonValue type = object.get("type");
                if (type == null) {
                    report(rule, null, pointer + "/type", object);
                } else {
                    typeValues(type, pointer + "/type");
                }
            });
        }

        void schemas() {
            forEachEntry("credentialSchema", VcdmRules.SCHEMA, (object, pointer) -> {
                JsonValue type = object.get("type");
                if (type == null) {
                    report(VcdmRules.SCHEMA, null, pointer + "/type", object);
                } else {
                    typeValues(type, pointer + "/type");
                }
                JsonValue id = object.get("id");
                if (id == null || !isUrl(id)) {
                    report(VcdmRules.SCHEMA, null, pointer + "/id", id == null ? object : id);
                }
            });
        }

        void relatedResources() {
            Set<String> seen = new HashSet<>();
            forEachEntry("relatedResource", VcdmRules.RELATED_ID, (object, pointer) -> {
                JsonValue id = object.get("id");
                if (id == null || !isUrl(id)) {
                    report(VcdmRules.RELATED_ID, null, pointer + "/id", id == null ? object : id);
                } else if (!seen.add(((JsonString) id).getString())) {
                    report(VcdmRules.RELATED_UNIQUE, null, pointer + "/id", id, ((JsonString) id).getString());
                }
                JsonValue sri = object.get("digestSRI");
                JsonValue multibase = object.get("digestMultibase");
                if (sri == null && multibase == null) {
                    report(VcdmRules.RELATED_DIGEST, null, pointer, object);
                    return;
                }
                byte[] content = id instanceof JsonString s ? CredentialChecks.uri(s.getString()).map(resources::get).orElse(null) : null;
                boolean matches = true;
                if (sri != null) {
                    Optional<Boolean> sriMatch = sri(sri, content);
                    if (sriMatch.isEmpty()) {
                        report(VcdmRules.RELATED_DIGEST, "sri", pointer + "/digestSRI", sri);
                    }
                    matches &= sriMatch.orElse(true);
                }
                if (multibase != null) {
                    Optional<Boolean> mbMatch = multibase(multibase, content);
                    if (mbMatch.isEmpty()) {
                        report(VcdmRules.RELATED_DIGEST, "multibase", pointer + "/digestMultibase", multibase);
                    }
                    matches &= mbMatch.orElse(true);
                }
                if (!matches) {
                    report(VcdmRules.RELATED_MATCH, null, pointer, id, ((JsonString) id).getString());
                }
            });
        }

        private void forEachObject(String member, EntryCheck check) {
            JsonValue value = credential.get(member);
            if (value instanceof JsonObject object) {
                check.accept(object, "/" + member);
            } else if (value instanceof JsonArray array) {
                for (int i = 0; i < array.size(); i++) {
                    if (array.get(i) instanceof JsonObject object) {
                        check.accept(object, "/" + member + "/" + i);
                    }
                }
            }
        }

        /** Each entry of a member that must be one or more objects; anything else breaks the rule. */
        private void forEachEntry(String member, String rule, EntryCheck check) {
            JsonValue value = credential.get(member);
            if (value == null) {
                return;
            }
            if (value instanceof JsonArray array && array.isEmpty()) {
                report(rule, null, "/" + member, value);
            }
            List<JsonValue> items = value instanceof JsonArray array ? array : List.of(value);
            for (int i = 0; i < items.size(); i++) {
                String pointer = value instanceof JsonArray ? "/" + member + "/" + i : "/" + member;
                if (items.get(i) instanceof JsonObject object) {
                    check.accept(object, pointer);
                } else {
                    report(rule, null, pointer, items.get(i));
                }
            }
        }
    }

    /** A check of one object of a member. */
    @FunctionalInterface
    private interface EntryCheck {
        void accept(JsonObject object, String pointer);
    }

    /**
     * A digestSRI value: whitespace-separated hash expressions ({@code alg-base64[?options]}), of
     * which those of the strongest algorithm count (Subresource Integrity §3.3.4).
     *
     * @return empty if malformed; otherwise whether the content matches ({@code true} without content)
     */
    static Optional<Boolean> sri(JsonValue value, byte @Nullable [] content) {
        if (!(value instanceof JsonString text) || text.getString().isBlank()) {
            return Optional.empty();
        }
        Map<String, List<byte[]>> byAlgorithm = new HashMap<>();
        for (String expression : text.getString().trim().split("\\s+")) {
            int dash = expression.indexOf('-');
            String algorithm = dash < 0 ? "" : expression.substring(0, dash);
            if (!SRI.containsKey(algorithm)) {
                return Optional.empty();
            }
            String encoded = expression.substring(dash + 1);
            int options = encoded.indexOf('?');
            encoded = options < 0 ? encoded : encoded.substring(0, options);
            byte[] digest;
            try {
                digest = Base64.getDecoder().decode(encoded);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (digest.length != digestLength(SRI.get(algorithm))) {
                return Optional.empty();
            }
            byAlgorithm.computeIfAbsent(algorithm, a -> new ArrayList<>()).add(digest);
        }
        if (content == null) {
            return Optional.of(true);
        }
        for (String algorithm : SRI_STRENGTH) {
            List<byte[]> digests = byAlgorithm.get(algorithm);
            if (digests != null) {
                byte[] actual = digest(SRI.get(algorithm), content);
                return Optional.of(digests.stream().anyMatch(d -> MessageDigest.isEqual(d, actual)));
            }
        }
        return Optional.of(false);
    }

    /**
     * A digestMultibase value (one string, or an array of them): a multibase multihash.
     *
     * @return empty if malformed; otherwise whether the content matches every digest ({@code true} without content)
     */
    static Optional<Boolean> multibase(JsonValue value, byte @Nullable [] content) {
        List<JsonValue> items = value instanceof JsonArray array ? array : List.of(value);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        boolean matches = true;
        for (JsonValue item : items) {
            if (!(item instanceof JsonString text) || text.getString().isEmpty()) {
                return Optional.empty();
            }
            byte[] multihash;
            try {
                String s = text.getString();
                multihash = s.charAt(0) == 'u' ? Multibase.decodeBase64url(s.substring(1)) : Multibase.decodeBase58btc(s);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            String algorithm = multihash.length < 2 ? null : MULTIHASH.get(multihash[0] & 0xff);
            if (algorithm == null || (multihash[1] & 0xff) != digestLength(algorithm) || multihash.length != 2 + digestLength(algorithm)) {
                return Optional.empty();
            }
            if (content != null) {
                byte[] actual = digest(algorithm, content);
                matches &= MessageDigest.isEqual(Arrays.copyOfRange(multihash, 2, multihash.length), actual);
            }
        }
        return Optional.of(matches);
    }

    private static int digestLength(String algorithm) {
        return Integer.parseInt(algorithm.substring(algorithm.length() - 3)) / 8;
    }

    private static byte[] digest(String algorithm, byte[] content) {
        try {
            return MessageDigest.getInstance(algorithm).digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }

    private static boolean isUrl(JsonValue value) {
        return value instanceof JsonString s && CredentialChecks.isAbsoluteUri(s.getString());
    }

    /** A type name: not empty, no white space. */
    private static boolean isTypeName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isWhitespace(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean wellFormedTag(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return !tag.isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** The offending value as findings show it, shortened. */
    private static String shown(JsonValue value) {
        String text = value instanceof JsonString s ? s.getString() : value.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
