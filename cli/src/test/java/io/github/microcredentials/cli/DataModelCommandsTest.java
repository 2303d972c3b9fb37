package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** sign refuses a credential that breaks a VC Data Model MUST; verify checks related resources the user supplies. */
class DataModelCommandsTest {

    @TempDir
    Path dir;

    String credential() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/vc2-no-issuer-id.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    Path key() {
        Path key = dir.resolve("key.pem");
        assertThat(SigningCommandsTest.run("keygen", "--out", key.toString()).code()).isZero();
        return key;
    }

    @ParameterizedTest
    @ValueSource(strings = {"di", "jwt"})
    void sign_refusesACredentialWithoutSubject_namingTheRule(String format) throws IOException {
        Path file = dir.resolve("broken.json");
        String text = credential();
        Files.writeString(file, text.substring(0, text.indexOf(",\n  \"credentialSubject\"")) + "\n}\n");

        SigningCommandsTest.Run sign = SigningCommandsTest.run("sign", "--format", format, "--key", key().toString(), file.toString());

        assertThat(sign.code()).isNotZero();
        assertThat(sign.out()).isEmpty();
        assertThat(sign.err()).contains("VCDM-SUBJECT at /credentialSubject");
    }

    @Test
    void signAndVerify_checkRelatedResourcesAgainstTheFilesGiven() throws Exception {
        Path resource = dir.resolve("resource.json");
        Files.writeString(resource, "{\"a\": 1}\n");
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"a\": 2}\n");
        String sri = "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(resource)));
        Path file = dir.resolve("credential.json");
        Files.writeString(file, credential().replace("\"validFrom\"",
                "\"relatedResource\": [{\"id\": \"https://example.org/resource.json\", \"digestSRI\": \"" + sri + "\"}],\n  \"validFrom\""));
        Path key = key();
        Path signed = dir.resolve("signed.json");

        SigningCommandsTest.Run refused = SigningCommandsTest.run("sign", "--key", key.toString(),
                "--related-resource", "https://example.org/resource.json=" + other, file.toString());
        SigningCommandsTest.Run sign = SigningCommandsTest.run("sign", "--key", key.toString(),
                "--related-resource", "https://example.org/resource.json=" + resource, "--out", signed.toString(), file.toString());
        SigningCommandsTest.Run matching = SigningCommandsTest.run("verify",
                "--related-resource", "https://example.org/resource.json=" + resource, signed.toString());
        SigningCommandsTest.Run changed = SigningCommandsTest.run("verify",
                "--related-resource", "https://example.org/resource.json=" + other, signed.toString());

        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("VCDM-RELATED-MATCH");
        assertThat(sign.code()).as(sign.err()).isZero();
        assertThat(matching.code()).as(matching.out()).isZero();
        assertThat(changed.code()).isEqualTo(Main.FINDINGS);
        assertThat(changed.out()).contains("DATA_MODEL_VIOLATION VCDM-RELATED-MATCH at /relatedResource/0");
    }
}
