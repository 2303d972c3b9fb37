package io.github.microcredentials.signing;

import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;

/**
 * Generated Open Badges 3.0 credentials for the fast-path tests: realistic ones (what issuers
 * write, with Unicode, numbers, language maps, lists and nested arrays, value objects and
 * absolute-IRI keys) and unusual ones, which add what the fast path must hand to the full path:
 * IRIs that need escaping or are relative, undefined terms, nulls, malformed language tags,
 * embedded contexts, blank node identifiers, keywords it does not walk.
 */
final class GeneratedCredentials {

    static final String VC2 = "https://www.w3.org/ns/credentials/v2";
    static final String OB3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String EXTENSION = "https://microcredentials.github.io/ns/ob3/v1.jsonld";
    static final String EXAMPLES = "https://www.w3.org/ns/credentials/examples/v2";
    static final String OB_EXTENSIONS = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";

    private static final String[] PIECES = {"é", "ø", "ß", "中文", "日本語", "😀", "🌃", "𝔘", "\uFF01", "\uE000", "\uFB33",
        "\u00A0", "\u2028", "\n", "\t", "\r", "\b", "\f", "\u0000", "\u0001", "\u001F", "\u007F", "\u0080", "\"", "\\",
        "\\u0041", "<", ">", "{}", "^`|", "Ünïcödé", "ﬀ", "İ", " ", "@", "_:b0", "http://x"};
    private static final String[] LANGUAGES = {"en", "de", "de-CH", "EN-GB", "sr-Latn-RS", "zh-Hant", "fr", "x-private",
        "en-US-x-twain", "da"};
    private static final String[] ODD_LANGUAGES = {"en_US", "123", "@foo", "", "toolongsubtag-xx", "-en", "i-klingon"};
    private static final String[] NUMBERS = {"0", "3", "-7", "3.0", "2.5", "2.50", "1e3", "1E-7", "1.0E21", "1e21",
        "123456789012345678901234", "-1.5e300", "0.1", "1.0000000000000000001", "4503599627370496.5", "-0.0", "100",
        "9007199254740993", "6.02214076E23", "-123456789012345678901234.5", "0.000001", "1E+2", "12.345678901234567890"};
    private static final String[] DATES = {"2026-06-30T10:00:00+02:00", "2026-06-30T08:00:00Z", "2026-06-30", "not a date"};
    private static final String[] ODD_IRIS = {"https://example.org/a b", "https://example.org/a<b>", "https://example.org/\"q\"",
        "https://example.org/{x}", "https://[::1]/x", "https://example.org/%zz", "https://example.org/a#b#c",
        "relative/path", "_:b0", "", "did:example:😀", "http://exa mple.org", "https://example.org/a|b",
        "https://example.org/a\\b", "urn:x:^", "ftp:", "a:", "https://ex.org/\u0007", "//example.org/x", "#frag",
        "https://example.org/\uE000", "xsd:string"};

    private final Random random;
    private final boolean unusual;
    private final boolean plain;
    private final java.util.Set<String> used = new java.util.HashSet<>();

    private GeneratedCredentials(Random random, boolean unusual, boolean plain) {
        this.random = random;
        this.unusual = unusual;
        this.plain = plain;
    }

    /** Credentials the fast path must cover. */
    static Arbitrary<JsonObject> realistic() {
        return Arbitraries.randomValue(r -> json(new GeneratedCredentials(r, false, false).credential()));
    }

    /**
     * Realistic credentials in plain form, which signers and verifiers accept: no value given
     * twice, no nested array, no node described twice, no value object that says what the bare
     * value says, no NUL character (strict JSON refuses it).
     */
    static Arbitrary<JsonObject> plain() {
        return Arbitraries.randomValue(r -> json(new GeneratedCredentials(r, false, true).credential()));
    }

    /** Credentials with shapes the fast path may hand to the full path, and documents the full path rejects. */
    static Arbitrary<JsonObject> unusual() {
        return Arbitraries.randomValue(r -> json(new GeneratedCredentials(r, true, false).credential()));
    }

