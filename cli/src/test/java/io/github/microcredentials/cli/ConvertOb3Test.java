package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.openbadges.IdentityDisclosure;
import io.github.microcredentials.openbadges.OpenBadgesReader;
import io.github.microcredentials.openbadges.OpenBadgesWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertOb3Test {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void nativeToOb3_writesAnOpenBadgeCredentialOfTheCredential() throws IOException, CredentialParseException {
        Path file = Files.write(dir.resolve("mc.json"), NativeJson.create().writeBytes(Samples.microCredential()));

        assertThat(run("convert", "--to", "ob3", file.toString())).isEqualTo(Main.OK);

        MicroCredential read = OpenBadgesReader.create().read(out.toString()).value();
        assertThat(read.title()).isEqualTo(Samples.microCredential().title());
        assertThat(read.workload()).isEqualTo(Samples.microCredential().workload());
        assertThat(out.toString()).doesNotContain("sofie.nielsen@example.org");
    }

    @Test
    void ob3ToNative_detectsTheFormatAndReadsItBack() throws IOException, CredentialParseException {
        byte[] badge = OpenBadgesWriter.builder().identityDisclosure(IdentityDisclosure.PLAIN).build()
                .writeBytes(Samples.progressionBadge());
        Path file = Files.write(dir.resolve("badge.json"), badge);
        Path target = dir.resolve("badge.native.json");

        assertThat(run("convert", "--to", "native", "--out", target.toString(), file.toString())).isEqualTo(Main.OK);

        assertThat(NativeJson.create().read(Files.readAllBytes(target), MicroCredential.class))
                .isEqualTo(Samples.progressionBadge());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void ob3WithGaps_reportsTheFindingsOnStandardError() throws IOException {
        String json = OpenBadgesWriter.builder().image(java.net.URI.create("https://example.org/b.png"), null).build()
                .write(Samples.microCredential());
        Path file = Files.writeString(dir.resolve("mc.ob3.json"), json);

        assertThat(run("convert", "--from", "ob3", "--to", "native", file.toString())).isEqualTo(Main.OK);

        assertThat(err.toString()).contains("OB3-UNMAPPED at /image", "OB3-HASHED-IDENTITY at /credentialSubject/identifier/1");
    }

    @Test
    void credentialOpenBadgesCannotHold_isAFindingsExit() throws IOException {
        MicroCredential untitled = Samples.microCredential().toBuilder().title(null).build();
        Path file = Files.write(dir.resolve("untitled.json"), NativeJson.create().writeBytes(untitled));

        assertThat(run("convert", "--to", "ob3", file.toString())).isEqualTo(Main.FINDINGS);

        assertThat(err.toString()).contains("cannot write Open Badges 3.0", "title (CR-M2)");
    }
}
