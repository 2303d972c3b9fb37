package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.Policy;
import io.github.microcredentials.core.validation.ReaderFindings;
import io.github.microcredentials.core.validation.Rule;
import io.github.microcredentials.core.validation.RuleDefinition;
import io.github.microcredentials.core.validation.Severity;
import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.signing.internal.vcdm.VcdmRules;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every VC Data Model rule with a credential that keeps it and one that breaks it: a base
 * credential that keeps every rule, changed by one JSON case each (members replaced, {@code null}
 * removes a member).
 */
class VcDataModelRulesTest {

    static final String V2 = "https://www.w3.org/ns/credentials/v2";
    static final String V1 = "https://www.w3.org/2018/credentials/v1";
    static final URI RESOURCE = URI.create("https://example.org/resources/a.json");
    static final byte[] CONTENT = "{\"a\": 1}\n".getBytes(StandardCharsets.UTF_8);
    static final byte[] OTHER = "{\"a\": 2}\n".getBytes(StandardCharsets.UTF_8);

    static final String BASE = """
            {"@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"],
             "id": "urn:uuid:2f0c4a8e-5d4b-4c55-9b9e-0a7f7f0c1b11",
             "type": ["VerifiableCredential", "ExampleDegreeCredential"],
             "issuer": {"id": "did:example:issuer", "name": "Example University"},
             "validFrom": "2026-01-01T00:00:00Z",
             "validUntil": "2030-01-01T00:00:00Z",
             "credentialSubject": {"id": "did:example:learner", "degree": "Bachelor of Science"}}
            """;