    /** {@link #plain()} for {@code @ForAll(supplier = GeneratedCredentials.Plain.class)}. */
    static final class Plain implements ArbitrarySupplier<JsonObject> {
        @Override
        public Arbitrary<JsonObject> get() {
            return plain();
        }
    }

    /** {@link #unusual()} for {@code @ForAll(supplier = GeneratedCredentials.Unusual.class)}. */
    static final class Unusual implements ArbitrarySupplier<JsonObject> {
        @Override
        public Arbitrary<JsonObject> get() {
            return unusual();
        }
    }

    private Map<String, Object> credential() {
        Map<String, Object> c = new LinkedHashMap<>();
        List<Object> contexts = new ArrayList<>(List.of(VC2, OB3, EXTENSION));
        if (chance(15)) {
            contexts.add(OB_EXTENSIONS);
        }
        if (unusual && chance(25)) {
            contexts.add(EXAMPLES);
        }
        c.put("@context", contexts);
        if (chance(90)) {
            c.put("id", iri());
        }
        c.put("type", pick(List.of("VerifiableCredential", "OpenBadgeCredential"), List.of("VerifiableCredential", "AchievementCredential"),
                List.of("OpenBadgeCredential", "VerifiableCredential"), List.of("VerifiableCredential", "OpenBadgeCredential", "OpenBadgeCredential")));
        c.put("name", text());
        maybe(c, "description", 60, this::text);
        c.put("issuer", chance(30) ? iri() : profile());
        c.put("validFrom", pick(DATES));
        maybe(c, "validUntil", 20, () -> pick(DATES));
        maybe(c, "awardedDate", 30, () -> pick(DATES));
        c.put("credentialSubject", subject());
        maybe(c, "issuerCountry", 40, () -> repeat(3, this::text));
        maybe(c, "awardingBody", 40, () -> repeat(2, this::iri));
        extras(c);
        if (unusual) {
            for (int i = random.nextInt(3); i > 0; i--) {
                oddity(c);
            }
        }
        return c;
    }

