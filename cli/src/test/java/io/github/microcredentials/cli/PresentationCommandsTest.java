package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.cli.SigningCommandsTest.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** present (W3C Verifiable Presentation) and verify --challenge --domain through {@link Main#run}. */
class PresentationCommandsTest {

    @TempDir
    Path dir;

    private static Run run(String... args) {
        return SigningCommandsTest.run(args);
    }

    /** A credential signed by an issuer whose key is its did:key (the CLI's default for an issuer without id). */
    private Path signedCredential() throws IOException {
        Path unsigned = dir.resolve("credential.json");
        try (InputStream in = getClass().getResourceAsStream("/vc2-no-issuer-id.json")) {
            Files.write(unsigned, in.readAllBytes());
        }
        Path issuerKey = dir.resolve("issuer.pem");
        assertThat(run("keygen", "--out", issuerKey.toString()).code()).isZero();
        Path signed = dir.resolve("signed.json");
        Run sign = run("sign", "--key", issuerKey.toString(), "--out", signed.toString(), unsigned.toString());
        assertThat(sign.code()).as(sign.err()).isZero();
        return signed;
    }

    private Path present(Path credential, String... options) throws IOException {
        Path holderKey = dir.resolve("holder.pem");
        if (!Files.exists(holderKey)) {
            assertThat(run("keygen", "--out", holderKey.toString()).code()).isZero();
        }
        Path presentation = dir.resolve("presentation.json");
        String[] args = new String[options.length + 6];
        args[0] = "present";
        args[1] = "--holder-key";
        args[2] = holderKey.toString();
        args[3] = "--out";
        args[4] = presentation.toString();
        System.arraycopy(options, 0, args, 5, options.length);
        args[args.length - 1] = credential.toString();
        Run present = run(args);
        assertThat(present.code()).as(present.err()).isZero();
        return presentation;
    }

    @Test
    void present_thenVerify_withTheChallengeAndDomain_isValid() throws IOException {
        Path presentation = present(signedCredential(), "--challenge", "n-1", "--domain", "https://employer.example");

        Run verify = run("verify", "--challenge", "n-1", "--domain", "https://employer.example", presentation.toString());

        assertThat(verify.code()).as(verify.out()).isZero();
        assertThat(verify.out()).contains("VALID: presentation by did:key:", "1 credential");
        assertThat(Files.readString(presentation)).contains("\"proofPurpose\": \"authentication\"", "\"challenge\": \"n-1\"");
    }

    @Test
    void verify_withAnotherChallengeOrDomain_isInvalid() throws IOException {
        Path presentation = present(signedCredential(), "--nonce", "n-1", "--audience", "https://employer.example");

        Run challenge = run("verify", "--challenge", "n-2", presentation.toString());
        Run domain = run("verify", "--format", "json", "--domain", "https://other.example", presentation.toString());

        assertThat(challenge.code()).isEqualTo(Main.FINDINGS);
        assertThat(challenge.out()).contains("INVALID", "CHALLENGE_MISMATCH");
        assertThat(domain.code()).isEqualTo(Main.FINDINGS);
        assertThat(domain.out()).contains("\"DOMAIN_MISMATCH\"", "\"credentials\"");
    }

    @Test
    void verify_aPresentationOfATamperedCredential_isCredentialInvalid() throws IOException {
        Path credential = signedCredential();
        String text = Files.readString(credential);
        Files.writeString(credential, text.replace("did:example:learner", "did:example:mallory"));
        Path presentation = present(credential);

        Run verify = run("verify", presentation.toString());

        assertThat(verify.code()).isEqualTo(Main.FINDINGS);
        assertThat(verify.out()).contains("CREDENTIAL_INVALID", "SIGNATURE_INVALID");
    }

    @Test
    void present_withoutHolderKey_isAUsageError() throws IOException {
        Run run = run("present", signedCredential().toString());

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("--holder-key");
    }
}