    /** Rule, what the case shows, the members to change, whether the rule is kept. */
    static Stream<Arguments> cases() {
        return Stream.of(
                keeps(VcdmRules.CONTEXT, "the base credential", "{}"),
                breaks(VcdmRules.CONTEXT, "base context not first",
                        "{\"@context\": [\"https://www.w3.org/ns/credentials/examples/v2\", \"" + V2 + "\"]}"),
                breaks(VcdmRules.CONTEXT, "no @context", "{\"@context\": null}"),
                keeps(VcdmRules.CONTEXT_ITEM, "an embedded context object",
                        "{\"@context\": [\"" + V2 + "\", {\"@vocab\": \"https://example.org/vocab#\"}]}"),
                breaks(VcdmRules.CONTEXT_ITEM, "a number as context", "{\"@context\": [\"" + V2 + "\", 42]}"),
                keeps(VcdmRules.ID, "URL ids", "{\"id\": \"https://example.edu/credentials/1872\"}"),
                breaks(VcdmRules.ID, "a credential id with spaces", "{\"id\": \"credential 1872\"}"),
                breaks(VcdmRules.ID, "a relative subject id",
                        "{\"credentialSubject\": {\"id\": \"learners/1\", \"degree\": \"BSc\"}}"),
                keeps(VcdmRules.TYPE, "a single type", "{\"type\": \"VerifiableCredential\"}"),
                breaks(VcdmRules.TYPE, "no VerifiableCredential", "{\"type\": [\"ExampleDegreeCredential\"]}"),
                breaks(VcdmRules.TYPE, "no type", "{\"type\": null}"),
                keeps(VcdmRules.TYPE_VALUE, "a URL type",
                        "{\"type\": [\"VerifiableCredential\", \"https://example.org/vocab#Degree\"]}"),
                breaks(VcdmRules.TYPE_VALUE, "a number as type", "{\"type\": [\"VerifiableCredential\", 7]}"),
                keeps(VcdmRules.ISSUER, "a URL issuer", "{\"issuer\": \"https://example.edu/issuers/565049\"}"),
                breaks(VcdmRules.ISSUER, "an issuer object without id", "{\"issuer\": {\"name\": \"Example University\"}}"),
                breaks(VcdmRules.ISSUER, "no issuer", "{\"issuer\": null}"),
                keeps(VcdmRules.SUBJECT, "two subjects",
                        "{\"credentialSubject\": [{\"id\": \"did:example:a\"}, {\"degree\": \"BSc\"}]}"),
                breaks(VcdmRules.SUBJECT, "no credentialSubject", "{\"credentialSubject\": null}"),
                breaks(VcdmRules.SUBJECT, "an empty array of subjects", "{\"credentialSubject\": []}"),
                breaks(VcdmRules.SUBJECT, "a string as subject", "{\"credentialSubject\": \"did:example:learner\"}"),
                keeps(VcdmRules.SUBJECT_CLAIMS, "a subject with a claim", "{\"credentialSubject\": {\"degree\": \"BSc\"}}"),
                breaks(VcdmRules.SUBJECT_CLAIMS, "an empty subject", "{\"credentialSubject\": {}}"),
                keeps(VcdmRules.NAME, "names in two languages",
                        "{\"name\": [{\"@value\": \"Beispiel\", \"@language\": \"de\"}, {\"@value\": \"Example\", \"@language\": \"en\"}]}"),
                breaks(VcdmRules.NAME, "a number as name", "{\"name\": 5}"),
                breaks(VcdmRules.NAME, "an issuer name that is an array of strings",
                        "{\"issuer\": {\"id\": \"did:example:issuer\", \"name\": [\"a\", \"b\"]}}"),
                keeps(VcdmRules.DESCRIPTION, "a string description", "{\"description\": \"An example degree\"}"),
                breaks(VcdmRules.DESCRIPTION, "an array of strings", "{\"description\": [\"a\", \"b\"]}"),
                keeps(VcdmRules.LANGUAGE_VALUE, "language and direction",
                        "{\"name\": {\"@value\": \"مثال\", \"@language\": \"ar\", \"@direction\": \"rtl\"}}"),
                breaks(VcdmRules.LANGUAGE_VALUE, "another member",
                        "{\"description\": {\"@value\": \"An example\", \"@language\": \"en\", \"url\": \"did:example:x\"}}"),
                breaks(VcdmRules.LANGUAGE_VALUE, "an ill-formed language tag",
                        "{\"name\": {\"@value\": \"Example\", \"@language\": \"en_GB!\"}}"),
                breaks(VcdmRules.LANGUAGE_VALUE, "a direction up", "{\"name\": {\"@value\": \"Example\", \"@direction\": \"up\"}}"),
                breaks(VcdmRules.LANGUAGE_VALUE, "no @value", "{\"name\": {\"@language\": \"en\"}}"),
                keeps(VcdmRules.VALID_FROM, "fractions and an offset", "{\"validFrom\": \"2026-01-01T00:00:00.123+01:00\"}"),
                breaks(VcdmRules.VALID_FROM, "a date only", "{\"validFrom\": \"2026-01-01\"}"),
                breaks(VcdmRules.VALID_FROM, "no time zone", "{\"validFrom\": \"2026-01-01T00:00:00\"}"),
                keeps(VcdmRules.VALID_UNTIL, "no validUntil", "{\"validUntil\": null}"),
                breaks(VcdmRules.VALID_UNTIL, "words", "{\"validUntil\": \"next year\"}"),
                keeps(VcdmRules.VALIDITY_ORDER, "the same instant twice",
                        "{\"validFrom\": \"2027-01-01T01:00:00+01:00\", \"validUntil\": \"2027-01-01T00:00:00Z\"}"),
                breaks(VcdmRules.VALIDITY_ORDER, "from after until", "{\"validFrom\": \"2031-01-01T00:00:00Z\"}"),
                keeps(VcdmRules.STATUS_TYPE, "a typed status",
                        "{\"credentialStatus\": {\"id\": \"https://example.edu/status/1#3\", \"type\": \"BitstringStatusListEntry\"}}"),
                breaks(VcdmRules.STATUS_TYPE, "a status without type",
                        "{\"credentialStatus\": {\"id\": \"https://example.edu/status/1#3\"}}"),
                keeps(VcdmRules.SCHEMA, "a JSON schema",
                        "{\"credentialSchema\": [{\"id\": \"https://example.org/schema.json\", \"type\": \"JsonSchema\"}]}"),
                breaks(VcdmRules.SCHEMA, "a schema without id", "{\"credentialSchema\": {\"type\": \"JsonSchema\"}}"),
                breaks(VcdmRules.SCHEMA, "a schema without type",
                        "{\"credentialSchema\": {\"id\": \"https://example.org/schema.json\"}}"),
                keeps(VcdmRules.REFRESH_TYPE, "a typed refresh service",
                        "{\"refreshService\": {\"type\": \"VerifiableCredentialRefreshService2021\", \"url\": \"https://example.edu/refresh\"}}"),
                breaks(VcdmRules.REFRESH_TYPE, "a refresh service without type",
                        "{\"refreshService\": {\"url\": \"https://example.edu/refresh\"}}"),
                keeps(VcdmRules.TERMS_TYPE, "typed terms of use", "{\"termsOfUse\": {\"type\": \"TrustFrameworkPolicy\"}}"),
                breaks(VcdmRules.TERMS_TYPE, "terms of use without type", "{\"termsOfUse\": [{\"id\": \"https://example.org/tos\"}]}"),
                keeps(VcdmRules.EVIDENCE_TYPE, "typed evidence",
                        "{\"evidence\": [{\"id\": \"https://example.edu/evidence/1\", \"type\": [\"Evidence\"]}]}"),
                breaks(VcdmRules.EVIDENCE_TYPE, "evidence without type", "{\"evidence\": [{\"id\": \"https://example.edu/evidence/1\"}]}"),
                keeps(VcdmRules.RELATED_ID, "an entry with a URL id and a digest",
                        "{\"relatedResource\": [{\"id\": \"" + RESOURCE + "\", \"digestSRI\": \"" + sri(CONTENT) + "\"}]}"),
                breaks(VcdmRules.RELATED_ID, "an entry without id", "{\"relatedResource\": [{\"digestSRI\": \"" + sri(CONTENT) + "\"}]}"),
                keeps(VcdmRules.RELATED_DIGEST, "a digestMultibase",
                        "{\"relatedResource\": {\"id\": \"https://example.org/b\", \"digestMultibase\": \"" + multibase(OTHER) + "\"}}"),
                breaks(VcdmRules.RELATED_DIGEST, "no digest", "{\"relatedResource\": [{\"id\": \"https://example.org/b\"}]}"),
                breaks(VcdmRules.RELATED_DIGEST, "an MD5 SRI",
                        "{\"relatedResource\": [{\"id\": \"https://example.org/b\", \"digestSRI\": \"md5-XUFAKrxLKna5cZ2REBfFkg==\"}]}"),
                breaks(VcdmRules.RELATED_DIGEST, "a multibase that is no multihash",
                        "{\"relatedResource\": [{\"id\": \"https://example.org/b\", \"digestMultibase\": \"zQmTooShort\"}]}"),
                keeps(VcdmRules.RELATED_UNIQUE, "two resources",
                        "{\"relatedResource\": [{\"id\": \"https://example.org/b\", \"digestSRI\": \"" + sri(OTHER) + "\"},"
                                + " {\"id\": \"https://example.org/c\", \"digestSRI\": \"" + sri(OTHER) + "\"}]}"),
                breaks(VcdmRules.RELATED_UNIQUE, "one resource twice",
                        "{\"relatedResource\": [{\"id\": \"https://example.org/b\", \"digestSRI\": \"" + sri(OTHER) + "\"},"
                                + " {\"id\": \"https://example.org/b\", \"digestSRI\": \"" + sri(OTHER) + "\"}]}"),
                keeps(VcdmRules.RELATED_MATCH, "the supplied content, by SRI and multibase",
                        "{\"relatedResource\": [{\"id\": \"" + RESOURCE + "\", \"digestSRI\": \"" + sri(CONTENT)
                                + "\", \"digestMultibase\": \"" + multibase(CONTENT) + "\"}]}"),
                breaks(VcdmRules.RELATED_MATCH, "other content than the supplied",
                        "{\"relatedResource\": [{\"id\": \"" + RESOURCE + "\", \"digestSRI\": \"" + sri(OTHER) + "\"}]}"),
                breaks(VcdmRules.RELATED_MATCH, "a multibase digest of other content",
                        "{\"relatedResource\": [{\"id\": \"" + RESOURCE + "\", \"digestMultibase\": \"" + multibase(OTHER) + "\"}]}"));
    }

