package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.Policy;
import io.github.microcredentials.core.validation.ReaderFindings;
import io.github.microcredentials.core.validation.Severity;
import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.vcdm.VcdmRules;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every VC Data Model rule for presentations ({@code VCDM-VP-*}) with a presentation that keeps it
 * and one that breaks it: a base presentation that keeps every rule, changed by one JSON case each.
 */
class VcDataModelPresentationRulesTest {

    static final String V2 = "https://www.w3.org/ns/credentials/v2";
    static final String ENVELOPED = "{\"@context\": \"" + V2 + "\", \"type\": \"EnvelopedVerifiableCredential\","
            + " \"id\": \"data:application/vc+jwt,eyJhbGciOiJFZERTQSJ9.e30.c2ln\"}";

    static final String BASE = """
            {"@context": ["https://www.w3.org/ns/credentials/v2"],
             "id": "urn:uuid:0b8e6c2a-1f1e-4c5e-9a6b-3f1c2d4e5f60",
             "type": ["VerifiablePresentation"],
             "holder": "did:example:learner",
             "verifiableCredential": [{"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
                 "issuer": "did:example:issuer", "credentialSubject": {"id": "did:example:learner"}}]}
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                VcDataModelRulesTest.keeps(VcdmRules.VP_CONTEXT, "a VC 1.1 presentation",
                        "{\"@context\": [\"https://www.w3.org/2018/credentials/v1\"]}"),
                VcDataModelRulesTest.breaks(VcdmRules.VP_CONTEXT, "the examples context first",
                        "{\"@context\": [\"https://www.w3.org/ns/credentials/examples/v2\", \"" + V2 + "\"]}"),
                VcDataModelRulesTest.breaks(VcdmRules.VP_CONTEXT, "no @context", "{\"@context\": null}"),
                VcDataModelRulesTest.keeps(VcdmRules.VP_TYPE, "a further type",
                        "{\"type\": [\"VerifiablePresentation\", \"ExamplePresentation\"]}"),
                VcDataModelRulesTest.breaks(VcdmRules.VP_TYPE, "no VerifiablePresentation", "{\"type\": [\"ExamplePresentation\"]}"),
                VcDataModelRulesTest.breaks(VcdmRules.VP_TYPE, "no type", "{\"type\": null}"),
                VcDataModelRulesTest.keeps(VcdmRules.VP_ID, "no id", "{\"id\": null}"),
                VcDataModelRulesTest.breaks(VcdmRules.VP_ID, "a relative id", "{\"id\": \"presentations/1\"}"),
                VcDataModelRulesTest.keeps(VcdmRules.VP_HOLDER, "a holder object", "{\"holder\": {\"id\": \"did:example:learner\"}}"),
                VcDataModelRulesTest.breaks(VcdmRules.VP_HOLDER, "a holder object without id", "{\"holder\": {\"name\": \"Sam\"}}"),
                VcDataModelRulesTest.keeps(VcdmRules.VP_CREDENTIALS, "no credentials", "{\"verifiableCredential\": null}"),
                VcDataModelRulesTest.breaks(VcdmRules.VP_CREDENTIALS, "a URL", "{\"verifiableCredential\": \"https://example.edu/c/1\"}"),
                VcDataModelRulesTest.breaks(VcdmRules.VP_CREDENTIALS, "a number among objects",
                        "{\"verifiableCredential\": [" + ENVELOPED + ", 5]}"),
                VcDataModelRulesTest.keeps(VcdmRules.VP_ENVELOPED_CONTEXT, "an enveloped credential",
                        "{\"verifiableCredential\": " + ENVELOPED + "}"),
                VcDataModelRulesTest.breaks(VcdmRules.VP_ENVELOPED_CONTEXT, "an envelope with an empty @context",
                        "{\"verifiableCredential\": [" + ENVELOPED.replace("\"" + V2 + "\"", "[]") + "]}"),
                VcDataModelRulesTest.breaks(VcdmRules.VP_ENVELOPED_CONTEXT, "an envelope with the examples context",
                        "{\"verifiableCredential\": [" + ENVELOPED.replace(V2, "https://www.w3.org/ns/credentials/examples/v2") + "]}"),
                VcDataModelRulesTest.keeps(VcdmRules.VP_ENVELOPED_ID, "a base64 data: URL",
                        "{\"verifiableCredential\": [" + ENVELOPED.replace("vc+jwt,", "vc+jwt;base64,") + "]}"),
                VcDataModelRulesTest.breaks(VcdmRules.VP_ENVELOPED_ID, "the token without data:",
                        "{\"verifiableCredential\": [" + ENVELOPED.replace("data:application/vc+jwt,", "") + "]}"),
                VcDataModelRulesTest.breaks(VcdmRules.VP_ENVELOPED_ID, "an envelope without id",
                        "{\"verifiableCredential\": [{\"@context\": \"" + V2 + "\", \"type\": \"EnvelopedVerifiableCredential\"}]}"));
    }

    static List<Finding> check(String change, ReaderFindings findings) throws Exception {
        String presentation = JsonText.compact(VcDataModelRulesTest.changed(BASE, change));
        return VcDataModel.checkPresentation(presentation.getBytes(StandardCharsets.UTF_8), findings);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void eachRule_isKeptByOneCase_andBrokenByAnother(String rule, String what, String change, boolean kept) throws Exception {
        List<Finding> findings = check(change, ReaderFindings.defaults());

        if (kept) {
            assertThat(findings).as(what).isEmpty();
        } else {
            assertThat(findings).as(what).extracting(Finding::ruleId).containsExactly(rule);
            assertThat(findings).allSatisfy(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.source()).hasValueSatisfying(s -> assertThat(s).startsWith("W3C VC Data Model 2.0 §4.13"));
            });
        }
    }

    @Test
    void everyPresentationRule_hasAKeepingAndABreakingCase() {
        Set<String> ids = new VcdmRules().rules().stream().map(d -> d.rule().id()).filter(id -> id.startsWith("VCDM-VP-"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> kept = cases().filter(a -> (boolean) a.get()[3]).map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        Set<String> broken = cases().filter(a -> !(boolean) a.get()[3]).map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));

        assertThat(ids).hasSize(7);
        assertThat(kept).isEqualTo(ids);
        assertThat(broken).isEqualTo(ids);
    }

    @Test
    void check_appliesThePresentationRules_toADocumentTypedAsOne_inTheFindingsLanguage_andPolicy() throws Exception {
        byte[] presentation = JsonText.compact(VcDataModelRulesTest.changed(BASE, "{\"id\": \"presentations/1\"}"))
                .getBytes(StandardCharsets.UTF_8);

        assertThat(VcDataModel.check(presentation)).extracting(Finding::ruleId).containsExactly(VcdmRules.VP_ID);
        List<Finding> german = VcDataModel.check(presentation, java.util.Map.of(), ReaderFindings.of(Policy.defaults(), Locale.GERMAN));
        assertThat(german).singleElement().satisfies(f -> assertThat(f.message()).contains("muss eine URL sein"));
        List<Finding> off = VcDataModel.check(presentation, java.util.Map.of(),
                ReaderFindings.of(Policy.builder().disable(VcdmRules.VP_ID).build(), Locale.ENGLISH));
        assertThat(off).isEmpty();
    }
}
