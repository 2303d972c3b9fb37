package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.cli.SigningCommandsTest.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files checked with Digital Bazaar's verifier (test-tools/identity-interop): a credential issued by
 * did:web:example.edu with keygen --did-web and sign --issuer-id, its did.json, and the extension context served from
 * site/.
 */
class DidWebInteropTest {

    @TempDir
    Path dir;

    private Path resource(String name) throws IOException {
        Path file = dir.resolve(name.replace('/', '_'));
        try (InputStream in = getClass().getResourceAsStream("/interop/did-web/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void pinnedDidWebCredential_verifiesOfflineWithItsDidJson_andNotWithoutIt() throws IOException {
        Path didJson = resource("did.json");
        Path signed = resource("signed.json");

        Run verified = SigningCommandsTest.run("verify", "--did-document", didJson.toString(), signed.toString());
        assertThat(verified.code()).as(verified.out() + verified.err()).isZero();

        Run without = SigningCommandsTest.run("verify", signed.toString());
        assertThat(without.code()).isEqualTo(Main.FINDINGS);
        assertThat(without.out()).contains("KEY_NOT_FOUND");
    }

    @Test
    void pinnedDemoBadge_checkedByDigitalBazaarWithTheSiteContext_verifiesHereToo() throws IOException {
        Run verified = SigningCommandsTest.run("verify", resource("demo-ob3.signed.json").toString());
        assertThat(verified.code()).as(verified.out() + verified.err()).isZero();
        assertThat(Files.readString(resource("demo-ob3.signed.json"))).contains("https://microcredentials.github.io/ns/ob3/v1.jsonld");
    }

    @Test
    void siteServesTheBundledExtensionContext_byteForByte() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        byte[] served = Files.readAllBytes(root.resolve("site/ns/ob3/v1.jsonld"));
        byte[] bundled = Files.readAllBytes(root.resolve(
                "openbadges/src/main/resources/io/github/microcredentials/openbadges/internal/microcredentials.github.io_ns_ob3_v1.jsonld"));

        assertThat(served).isEqualTo(bundled);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(served));
        assertThat(Files.readString(root.resolve("site/ns/ob3/v1.jsonld.sha256"))).startsWith(sha256 + "  v1.jsonld");
        assertThat(Files.readString(root.resolve("site/ns/ob3/index.html"))).contains(sha256);
    }
}