    static Arguments keeps(String rule, String what, String change) {
        return Arguments.of(rule, what, change, true);
    }

    static Arguments breaks(String rule, String what, String change) {
        return Arguments.of(rule, what, change, false);
    }

    static String sri(byte[] content) {
        try {
            return "sha384-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String multibase(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            byte[] multihash = new byte[digest.length + 2];
            multihash[0] = 0x12;
            multihash[1] = 0x20;
            System.arraycopy(digest, 0, multihash, 2, digest.length);
            return Multibase.base58btc(multihash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonObject changed(String base, String change) throws Exception {
        JsonObjectBuilder out = StrictJson.PROVIDER.createObjectBuilder(StrictJson.parseObject(base.getBytes(StandardCharsets.UTF_8)));
        StrictJson.parseObject(change.getBytes(StandardCharsets.UTF_8)).forEach((key, value) -> {
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                out.remove(key);
            } else {
                out.add(key, value);
            }
        });
        return out.build();
    }

    static List<Finding> check(JsonObject credential) throws Exception {
        return VcDataModel.check(JsonText.compact(credential).getBytes(StandardCharsets.UTF_8), Map.of(RESOURCE, CONTENT),
                ReaderFindings.defaults());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void eachRule_isKeptByOneCase_andBrokenByAnother(String rule, String what, String change, boolean kept) throws Exception {
        List<Finding> findings = check(changed(BASE, change));

        if (kept) {
            assertThat(findings).as(what).isEmpty();
        } else {
            assertThat(findings).as(what).extracting(Finding::ruleId).contains(rule);
            assertThat(findings).allSatisfy(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.message()).doesNotStartWith(f.ruleId());
                assertThat(f.source()).hasValueSatisfying(s -> assertThat(s).startsWith("W3C VC Data Model"));
            });
        }
    }

    @Test
    void everyRule_hasAKeepingAndABreakingCase() {
        // the presentation rules have their cases in VcDataModelPresentationRulesTest
        Set<String> ids = new VcdmRules().rules().stream().map(d -> d.rule().id()).filter(id -> !id.startsWith("VCDM-VP-"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> kept = cases().filter(a -> (boolean) a.get()[3]).map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        Set<String> broken = cases().filter(a -> !(boolean) a.get()[3]).map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));

        assertThat(kept).isEqualTo(ids);
        assertThat(broken).isEqualTo(ids);
    }

    @Test
    void aViolation_namesItsMember_andTheValue() throws Exception {
        List<Finding> findings = check(changed(BASE, "{\"credentialSubject\": {}, \"validFrom\": \"2026-01-01\"}"));

        assertThat(findings).extracting(Finding::ruleId, Finding::pointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple(VcdmRules.SUBJECT_CLAIMS, "/credentialSubject"),
                org.assertj.core.groups.Tuple.tuple(VcdmRules.VALID_FROM, "/validFrom"));
        assertThat(findings.get(1).value()).contains("2026-01-01");
    }

    @Test
    void aVc11Credential_isHeldOnlyToTheRulesVc11Shares() throws Exception {
        String v11 = "{\"@context\": [\"" + V1 + "\"]}";
        JsonObject breaksOnlyV2Rules = changed(changed(BASE, v11).toString(),
                "{\"name\": 5, \"validFrom\": \"soon\", \"relatedResource\": [{\"id\": \"x\"}], \"issuanceDate\": \"2026-01-01T00:00:00Z\"}");
        JsonObject breaksShared = changed(changed(BASE, v11).toString(), "{\"credentialSubject\": null, \"type\": [\"X\"]}");

        assertThat(check(breaksOnlyV2Rules)).isEmpty();
        assertThat(check(breaksShared)).extracting(Finding::ruleId).containsExactly(VcdmRules.TYPE, VcdmRules.SUBJECT);
    }

    @Test
    void aPresentation_isNotACredentialDocument() throws Exception {
        JsonObject presentation = changed(BASE, "{\"type\": [\"VerifiablePresentation\"], \"credentialSubject\": null,"
                + " \"issuer\": null, \"holder\": \"did:example:learner\"}");
        JsonObject both = changed(BASE, "{\"type\": [\"VerifiablePresentation\", \"VerifiableCredential\"], \"credentialSubject\": null}");

        assertThat(check(presentation)).isEmpty();
        assertThat(check(both)).extracting(Finding::ruleId).containsExactly(VcdmRules.SUBJECT);
    }

    @Test
    void withoutTheResource_onlyTheDigestsFormIsChecked() throws Exception {
        JsonObject credential = changed(BASE, "{\"relatedResource\": [{\"id\": \"" + RESOURCE + "\", \"digestSRI\": \"" + sri(OTHER) + "\"}]}");

        assertThat(VcDataModel.check(JsonText.compact(credential).getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void germanFindings_andAPolicyThatSwitchesARuleOff() throws Exception {
        byte[] credential = JsonText.compact(changed(BASE, "{\"credentialSubject\": {}, \"type\": [\"X\"]}")).getBytes(StandardCharsets.UTF_8);

        List<Finding> english = VcDataModel.check(credential);
        List<Finding> german = VcDataModel.check(credential, Map.of(), ReaderFindings.of(Policy.defaults(), Locale.GERMAN));
        List<Finding> lenient = VcDataModel.check(credential, Map.of(),
                ReaderFindings.of(Policy.builder().disable(VcdmRules.TYPE).build(), Locale.ENGLISH));

        assertThat(german).extracting(Finding::ruleId).isEqualTo(english.stream().map(Finding::ruleId).toList());
        for (int i = 0; i < english.size(); i++) {
            assertThat(german.get(i).message()).isNotEqualTo(english.get(i).message());
        }
        assertThat(lenient).extracting(Finding::ruleId).containsExactly(VcdmRules.SUBJECT_CLAIMS);
    }

    @Test
    void theRules_areInTheRegistry_asErrors() {
        List<RuleDefinition> definitions = new VcdmRules().rules();

        assertThat(Rule.all()).containsAll(definitions.stream().map(RuleDefinition::rule).toList());
        assertThat(ReaderFindings.rules()).containsAll(definitions);
        assertThat(definitions).allSatisfy(d -> {
            assertThat(d.defaultSeverity()).isEqualTo(Severity.ERROR);
            assertThat(d.rule().id()).startsWith("VCDM-");
        });
    }
}
