package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.edc.EdcReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertEdcTest {

    @TempDir
    Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void nativeToEdc_andBack_keepsTheCredential() throws Exception {
        Path nativeFile = dir.resolve("mc.json");
        Files.writeString(nativeFile, NativeJson.create().write(Samples.microCredential()));
        Path edcFile = dir.resolve("mc.jsonld");

        assertThat(run(new StringWriter(), new StringWriter(), "convert", "--to", "edc", "--out", edcFile.toString(),
                nativeFile.toString())).isZero();
        assertThat(EdcReader.create().read(Files.readAllBytes(edcFile)).value()).isEqualTo(Samples.microCredential());

        Path back = dir.resolve("back.json");
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "convert", "--to", "native", "--out", back.toString(), edcFile.toString())).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(NativeJson.create().read(Files.readAllBytes(back), MicroCredential.class)).isEqualTo(Samples.microCredential());
    }

    @Test
    void sealedEuSample_toNative_reportsWhatTheModelCannotCarry() throws IOException {
        Path sample = dir.resolve("sample.jsonld");
        try (InputStream in = ConvertEdcTest.class.getResourceAsStream("/cli/support-AA-Annex1-MC-signed.jsonld")) {
            Files.write(sample, in.readAllBytes());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        assertThat(run(out, err, "convert", "--to", "native", sample.toString())).isZero();

        assertThat(out.toString()).contains("\"type\": \"MicroCredential\"", "Digital micro-credential creation");
        assertThat(err.toString()).contains("EDC-UNMAPPED", "/credentialSubject/gender");
    }
}
