package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JAdES signature in the compact serialization goes to the seal verifier, not to the VC-JWT
 * verifier (issue 14): its header names an X.509 certificate, not a DID key.
 */
class VerifyCompactJadesTest {

    @TempDir
    Path dir;

    private Path dssCompactJades() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/cli/dss-jades-with-line-break.json")) {
            return Files.write(dir.resolve("compact.jws"), in.readAllBytes());
        }
    }

    @Test
    void compactJades_isVerifiedAsASeal_intactButUntrustedWithoutATrustAnchor() throws Exception {
        SigningCommandsTest.Run run = SigningCommandsTest.run("verify", "--format", "json", dssCompactJades().toString());

        assertThat(run.code()).as(run.err()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("\"format\": \"JAdES\"").contains("\"intact\": true").contains("\"chainTrusted\": false");
    }

    @Test
    void compactJades_withAChangedPayload_isNotIntact() throws Exception {
        Path file = dssCompactJades();
        String[] parts = Files.readString(file).strip().split("\\.");
        String payload = parts[1].charAt(0) == 'A' ? "B" + parts[1].substring(1) : "A" + parts[1].substring(1);
        Files.writeString(file, parts[0] + "." + payload + "." + parts[2]);

        SigningCommandsTest.Run run = SigningCommandsTest.run("verify", file.toString());

        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out() + run.err()).contains("not intact").contains("JAdES");
    }
}
