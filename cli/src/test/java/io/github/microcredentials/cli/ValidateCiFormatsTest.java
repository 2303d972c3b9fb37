package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.edc.EdcWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --format sarif} and {@code --format junit}: one report over every file. */
class ValidateCiFormatsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int validate(String format, Path... files) {
        String[] args = new String[4 + files.length];
        args[0] = "validate";
        args[1] = "--format";
        args[2] = format;
        args[3] = "--profile=council";
        for (int i = 0; i < files.length; i++) {
            args[4 + i] = files[i].toString();
        }
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private static MicroCredential withoutTitle() {
        return Samples.microCredential().toBuilder().title(null).build();
    }

    @Test
    void sarif_placesNativeFindingsAtTheirLine_andEdcValidatorFindingsInTheNativeForm() throws Exception {
        Path nativeFile = Files.write(dir.resolve("mc.json"), NativeJson.create().writeBytes(withoutTitle()));
        Path edcFile = Files.writeString(dir.resolve("mc.jsonld"), EdcWriter.create().write(withoutTitle()));
        Path broken = Files.writeString(dir.resolve("broken.json"), "{");

        assertThat(validate("sarif", nativeFile, edcFile, broken)).isEqualTo(Main.USAGE);

        JsonNode log = new ObjectMapper().readTree(out.toString());
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        JsonNode results = log.at("/runs/0/results");
        assertThat(results).extracting(r -> r.get("ruleId").asText()).containsExactly("CR-M2", "CR-M2");
        assertThat(results.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("mc.json");
        assertThat(results.get(0).at("/locations/0/physicalLocation/region/startColumn").isInt()).isTrue();
        assertThat(results.get(1).at("/locations/0/logicalLocations/0/properties/pointsInto").asText())
                .isEqualTo("nativeJson");
        assertThat(log.at("/runs/0/invocations/0/toolExecutionNotifications/0/level").asText()).isEqualTo("error");
        assertThat(err.toString()).contains("broken.json");
    }

    @Test
    void junit_isOneTestCasePerFileAndRule() throws Exception {
        Path file = Files.write(dir.resolve("mc.json"), NativeJson.create().writeBytes(withoutTitle()));

        assertThat(validate("junit", file)).isEqualTo(Main.FINDINGS);

        assertThat(out.toString()).startsWith("<?xml").contains("<testsuite name=\"" + file.toString().replace('\\', '/'))
                .contains("<failure type=\"CR-M2\"").contains("tests=\"16\"");
    }

    @Test
    void unknownFormat_isAUsageError_naming_theFormats() {
        assertThat(validate("xml", dir.resolve("none.json"))).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("text, json, sarif or junit");
    }
}
