package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.cli.SigningCommandsTest.Run;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.KeyResolver;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.VcJwtSigner;
import io.github.microcredentials.signing.VerificationMethod;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * verify --accept-unestablished-binding: a valid signature whose key cannot be shown to be the
 * issuer's (an https issuer whose document is not given, signing with a did:key, as the W3C
 * vectors do) is INDETERMINATE by default and VALID with a warning when relaxed; a key known not to
 * be the issuer's stays invalid.
 */
class AcceptUnestablishedBindingTest {

    private static final URI ISSUER = URI.create("https://university.example/issuers/1");
    private static final SigningKey KEY = SigningKey.generate(KeyType.ED25519);
    private static final String CREDENTIAL = """
            {"@context": ["https://www.w3.org/ns/credentials/v2"],
             "id": "urn:uuid:3f3f1b1e-8c34-4a5e-9d51-2a1c0b7e5d11",
             "type": ["VerifiableCredential"],
             "issuer": "%s",
             "validFrom": "2026-01-01T00:00:00Z",
             "credentialSubject": {"id": "did:example:learner"}}
            """;

    @TempDir
    Path dir;

    /** The signer is told the issuer lists the key; the verifier has no such document. */
    private static KeyResolver told() {
        return KeyResolver.of(List.of(new VerificationMethod(KEY.publicKey().didKeyVerificationMethod(), ISSUER, KEY.publicKey())));
    }

    private Path write(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    @Test
    void dataIntegrity_isIndeterminateByDefault_andValidWithAWarningWhenAccepted() throws Exception {
        byte[] signed = DataIntegritySigner.builder(Cryptosuite.EDDSA_JCS_2022, KEY.signer()).keyResolver(told()).build()
                .sign(CREDENTIAL.formatted(ISSUER).getBytes(StandardCharsets.UTF_8));
        Path file = write("signed.json", signed);

        Run strict = SigningCommandsTest.run("verify", file.toString());
        Run relaxed = SigningCommandsTest.run("verify", "--accept-unestablished-binding", file.toString());

        assertThat(strict.code()).as(strict.err()).isEqualTo(Main.FINDINGS);
        assertThat(strict.out()).contains("INDETERMINATE", "ISSUER_BINDING_UNESTABLISHED");
        assertThat(relaxed.code()).as(relaxed.out() + relaxed.err()).isEqualTo(Main.OK);
        assertThat(relaxed.out()).contains("VALID", "warning:");
    }

    @Test
    void vcJwt_isRelaxedToo() throws Exception {
        String token = VcJwtSigner.withKeyId(KEY.signer()).withKeyResolver(told())
                .sign(CREDENTIAL.formatted(ISSUER).getBytes(StandardCharsets.UTF_8));
        Path file = write("credential.jwt", token.getBytes(StandardCharsets.US_ASCII));

        assertThat(SigningCommandsTest.run("verify", file.toString()).code()).isEqualTo(Main.FINDINGS);
        Run relaxed = SigningCommandsTest.run("verify", "--accept-unestablished-binding", file.toString());
        assertThat(relaxed.code()).as(relaxed.out() + relaxed.err()).isEqualTo(Main.OK);
    }

    @Test
    void aKeyKnownNotToBeTheIssuers_staysInvalid() throws Exception {
        URI other = SigningKey.generate(KeyType.ED25519).publicKey().did();
        // signed as a did:key issuer with another key: the verifier knows that did:key holds only its own key
        byte[] signed = DataIntegritySigner.builder(Cryptosuite.EDDSA_JCS_2022, KEY.signer()).keyResolver(KeyResolver.of(List.of(
                new VerificationMethod(KEY.publicKey().didKeyVerificationMethod(), other, KEY.publicKey())))).build()
                .sign(CREDENTIAL.formatted(other).getBytes(StandardCharsets.UTF_8));
        Path file = write("mismatch.json", signed);

        Run relaxed = SigningCommandsTest.run("verify", "--accept-unestablished-binding", file.toString());

        assertThat(relaxed.code()).isEqualTo(Main.FINDINGS);
        assertThat(relaxed.out()).contains("INVALID", "CONTROLLER_MISMATCH");
    }

    @Test
    void help_namesTheOption_andItsRisk() {
        Run help = SigningCommandsTest.run("verify", "--help");

        // picocli wraps the description: compare with the line breaks and indentation as single spaces
        assertThat(help.out().replaceAll("\\s+", " ")).contains("--accept-unestablished-binding",
                "RISK: anyone can then sign in an issuer's name");
    }
}
