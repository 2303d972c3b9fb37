package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.cli.SigningCommandsTest.Run;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.signing.SigningKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** convert --to sd-jwt-vc, present and verify through {@link Main#run}. */
class SdJwtCommandsTest {

    @TempDir
    Path dir;

    private Run run(String... args) {
        return SigningCommandsTest.run(args);
    }

    private Path publicJwk(Path pem, String name) throws IOException {
        Path jwk = dir.resolve(name);
        Files.writeString(jwk, SigningKey.fromPkcs8Pem(Files.readString(pem)).publicKey().jwk());
        return jwk;
    }

    @Test
    void convertPresentVerify() throws IOException {
        Path issuerKey = dir.resolve("issuer.pem");
        Path holderKey = dir.resolve("holder.pem");
        assertThat(run("keygen", "--type", "p256", "--out", issuerKey.toString()).code()).isZero();
        assertThat(run("keygen", "--type", "p256", "--out", holderKey.toString()).code()).isZero();
        Path issuerJwk = publicJwk(issuerKey, "issuer.jwk");
        Path holderJwk = publicJwk(holderKey, "holder.jwk");
        Path credential = dir.resolve("credential.json");
        Files.write(credential, Formats.byName("native").write(Samples.microCredential()));
        Path sdJwt = dir.resolve("credential.sd-jwt");

        Run convert = run("convert", "--to", "sd-jwt-vc", "--key", issuerKey.toString(), "--issuer-id", "https://www.ucn.dk",
                "--holder-key", holderJwk.toString(), "--out", sdJwt.toString(), credential.toString());
        assertThat(convert.code()).as(convert.err()).isZero();
        assertThat(Files.readString(sdJwt)).startsWith("eyJ").contains("~");

        Run verify = run("verify", "--issuer-key", issuerJwk.toString(), sdJwt.toString());
        assertThat(verify.code()).as(verify.out()).isZero();
        assertThat(verify.out()).contains("SD-JWT VC VALID");

        Run list = run("present", "--list", sdJwt.toString());
        assertThat(list.out()).contains("title", "ects", "learner.birthDate");

        Path presentation = dir.resolve("presentation");
        Run present = run("present", "--disclose", "title,ects,awardingBody", "--holder-key", holderKey.toString(),
                "--audience", "https://employer.example", "--nonce", "n-1", "--out", presentation.toString(), sdJwt.toString());
        assertThat(present.code()).as(present.err()).isZero();

        Run check = run("verify", "--format", "json", "--issuer-key", issuerJwk.toString(), "--audience", "https://employer.example",
                "--nonce", "n-1", presentation.toString());
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(check.out()).contains("\"title\"", "\"ects\"", "\"awardingBody\"", "\"keyBound\" : true")
                .doesNotContain("\"grade\"", "birthDate");

        Run replay = run("verify", "--issuer-key", issuerJwk.toString(), "--audience", "https://employer.example",
                "--nonce", "n-2", presentation.toString());
        assertThat(replay.code()).isEqualTo(Main.FINDINGS);
        assertThat(replay.out()).contains("KEY_BINDING_NONCE");

        assertThat(run("verify", sdJwt.toString()).code()).as("no trusted key").isEqualTo(Main.FINDINGS);
        assertThat(run("convert", "--to", "sd-jwt-vc", credential.toString()).code()).isEqualTo(Main.USAGE);
        assertThat(run("present", "--disclose", "nothing.here", sdJwt.toString()).code()).isEqualTo(Main.USAGE);
    }
}
