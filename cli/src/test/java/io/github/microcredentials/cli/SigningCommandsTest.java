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
    @CsvSource({"ed25519,di", "p256,di", "p384,di", "ed25519,jwt", "p256,jwt", "p384,jwt", "rsa,jwt"})
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
    void verify_printsEachProofOfAProofSet_andTheLegacySuiteWarning() throws IOException {
        Path file = dir.resolve("dcc.json");
        try (InputStream in = getClass().getResourceAsStream("/cli/dcc/bothSignatureTypes-legacy-noStatus-noExpiry.json")) {
            Files.write(file, in.readAllBytes());
        }

        Run verify = run("verify", file.toString());

        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("VALID: 2 proofs (eddsa-rdfc-2022, Ed25519Signature2020)").contains("(1 warning)")
                .contains("  proof 0 (eddsa-rdfc-2022): valid").contains("  proof 1 (Ed25519Signature2020): valid")
                .contains("    warning: Ed25519Signature2020 is a legacy proof type, superseded");
        Files.writeString(file, Files.readString(file).replace("\"proofValue\": \"z", "\"proofValue\": \"z2"));
        Run tampered = run("verify", file.toString());
        assertThat(tampered.code()).isEqualTo(Main.FINDINGS);
        assertThat(tampered.out()).contains("proof 0 (eddsa-rdfc-2022): SIGNATURE_INVALID at /proof/0/proofValue")
                .contains("proof 1 (Ed25519Signature2020): SIGNATURE_INVALID at /proof/1/proofValue");
    }

    @Test
    void aSecondSignature_makesAProofSet_withOneVerdictPerProof() throws IOException {
        Path p384 = dir.resolve("p384.pem");
        assertThat(run("keygen", "--type", "p384", "--out", p384.toString()).code()).isZero();
        Path once = dir.resolve("once.json");
        Path twice = dir.resolve("twice.json");

        Run first = run("sign", "--key", p384.toString(), "--suite", "ecdsa-jcs-2019", "--out", once.toString(), credential().toString());
        Run second = run("sign", "--key", p384.toString(), "--out", twice.toString(), once.toString());
        Run verify = run("verify", twice.toString());

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(verify.code()).as(verify.out()).isZero();
        assertThat(verify.out()).contains("VALID: 2 proofs (ecdsa-jcs-2019, ecdsa-rdfc-2019)")
                .contains("  proof 0 (ecdsa-jcs-2019): valid").contains("  proof 1 (ecdsa-rdfc-2019): valid");
        // one proof broken: the set is invalid, the other proof keeps its own verdict
        String text = Files.readString(twice);
        // the last base58 digit: changing the first could change the decoded length (MALFORMED_SIGNATURE)
        int start = text.indexOf("\"proofValue\": \"z");
        int last = text.indexOf('"', start + "\"proofValue\": \"z".length()) - 1;
        Files.writeString(twice, text.substring(0, last) + (text.charAt(last) == 'A' ? 'B' : 'A') + text.substring(last + 1));
        Run broken = run("verify", twice.toString());
        assertThat(broken.code()).isEqualTo(Main.FINDINGS);
        assertThat(broken.out()).contains("proof 0 (ecdsa-jcs-2019): SIGNATURE_INVALID at /proof/0/proofValue").contains("proof 1 (ecdsa-rdfc-2019): valid");
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
