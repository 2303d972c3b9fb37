package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.cli.SigningCommandsTest.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issuing under an institution's web identity: keygen --did-web, sign --issuer-id --did-document, verify --did-document. */
class DidWebCommandsTest {

    @TempDir
    Path dir;

    private Path credential() throws IOException {
        Path file = dir.resolve("credential.json");
        try (InputStream in = getClass().getResourceAsStream("/vc2-no-issuer-id.json")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void keygenDidWeb_signAsTheDid_verifyOfflineWithTheDocument() throws IOException {
        Path key = dir.resolve("issuer.pem");
        Run keygen = SigningCommandsTest.run("keygen", "--did-web", "example.edu", "--out", key.toString());
        assertThat(keygen.code()).as(keygen.err()).isZero();
        Path didJson = dir.resolve("did.json");
        assertThat(Files.readString(didJson)).contains("\"id\": \"did:web:example.edu\"").contains("\"assertionMethod\"");
        assertThat(keygen.out()).contains("https://example.edu/.well-known/did.json").contains("--issuer-id did:web:example.edu");

        for (String format : new String[] {"di", "jwt"}) {
            Path signed = dir.resolve("signed-" + format);
            Run sign = SigningCommandsTest.run("sign", "--format", format, "--key", key.toString(), "--issuer-id",
                    "did:web:example.edu", "--did-document", didJson.toString(), "--out", signed.toString(),
                    credential().toString());
            assertThat(sign.code()).as(sign.err()).isZero();

            Run verified = SigningCommandsTest.run("verify", "--did-document", didJson.toString(), signed.toString());
            assertThat(verified.code()).as(verified.out() + verified.err()).isZero();
            Run folder = SigningCommandsTest.run("verify", "--did-document", dir.toString(), signed.toString());
            assertThat(folder.code()).as(folder.out() + folder.err()).isZero();
            Run withoutDocument = SigningCommandsTest.run("verify", signed.toString());
            assertThat(withoutDocument.code()).isEqualTo(Main.FINDINGS);
            assertThat(withoutDocument.out()).contains("KEY_NOT_FOUND");
        }
    }

    @Test
    void sign_refusesAnIssuerIdWithoutADocumentListingTheKey() throws IOException {
        Path key = dir.resolve("issuer.pem");
        SigningCommandsTest.run("keygen", "--did-web", "example.edu", "--out", key.toString());
        Path other = dir.resolve("other.pem");
        SigningCommandsTest.run("keygen", "--out", other.toString());

        Run noDocument = SigningCommandsTest.run("sign", "--key", key.toString(), "--issuer-id", "did:web:example.edu",
                credential().toString());
        assertThat(noDocument.code()).isEqualTo(Main.USAGE);
        assertThat(noDocument.err()).contains("nothing was signed").contains("--did-document");

        Run wrongKey = SigningCommandsTest.run("sign", "--key", other.toString(), "--issuer-id", "did:web:example.edu",
                "--did-document", dir.resolve("did.json").toString(), credential().toString());
        assertThat(wrongKey.code()).isEqualTo(Main.USAGE);
        assertThat(wrongKey.err()).contains("does not list the key").contains("assertionMethod");
    }

    @Test
    void keygen_refusesAnUnsafeDidWebDomain() {
        Run run = SigningCommandsTest.run("keygen", "--did-web", "127.0.0.1", "--out", dir.resolve("k.pem").toString());
        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("IP address");
        assertThat(Files.exists(dir.resolve("k.pem"))).isFalse();
    }

    @Test
    void convertToOb3_asTheDidWebIssuer_signedAndVerifiable_homepageKeptAsUrl() throws IOException {
        Path key = dir.resolve("issuer.pem");
        SigningCommandsTest.run("keygen", "--did-web", "example.edu", "--out", key.toString());
        Path nativeFile = dir.resolve("mc.json");
        Files.writeString(nativeFile, io.github.microcredentials.core.json.NativeJson.create()
                .write(io.github.microcredentials.core.sample.Samples.microCredential()));
        Path badge = dir.resolve("badge.json");

        Run convert = SigningCommandsTest.run("convert", "--to", "ob3", "--issuer-id", "did:web:example.edu", "--key",
                key.toString(), "--did-document", dir.resolve("did.json").toString(), "--out", badge.toString(),
                nativeFile.toString());

        assertThat(convert.code()).as(convert.err()).isZero();
        String written = Files.readString(badge);
        assertThat(written).contains("\"id\": \"did:web:example.edu\"").contains("did:web:example.edu#key-1");
        Run verified = SigningCommandsTest.run("verify", "--did-document", dir.resolve("did.json").toString(), badge.toString());
        assertThat(verified.code()).as(verified.out() + verified.err()).isZero();

        Run edc = SigningCommandsTest.run("convert", "--to", "edc", "--issuer-id", "did:web:example.edu", nativeFile.toString());
        assertThat(edc.code()).isEqualTo(Main.USAGE);
        assertThat(edc.err()).contains("seal certificate");
    }
}
