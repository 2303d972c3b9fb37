package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.edc.EdcWriter;
import io.github.microcredentials.openbadges.OpenBadgesWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} on Europass EDC and Open Badges 3.0 input: the Annex I elements missing from it. */
class ValidateFormatsTest {

    private static final Pattern ERROR = Pattern.compile("(?m)^ {2}ERROR (\\S+) ");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private int validate(Path file) {
        return Main.run(new String[] {"validate", "--profile", "council", file.toString()},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
    }

    private List<String> errorRuleIds() {
        Matcher m = ERROR.matcher(out.toString());
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static MicroCredential withoutParticipationAndQualityAssurance() {
        return Samples.microCredential().toBuilder().participationForm(null).qualityAssurance(List.of()).build();
    }

    @Test
    void edcInput_reportsTheMissingAnnexElementsAsTheirCouncilRuleIds() throws IOException {
        Path file = Files.writeString(dir.resolve("mc.jsonld"), EdcWriter.create().write(withoutParticipationAndQualityAssurance()));

        assertThat(validate(file)).isEqualTo(Main.FINDINGS);
        assertThat(errorRuleIds()).containsExactlyInAnyOrder("CR-M10", "CR-M11");
    }

    @Test
    void completeEdcInput_conforms() throws IOException {
        Path file = Files.writeString(dir.resolve("mc.jsonld"), EdcWriter.create().write(Samples.microCredential()));

        assertThat(validate(file)).as(out.toString()).isEqualTo(Main.OK);
    }

    @Test
    void officialEuSample_lacksOnlyTheTypeOfQualityAssurance() throws IOException {
        // The EU's own Annex I micro-credential sample states no quality assurance (notes/elm-edc.md §3).
        Path file = Path.of("src/test/resources/cli/support-AA-Annex1-MC-signed.jsonld");

        assertThat(validate(file)).isEqualTo(Main.FINDINGS);
        assertThat(errorRuleIds()).containsExactly("CR-M11");
    }

    @Test
    void openBadgesInput_reportsTheMissingAnnexElements() throws IOException {
        String badge = OpenBadgesWriter.builder().issuerId(URI.create("did:web:www.ucn.dk")).build()
                .write(withoutParticipationAndQualityAssurance());
        Path file = Files.writeString(dir.resolve("mc.ob3.json"), badge);

        assertThat(validate(file)).isEqualTo(Main.FINDINGS);
        assertThat(errorRuleIds()).containsExactlyInAnyOrder("CR-M10", "CR-M11");
    }

    @Test
    void readerRules_takeTheSeverityTheUserGives() {
        // The EU sample carries members the model does not (EDC-UNMAPPED warnings by default).
        String sample = "src/test/resources/cli/support-AA-Annex1-MC-signed.jsonld";
        String[] raised = {"validate", "--profile", "council", "--severity", "CR-M11=off", "--severity",
            "EDC-UNMAPPED=error", sample};

        assertThat(Main.run(raised, new PrintWriter(out), new PrintWriter(new StringWriter()))).isEqualTo(Main.FINDINGS);
        assertThat(errorRuleIds()).isNotEmpty().containsOnly("EDC-UNMAPPED");

        StringWriter lowered = new StringWriter();
        String[] off = {"validate", "--profile", "council", "--severity", "CR-M11=off", "--severity", "EDC-UNMAPPED=off",
            "--locale", "de", sample};
        assertThat(Main.run(off, new PrintWriter(lowered), new PrintWriter(new StringWriter()))).isEqualTo(Main.OK);
        assertThat(lowered.toString()).doesNotContain("EDC-UNMAPPED");
    }
}
