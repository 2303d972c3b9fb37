package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.sample.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @Test
    void nativeToNative_reproducesTheDocument(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mc.json");
        Files.write(file, NativeJson.create().writeBytes(Samples.microCredential()));

        DemoCommandTest.Run run = DemoCommandTest.run("convert", "--to", "native", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo(NativeJson.create().write(Samples.microCredential()));
    }

    @Test
    void missingFile_isUnreadableInputOnOneLine(@TempDir Path dir) {
        DemoCommandTest.Run run = DemoCommandTest.run("convert", "--to", "native", dir.resolve("nope.json").toString());

        assertThat(run.exitCode()).isEqualTo(Main.USAGE);
        assertThat(run.err().strip()).startsWith("error: no such file").doesNotContain("\n");
    }

    @Test
    void badJson_isUnreadableInputNamingTheLocation(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"type\":\"MicroCredential\",\"id\":\"urn:uuid:1\",\"id\":\"urn:uuid:2\"}");

        DemoCommandTest.Run run = DemoCommandTest.run("convert", "--from", "native", "--to", "native", file.toString());

        assertThat(run.exitCode()).isEqualTo(Main.USAGE);
        assertThat(run.err()).startsWith("error: at /id: duplicate key");
    }

    @Test
    void unknownFormat_isAUsageError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mc.json");
        Files.write(file, NativeJson.create().writeBytes(Samples.microCredential()));

        DemoCommandTest.Run run = DemoCommandTest.run("convert", "--to", "pdf", file.toString());

        assertThat(run.exitCode()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("unknown format \"pdf\"");
    }

    @Test
    void debug_addsTheStackTrace(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{");

        DemoCommandTest.Run plain = DemoCommandTest.run("convert", "--to", "native", file.toString());
        DemoCommandTest.Run debug = DemoCommandTest.run("--debug", "convert", "--to", "native", file.toString());

        assertThat(plain.err()).doesNotContain("\tat ");
        assertThat(debug.err()).contains("CliException", "bad JSON at line 1, column 2", "\tat ");
        assertThat(debug.exitCode()).isEqualTo(plain.exitCode()).isEqualTo(Main.USAGE);
    }

    @Test
    void edcToOb3_goesThroughTheModel(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mc.edc.jsonld");
        Files.writeString(file, io.github.microcredentials.edc.EdcWriter.create().write(Samples.microCredential()));

        DemoCommandTest.Run run = DemoCommandTest.run("convert", "--from", "edc", "--to", "ob3", file.toString());

        assertThat(run.exitCode()).isZero();
        var badge = io.github.microcredentials.openbadges.OpenBadgesReader.create().read(run.out()).value();
        assertThat(badge.title()).isEqualTo(Samples.microCredential().title());
        assertThat(badge.learningOutcomes()).isEqualTo(Samples.microCredential().learningOutcomes());
        assertThat(badge.workload()).isEqualTo(Samples.microCredential().workload());
    }
}
