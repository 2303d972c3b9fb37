package io.github.microcredentials.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.model.LearningOutcome;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.core.validation.Profiles;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Rule;
import io.github.microcredentials.core.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SARIF 2.1.0 output: valid against the OASIS schema, with rule metadata, pointers, lines and columns. */
class SarifWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Validator VALIDATOR = Validator.of(Profiles.all());
    private static final SarifWriter SARIF = SarifWriter.builder().rules(VALIDATOR.rules()).toolVersion("0.1.0").build();

    /** The sample with a vague second outcome and no learner: HE-LO-VERB at a line, CR-M1 at the root. */
    private static MicroCredential flawed() {
        MicroCredential sample = Samples.microCredential();
        List<LearningOutcome> outcomes = new ArrayList<>(sample.learningOutcomes());
        outcomes.set(1, LearningOutcome.builder("lo-2", LocalizedString.en("Know how repositories work.")).build());
        return sample.toBuilder().learner(null).learningOutcomes(outcomes).build();
    }

    private static JsonNode sarifOf(ValidatedFile... files) throws IOException {
        byte[] log = SARIF.write(List.of(files));
        assertThat(ReportSchemas.sarifErrors(log)).as(new String(log, StandardCharsets.UTF_8)).isEmpty();
        return MAPPER.readTree(log);
    }

    private static JsonNode result(JsonNode log, String ruleId) {
        for (JsonNode result : log.at("/runs/0/results")) {
            if (result.get("ruleId").asText().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError("no result of " + ruleId);
    }

    @Test
    void nativeJsonFile_validatesAgainstTheSarifSchema_andPlacesEachResultAtItsLineAndColumn() throws IOException {
        byte[] json = NativeJson.create().writeBytes(flawed());
        Report report = VALIDATOR.validate(flawed());
        JsonNode log = sarifOf(ValidatedFile.nativeJson("credentials/mc.json", json, report));

        JsonNode vague = result(log, "HE-LO-VERB");
        String text = new String(json, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        int line = lineOf(lines, "\"Know how repositories work.\"");
        assertThat(vague.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(line);
        assertThat(vague.at("/locations/0/physicalLocation/region/startColumn").asInt())
                .isEqualTo(lines[line - 1].indexOf("\"en\"") + 1);
        assertThat(vague.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo("/learningOutcomes/1/text/en");
        assertThat(vague.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("credentials/mc.json");
        assertThat(vague.get("level").asText()).isEqualTo("warning");
        assertThat(vague.at("/message/text").asText()).contains("lo-2").contains("know");
    }

    private static int lineOf(String[] lines, String needle) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in the document");
    }

    @Test
    void missingElement_isPlacedAtItsNearestExistingAncestor() throws IOException {
        byte[] json = NativeJson.create().writeBytes(flawed());
        JsonNode log = sarifOf(ValidatedFile.nativeJson("mc.json", json, VALIDATOR.validate(flawed())));

        JsonNode missingLearner = result(log, "CR-M1");
        assertThat(missingLearner.get("level").asText()).isEqualTo("error");
        assertThat(missingLearner.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("/learner");
        assertThat(missingLearner.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(1);
        assertThat(missingLearner.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(1);
    }

    @Test
    void everyRuleTheValidatorRan_isDescribedWithItsSourceLevelAndDocumentationLink() throws IOException {
        JsonNode log = sarifOf(ValidatedFile.nativeJson("mc.json", NativeJson.create().writeBytes(Samples.microCredential()),
                VALIDATOR.validate(Samples.microCredential())));

        JsonNode rules = log.at("/runs/0/tool/driver/rules");
        List<Rule> ran = List.copyOf(VALIDATOR.rules().keySet());
        assertThat(rules.size()).isEqualTo(ran.size());
        JsonNode ectsMin = rules.get(ran.indexOf(Rule.byId("ECTS-MIN").orElseThrow()));
        assertThat(ectsMin.get("id").asText()).isEqualTo("ECTS-MIN");
        assertThat(ectsMin.get("helpUri").asText()).isEqualTo(RuleDocumentation.uri("ECTS-MIN").toString())
                .endsWith("/docs/rules/ECTS-MIN.md");
        assertThat(ectsMin.at("/help/text").asText()).contains("HEROES D6.1 §1.1, §1.3.2");
        assertThat(ectsMin.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(rules.get(ran.indexOf(Rule.byId("DP-DESC").orElseThrow()))
                .at("/defaultConfiguration/level").asText()).isEqualTo("note");
        assertThat(log.at("/runs/0/tool/driver/semanticVersion").asText()).isEqualTo("0.1.0");
    }

    @Test
    void findingsThatPointIntoTheNativeForm_ofAnotherFormat_areAtLineOne_andSaySo() throws IOException {
        Report report = VALIDATOR.validate(flawed());
        ValidatedFile edc = ValidatedFile.builder("mc.jsonld").findingsIn("{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                Report.empty()).findings(report).build();
        JsonNode log = sarifOf(edc);

        JsonNode missingLearner = result(log, "CR-M1");
        assertThat(missingLearner.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(1);
        assertThat(missingLearner.at("/locations/0/physicalLocation/region/startColumn").isMissingNode()).isTrue();
        assertThat(missingLearner.at("/locations/0/logicalLocations/0/properties/pointsInto").asText())
                .isEqualTo("nativeJson");
    }

    @Test
    void unreadableFile_isAnErrorNotification_andTheLogStaysValid() throws IOException {
        JsonNode log = sarifOf(ValidatedFile.unreadable("in box/bad:1.json", "not JSON: unexpected end of input"),
                ValidatedFile.nativeJson("ok.json", NativeJson.create().writeBytes(Samples.microCredential()),
                        VALIDATOR.validate(Samples.microCredential())));

        JsonNode notification = log.at("/runs/0/invocations/0/toolExecutionNotifications/0");
        assertThat(notification.get("level").asText()).isEqualTo("error");
        assertThat(notification.at("/message/text").asText()).contains("unexpected end of input");
        assertThat(log.at("/runs/0/artifacts/0/location/uri").asText()).isEqualTo("in%20box/bad:1.json");
        assertThat(log.at("/runs/0/artifacts/1/location/uri").asText()).isEqualTo("ok.json");
    }

    @Test
    void theSchemaCheck_rejectsALogThatBreaksIt() throws IOException {
        // The control: without it, a schema check that accepted everything would look like a pass.
        ObjectNode log = (ObjectNode) MAPPER.readTree(SARIF.write(List.of(ValidatedFile.nativeJson("mc.json",
                NativeJson.create().writeBytes(flawed()), VALIDATOR.validate(flawed())))));
        ((ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");
        log.remove("version");

        assertThat(ReportSchemas.sarifErrors(MAPPER.writeValueAsBytes(log))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void sameInput_givesTheSameBytes() {
        List<ValidatedFile> files = List.of(ValidatedFile.nativeJson("mc.json", NativeJson.create().writeBytes(flawed()),
                VALIDATOR.validate(flawed())));

        assertThat(SARIF.write(files)).isEqualTo(SARIF.write(files));
    }
}
