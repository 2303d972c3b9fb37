package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** keygen, sign and verify through {@link Main#run}. */
class SigningCommandsTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    Path credential() throws IOException {
        Path file = dir.resolve("credential.json");
        try (InputStream in = getClass().getResourceAsStream("/vc2-no-issuer-id.json")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void keygen_writesOwnerOnlyKey_andPrintsNothingSecret() throws IOException {
        Path key = dir.resolve("issuer.pem");

        Run run = run("keygen", "--out", key.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("did:key:z6Mk").doesNotContain("PRIVATE KEY");
        assertThat(Files.readString(key)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(run("keygen", "--out", key.toString()).code()).isEqualTo(Main.USAGE);
    }

    @ParameterizedTest
    @CsvSource({"ed25519,di", "p256,di", "ed25519,jwt", "p256,jwt", "rsa,jwt"})
    void signThenVerify_isValid_andTamperingIsInvalid(String type, String format) throws IOException {
        Path key = dir.resolve("key.pem");
        assertThat(run("keygen", "--type", type, "--out", key.toString()).code()).isZero();
        Path signed = dir.resolve("signed");

        Run sign = run("sign", "--format", format, "--key", key.toString(), "--out", signed.toString(), credential().toString());
        Run verify = run("verify", signed.toString());

        assertThat(sign.code()).as(sign.err()).isZero();
        assertThat(verify.code()).as(verify.out()).isZero();
        assertThat(verify.out()).contains("VALID").doesNotContain("\n\n");
        String text = Files.readString(signed);
        int at = format.equals("di") ? text.indexOf("did:example:learner") + 4 : text.lastIndexOf('.') + 10;
        Files.writeString(signed, text.substring(0, at) + (text.charAt(at) == 'A' ? 'B' : 'A') + text.substring(at + 1));
        assertThat(run("verify", signed.toString()).code()).isEqualTo(Main.FINDINGS);
    }

    @Test
    void sign_setsTheMissingIssuerId_andProofIsAnArray() throws IOException {
        Path key = dir.resolve("key.pem");
        Run keygen = run("keygen", "--out", key.toString());
        String did = keygen.out().lines().filter(l -> l.startsWith("did:key:")).findFirst().orElseThrow().split("\\s+")[1];

        Run sign = run("sign", "--key", key.toString(), credential().toString());

        assertThat(sign.out()).contains("\"id\": \"" + did + "\"").contains("\"proof\": [");
    }

    @Test
    void sign_neverReplacesAnotherIssuerId() throws IOException {
        Path key = dir.resolve("key.pem");
        run("keygen", "--out", key.toString());
        Path file = credential();
        Files.writeString(file, Files.readString(file).replace("\"name\": \"Example University\"",
                "\"id\": \"https://example.edu\", \"name\": \"Example University\""));

        Run sign = run("sign", "--key", key.toString(), file.toString());

        assertThat(sign.code()).isEqualTo(Main.USAGE);
        assertThat(sign.err()).contains("https://example.edu").contains("nothing was signed");
    }

    @Test
    void verify_jsonReport_andUnreadableInput() throws IOException {
        Path key = dir.resolve("key.pem");
        run("keygen", "--out", key.toString());
        Path signed = dir.resolve("signed.json");
        run("sign", "--key", key.toString(), "--out", signed.toString(), credential().toString());

        Run json = run("verify", "--format", "json", signed.toString());
        Path garbage = dir.resolve("garbage.json");
        Files.writeString(garbage, "{\"a\": 1, \"a\": 2}");

        assertThat(json.out()).contains("\"indication\": \"VALID\"").contains("\"method\": \"eddsa-rdfc-2022\"");
        assertThat(run("verify", garbage.toString()).code()).isEqualTo(Main.USAGE);
        assertThat(run("verify", dir.resolve("missing.json").toString()).code()).isEqualTo(Main.USAGE);
        assertThat(new String(Files.readAllBytes(signed), StandardCharsets.UTF_8)).contains("DataIntegrityProof");
    }
}
