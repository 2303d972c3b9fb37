package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.model.Document;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.sample.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Path write(String name, Document document) throws IOException {
        return Files.writeString(dir.resolve(name), NativeJson.create().write(document));
    }

    private static MicroCredential withoutOutcomes() {
        return Samples.microCredential().toBuilder().learningOutcomes(List.of()).build();
    }

    @Test
    void demoCredential_conformsToTheDefaultProfile() throws IOException {
        Path file = write("demo.json", Samples.microCredential());

        assertThat(run("validate", file.toString())).isEqualTo(Main.OK);
        assertThat(out.toString()).startsWith(file + ": conforms, no findings");
    }

    @ParameterizedTest
    @ValueSource(strings = {"council", "ects", "heroes", "digiprof", "default", "all"})
    void demoOutput_conformsToEveryShippedProfile(String profile) throws IOException {
        assertThat(run("demo", "--out", dir.toString())).isEqualTo(Main.OK);

        assertThat(run("validate", "--profile", profile, "--institution", "UCN",
                dir.resolve("microcredential.json").toString())).as(out.toString()).isEqualTo(Main.OK);
    }

    @Test
    void missingElement_exitsOneAndNamesTheRule() throws IOException {
        Path file = write("broken.json", withoutOutcomes());

        assertThat(run("validate", file.toString())).isEqualTo(Main.FINDINGS);
        assertThat(out.toString()).contains("does not conform: 1 error, 0 warnings, 0 notices", "ERROR CR-M6 at /learningOutcomes");
    }

    @Test
    void jsonFormat_printsOneFindingPerLineWithItsRuleId() throws IOException {
        Path file = write("broken.json", withoutOutcomes());

        assertThat(run("validate", "--format", "json", file.toString())).isEqualTo(Main.FINDINGS);

        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().strip().split("\\R")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("type").asText()).isEqualTo("finding");
        assertThat(lines.get(0).get("ruleId").asText()).isEqualTo("CR-M6");
        assertThat(lines.get(0).get("severity").asText()).isEqualTo("ERROR");
        assertThat(lines.get(0).get("pointer").asText()).isEqualTo("/learningOutcomes");
        assertThat(lines.get(0).get("source").asText()).isEqualTo("Council Recommendation 2022/C 243/02, Annex I, mandatory element 6");
        assertThat(lines.get(1).get("type").asText()).isEqualTo("summary");
        assertThat(lines.get(1).get("conforms").asBoolean()).isFalse();
        assertThat(lines.get(1).get("errors").asInt()).isEqualTo(1);
    }

    @Test
    void institution_appliesItsLimits() throws IOException {
        MicroCredential oneCredit = Samples.microCredential().toBuilder().workload(Workload.of(EctsCredits.of(1))).build();
        Path file = write("one.json", oneCredit);

        assertThat(run("validate", file.toString())).isEqualTo(Main.OK);
        assertThat(run("validate", "--institution", "UCN", file.toString())).isEqualTo(Main.FINDINGS);
        assertThat(out.toString()).contains("ERROR ECTS-INST at /workload/credits");
    }

    @Test
    void severity_canBeLoweredOrSwitchedOff() throws IOException {
        Path file = write("broken.json", withoutOutcomes());

        assertThat(run("validate", "--severity", "CR-M6=warning", file.toString())).isEqualTo(Main.OK);
        assertThat(out.toString()).contains("WARNING CR-M6");
        assertThat(run("validate", "--severity", "CR-M6=off", file.toString())).isEqualTo(Main.OK);
    }

    @Test
    void germanMessages() throws IOException {
        Path file = write("broken.json", withoutOutcomes());

        run("validate", "--locale", "de", file.toString());

        assertThat(out.toString()).contains("Es sind keine Lernergebnisse angegeben.");
    }

    @Test
    void otherNativeDocuments_areValidatedToo() throws IOException {
        Path design = write("design.json", Samples.courseDesign());
        Path pathway = write("pathway.json", Samples.microCredentialPathway());

        assertThat(run("validate", "--profile", "all", design.toString(), pathway.toString())).isEqualTo(Main.OK);
        assertThat(out.toString()).contains("HE-DESIGN at /items/3.5", pathway + ": conforms");
    }

    @Test
    void readerFindings_areReported() throws IOException {
        Path file = dir.resolve("extra.json");
        String text = NativeJson.create().write(Samples.microCredential()).replaceFirst("\\{", "{\"colour\": \"blue\",");
        Files.writeString(file, text);

        assertThat(run("validate", file.toString())).isEqualTo(Main.OK);
        assertThat(out.toString()).contains("JSON-UNKNOWN-PROPERTY", "/colour");
    }

    @Test
    void unreadableInput_exitsTwo_butTheOtherFilesAreStillValidated() throws IOException {
        Path garbage = Files.writeString(dir.resolve("garbage.json"), "{not json");
        Path good = write("good.json", Samples.microCredential());

        assertThat(run("validate", garbage.toString(), good.toString(), dir.resolve("missing.json").toString()))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("garbage.json", "no such file");
        assertThat(out.toString()).contains(good + ": conforms");
    }

    @Test
    void unknownProfileOrRule_isAUsageError() throws IOException {
        Path file = write("demo.json", Samples.microCredential());

        assertThat(run("validate", "--profile", "bologna", file.toString())).isEqualTo(Main.USAGE);
        assertThat(run("validate", "--severity", "CR-M99=off", file.toString())).isEqualTo(Main.USAGE);
        assertThat(run("validate", "--institution", "Sorbonne", file.toString())).isEqualTo(Main.USAGE);
        assertThat(run("validate", "--format", "xml", file.toString())).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("bologna", "CR-M99", "Sorbonne", "xml");
    }
}
