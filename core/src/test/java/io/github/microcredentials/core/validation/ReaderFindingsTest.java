package io.github.microcredentials.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Reader findings are rules: a policy sets their severity, and they speak the validator's languages. */
class ReaderFindingsTest {

    private static final String RULE = "JSON-UNKNOWN-PROPERTY";

    private static byte[] withUnknownMember() {
        return NativeJson.create().write(Samples.microCredential()).replaceFirst("\\{", "{\"colour\": \"blue\",")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static ReadResult<MicroCredential> read(NativeJson json) throws Exception {
        return json.readReporting(withUnknownMember(), MicroCredential.class);
    }

    @Test
    void unknownMember_isAWarningOfTheRule_byDefault() throws Exception {
        Finding finding = read(NativeJson.create()).findings().findings().get(0);

        assertThat(finding.ruleId()).isEqualTo(RULE);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.pointer()).isEqualTo("/colour");
        assertThat(finding.message()).isEqualTo("A member the native format does not define; it was not read.");
        assertThat(finding.source()).hasValue("microcredentials native JSON format");
    }

    @Test
    void aPolicy_raisesOrSwitchesOffTheRule() throws Exception {
        Policy strict = Policy.builder().severity(RULE, Severity.ERROR).build();
        Policy lenient = Policy.builder().disable(RULE).build();

        assertThat(read(NativeJson.create().withPolicy(strict)).findings().conforms()).isFalse();
        assertThat(read(NativeJson.create().withPolicy(strict)).findings().findings(RULE))
                .extracting(Finding::severity).containsExactly(Severity.ERROR);
        assertThat(read(NativeJson.create().withPolicy(lenient)).isComplete()).isTrue();
    }

    @Test
    void messages_followTheLocale() throws Exception {
        Finding german = read(NativeJson.create().withLocale(Locale.GERMAN)).findings().findings().get(0);
        Finding japanese = read(NativeJson.create().withLocale(Locale.JAPANESE)).findings().findings().get(0);

        assertThat(german.message()).isEqualTo("Ein Element, das das native Format nicht definiert; es wurde nicht gelesen.");
        assertThat(japanese.message()).isEqualTo("A member the native format does not define; it was not read.");
    }

    @Test
    void readerRules_areKnownToPolicies_butNotToValidators() {
        Policy policy = Policy.builder().severity(RULE, Severity.INFO).build();

        assertThat(policy.overrides()).containsKey(RULE);
        assertThat(Validator.builder().policy(policy).build().rules().keySet()).extracting(Rule::id)
                .doesNotContain(RULE);
    }

    @Test
    void create_rejectsWhatIsNotAReaderRule_andShowsAMissingMessageByItsKey() {
        ReaderFindings findings = ReaderFindings.defaults();

        assertThatThrownBy(() -> findings.create("CR-M2", "", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no reader rule");
        assertThat(findings.create(RULE, "nope", Severity.INFO, "", null, "x")).get()
                .extracting(Finding::message).isEqualTo("JSON-UNKNOWN-PROPERTY.nope [x]");
    }

    @Test
    void create_keepsALowerSeverity_unlessThePolicySetsTheRule() {
        ReaderFindings defaults = ReaderFindings.defaults();
        ReaderFindings raised = defaults.withPolicy(Policy.builder().severity(RULE, Severity.ERROR).build());

        assertThat(defaults.create(RULE, null, Severity.INFO, "/x", "v")).get()
                .extracting(Finding::severity).isEqualTo(Severity.INFO);
        assertThat(raised.create(RULE, null, Severity.INFO, "/x", "v")).get()
                .extracting(Finding::severity).isEqualTo(Severity.ERROR);
    }
}