    private Map<String, Object> profile() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", iri());
        p.put("type", chance(70) ? List.of("Profile") : "Profile");
        p.put("name", text());
        maybe(p, "url", 40, this::iri);
        maybe(p, "email", 30, this::text);
        maybe(p, "address", 40, () -> map("type", List.of("Address"), "addressCountry", text(), "addressCountryCode", "DK"));
        maybe(p, "image", 20, () -> chance(50) ? iri() : map("id", iri(), "type", "Image", "caption", text()));
        maybe(p, "organisationId", 20, this::iri);
        return p;
    }

    private Map<String, Object> subject() {
        Map<String, Object> s = new LinkedHashMap<>();
        maybe(s, "id", 70, this::iri);
        s.put("type", List.of("AchievementSubject"));
        maybe(s, "creditsEarned", 50, this::number);
        maybe(s, "activityStartDate", 30, () -> pick(DATES));
        maybe(s, "identifier", 60, () -> repeat(2, () -> map("type", "IdentityObject", "hashed", random.nextBoolean(),
                "identityHash", text(), "identityType", "emailAddress", "salt", text())));
        maybe(s, "result", 50, () -> repeat(2, () -> map("type", List.of("Result"), "resultDescription", iri(),
                "value", text(), "status", "Completed")));
        maybe(s, "learnerProfile", 20, () -> map("type", List.of("Profile"), "givenName", text(), "familyName", text()));
        s.put("achievement", achievement());
        return s;
    }

    private Map<String, Object> achievement() {
        Map<String, Object> a = new LinkedHashMap<>();
        maybe(a, "id", 80, this::iri);
        a.put("type", List.of("Achievement"));
        a.put("achievementType", "MicroCredential");
        a.put("name", chance(15) && !plain ? valueObject() : text());
        maybe(a, "description", 70, this::text);
        a.put("criteria", chance(15) ? Map.of() : map("narrative", text()));
        maybe(a, "creditsAvailable", 60, this::number);
        maybe(a, "tag", 50, () -> nested(2));
        maybe(a, "alignment", 50, () -> repeat(3, () -> map("type", List.of("Alignment"), "targetName", text(),
                "targetUrl", iri(), "targetFramework", text(), "targetCode", text())));
        maybe(a, "resultDescription", 40, () -> repeat(2, () -> map("id", iri(), "type", List.of("ResultDescription"),
                "name", text(), "resultType", "LetterGrade", "allowedValue", nested(2), "requiredValue", text())));
        maybe(a, "nameMap", 40, this::languageMap);
        maybe(a, "learningOutcome", 40, () -> repeat(3, () -> map("localId", text(), "statement", languageMap())));
        maybe(a, "notionalWorkload", 30, () -> "PT81H");
        maybe(a, "additionalLanguage", 20, () -> nested(1));
        maybe(a, "allowedGrade", 20, () -> nested(2));
        maybe(a, "inLanguage", 30, () -> pick(LANGUAGES));
        return a;
    }

    /** Valid but uncommon members: absolute IRI keys, typed and tagged values, duplicates, shared ids. */
    private void extras(Map<String, Object> c) {
        maybe(c, "https://example.org/ns#extra", 20, () -> pick(text(), number(), random.nextBoolean(), nested(1)));
        if (plain) {
            return;
        }
        maybe(c, "description", 10, this::valueObject);
        if (chance(10) && c.get("credentialSubject") instanceof Map<?, ?> subject
                && subject.get("achievement") instanceof Map<?, ?> achievement && achievement.get("id") != null) {
            cast(subject).put("id", achievement.get("id"));
        }
    }

    private Object valueObject() {
        return chance(50) ? map("@value", text(), "@language", pick(LANGUAGES))
                : map("@value", pick(text(), number(), random.nextBoolean()), "@type", pick("https://example.org/datatype",
                        "http://www.w3.org/2001/XMLSchema#double", "http://www.w3.org/2001/XMLSchema#string", "xsd:integer"));
    }

    /** One change the fast path must not get wrong: it must decline or agree. */
    private void oddity(Map<String, Object> c) {
        Map<String, Object> target = chance(50) ? c : cast(c.get("credentialSubject"));
        Map<String, Object> achievement = cast(cast(c.get("credentialSubject")).get("achievement"));
        switch (random.nextInt(20)) {
            case 0 -> target.put("id", pick(ODD_IRIS));
            case 1 -> target.put("undefinedTerm", text());
            case 2 -> target.put("name", null);
            case 3 -> target.put("@context", map("@vocab", "https://example.org/vocab#"));
            case 4 -> cast(cast(c.get("credentialSubject")).get("achievement")).put("nameMap", map(pick(ODD_LANGUAGES), text()));
            case 5 -> target.put("type", pick(List.of("UnknownType"), List.of("AchievementSubject", "_:b1"), 42, List.of()));
            case 6 -> target.put("@id", iri());
            case 7 -> target.put(pick("@graph", "@included", "@reverse", "@index", "@nest", "@set", "@foo"), pick(map(), text()));
            case 8 -> c.put("proof", map("type", "DataIntegrityProof", "cryptosuite", "eddsa-rdfc-2022"));
            case 9 -> target.put(pick("https://example.org/p", "ex:p", "_:p", "schema:name", "a b:c"), text());
            case 10 -> target.put("issuer", pick(ODD_IRIS));
            case 11 -> target.put("description", map("@value", text(), "@language", pick(ODD_LANGUAGES)));
            case 12 -> target.put("jsonSchema", map("a", 1));
            case 13 -> (chance(50) ? achievement : target).remove("type");
            case 14 -> c.put(pick("creditsEarned", "achievementType", "narrative", "statement"), text());
            case 15 -> achievement.put("image", pick("relative.png", "https://example.org/i.png", "_:img", ""));
            case 16 -> achievement.put("creditsAvailable", List.of(new BigDecimal("3"), new BigDecimal("3.0"), new BigDecimal("3.00")));
            case 17 -> target.put("type", pick("OpenBadgeCredential", List.of("Achievement"), List.of("Profile", "AchievementSubject")));
            case 18 -> achievement.put("name", map("@value", text(), "@type", pick("Achievement", "@json", "xsd:string")));
            default -> target.put("name", map("@value", map(), "@type", "https://example.org/t"));
        }
    }

    private Map<String, Object> languageMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = random.nextInt(3) + 1; i > 0; i--) {
            String language = chance(10) ? "@none" : pick(LANGUAGES);
            m.put(language, chance(20) ? repeat(2, this::text) : text());
        }
        return m;
    }

    /** An array of strings with duplicates and nested arrays (lists of lists under {@code @list}). */
    private List<Object> nested(int depth) {
        List<Object> items = new ArrayList<>();
        if (plain) {
            for (int i = random.nextInt(4); i > 0; i--) {
                String text = text();
                if (!items.contains(text)) {
                    items.add(text);
                }
            }
            return items;
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            items.add(depth > 0 && chance(20) ? nested(depth - 1) : chance(15) && !items.isEmpty() ? items.get(0) : text());
        }
        return items;
    }

    private String text() {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(5); i > 0; i--) {
            if (chance(50)) {
                int length = random.nextInt(10) + 1;
                for (int j = 0; j < length; j++) {
                    out.append((char) ('a' + random.nextInt(26)));
                }
            } else {
                String piece = pick(PIECES);
                out.append(plain && piece.equals("\u0000") ? "\u0001" : piece);
            }
        }
        return out.toString();
    }

    private String iri() {
        if (plain) {
            // A node with two different descriptions is not in plain form: identifiers are never reused.
            String iri;
            do {
                iri = anyIri();
            } while (!used.add(iri));
            return iri;
        }
        return anyIri();
    }

    private String anyIri() {
        if (unusual && chance(10)) {
            return pick(ODD_IRIS);
        }
        String token = Long.toString(random.nextLong() & 0xFFFFFFL, 36);
        return pick("urn:uuid:" + new UUID(random.nextLong(), random.nextLong()), "https://example.org/" + token,
                "https://example.org/" + token + "#f", "did:key:z6Mk" + token, "did:example:" + token,
                "http://data.europa.eu/esco/skill/" + token, "mailto:" + token + "@example.org", "tag:example.org,2026:" + token,
                "https://example.org/%C3%A9" + token, "https://example.org/é" + token, "HTTPS://EXAMPLE.ORG/" + token,
                "https://user@example.org:8443/a;b=c?x=1&y=2#f", "urn:isbn:978-3-16-148410-0");
    }

    private BigDecimal number() {
        return chance(70) ? new BigDecimal(pick(NUMBERS)) : BigDecimal.valueOf(random.nextInt(2000) - 1000, random.nextInt(4));
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private void maybe(Map<String, Object> map, String key, int percent, Supplier<Object> value) {
        if (chance(percent)) {
            map.put(key, value.get());
        }
    }

    private List<Object> repeat(int max, Supplier<Object> item) {
        List<Object> items = new ArrayList<>();
        for (int i = random.nextInt(max) + 1; i > 0; i--) {
            Object next = item.get();
            if (!plain || !items.contains(next)) {
                items.add(next);
            }
        }
        return items;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object map) {
        return (Map<String, Object>) map;
    }

    /** Java maps, lists, strings, numbers and booleans as JSON-P; a Java {@code null} is JSON null. */
    static JsonObject json(Map<String, Object> map) {
        JsonObjectBuilder builder = StrictJson.PROVIDER.createObjectBuilder();
        map.forEach((key, value) -> builder.add(key, value(value)));
        return builder.build();
    }

    @SuppressWarnings("unchecked")
    private static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Map<?, ?> map) {
            return json((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = StrictJson.PROVIDER.createArrayBuilder();
            list.forEach(item -> array.add(value(item)));
            return array.build();
        }
        if (value instanceof BigDecimal number) {
            return StrictJson.PROVIDER.createValue(number);
        }
        if (value instanceof Integer number) {
            return StrictJson.PROVIDER.createValue(number);
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        return StrictJson.PROVIDER.createValue((String) value);
    }
}
