package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.Signers;
import io.github.microcredentials.seals.JadesSealer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * verify --detached (issue 14): a detached JAdES seal is checked against the content given, is not
 * intact over other content, and without its content is reported as such, never VALID.
 */
class VerifyDetachedSealTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final byte[] DOCUMENT = "{\"credentialSubject\":{\"name\":\"Zoë\"}}".getBytes(StandardCharsets.UTF_8);
    static final byte[] PDF = "%PDF-1.7 transcript of records".getBytes(StandardCharsets.US_ASCII);

    static Signer signer;
    static X509Certificate rootCert;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair rootKeys = generator.generateKeyPair();
        KeyPair sealKeys = generator.generateKeyPair();
        X500Name rootName = new X500Name("CN=CLI Detached Root,O=microcredentials test PKI,C=BE");
        rootCert = SealCommandsTest.certificate(rootName, rootName, rootKeys, rootKeys, true);
        X509Certificate sealCert = SealCommandsTest.certificate(
                new X500Name("C=ES,O=ORGANIZACION TEST,2.5.4.97=VATES-A00000000,CN=TEST SEAL"), rootName, sealKeys, rootKeys, false);
        signer = Signers.jca(sealKeys.getPrivate(), List.of(sealCert, rootCert));
    }

    Path root() throws Exception {
        return Files.writeString(dir.resolve("root.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(rootCert.getEncoded()) + "\n-----END CERTIFICATE-----\n");
    }

    /** The library's own JAdES seal of DOCUMENT, with its payload taken out (RFC 7515, appendix F). */
    Path sealerSealWithoutPayload() throws Exception {
        ObjectNode seal = (ObjectNode) JSON.readTree(JadesSealer.builder().build().seal(DOCUMENT, signer));
        assertThat(seal.remove("payload")).as("the sealer's seal carries its payload").isNotNull();
        return Files.write(dir.resolve("seal.json"), JSON.writeValueAsBytes(seal));
    }

    static String base64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A compact JAdES seal whose sigD (ObjectIdByURIHash) names PDF by a URI with an escaped space. */
    Path sigDSeal() throws Exception {
        ObjectNode header = JsonNodeFactory.instance.objectNode().put("alg", "RS256");
        X509Certificate leaf = signer.certificateChain().get(0);
        header.put("x5t#S256", base64url(MessageDigest.getInstance("SHA-256").digest(leaf.getEncoded())));
        header.putArray("x5c").add(Base64.getEncoder().encodeToString(leaf.getEncoded()))
                .add(Base64.getEncoder().encodeToString(rootCert.getEncoded()));
        header.put("iat", Instant.now().getEpochSecond());
        header.putObject("sigD").put("mId", "http://uri.etsi.org/19182/ObjectIdByURIHash").put("hashM", "S256")
                .<ObjectNode>set("pars", JsonNodeFactory.instance.arrayNode().add("https://example.org/transcript%201.pdf"))
                .set("hashV", JsonNodeFactory.instance.arrayNode().add(base64url(MessageDigest.getInstance("SHA-256")
                        .digest(base64url(PDF).getBytes(StandardCharsets.US_ASCII)))));
        header.putArray("crit").add("sigD");
        String h = base64url(JSON.writeValueAsBytes(header));
        byte[] value = signer.sign((h + ".").getBytes(StandardCharsets.US_ASCII));
        return Files.writeString(dir.resolve("seal.jws"), h + ".." + base64url(value));
    }

    @Test
    void sealerSealWithDetachedPayload_isValidWithItsContent() throws Exception {
        Path seal = sealerSealWithoutPayload();
        Path content = Files.write(dir.resolve("credential.json"), DOCUMENT);

        SigningCommandsTest.Run run = SigningCommandsTest.run("verify", "--trust", root().toString(), "--detached", content.toString(),
                seal.toString());

        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("VALID JAdES-BASELINE-B seal by CN=TEST SEAL");
    }

    @Test
    void sealerSealWithDetachedPayload_overAlteredContent_isNotIntact() throws Exception {
        Path seal = sealerSealWithoutPayload();
        Path altered = Files.write(dir.resolve("credential.json"),
                new String(DOCUMENT, StandardCharsets.UTF_8).replace("Zoë", "Zoe").getBytes(StandardCharsets.UTF_8));

        SigningCommandsTest.Run run = SigningCommandsTest.run("verify", "--trust", root().toString(), "--detached", altered.toString(),
                seal.toString());

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("INVALID (not intact)");
    }

    @Test
    void sealerSealWithDetachedPayload_withoutContent_saysSo_andIsNotValid() throws Exception {
        Path seal = sealerSealWithoutPayload();

        SigningCommandsTest.Run run = SigningCommandsTest.run("verify", "--trust", root().toString(), seal.toString());

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("INVALID (detached content not given)").contains("--detached").doesNotContain(": VALID");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void sigDSeal_isValidWithTheDocumentItNames_byNameOrAlone() throws Exception {
        Path seal = sigDSeal();
        Path pdf = Files.write(dir.resolve("transcript.pdf"), PDF);
        Path other = Files.writeString(dir.resolve("other.txt"), "another document");

        SigningCommandsTest.Run named = SigningCommandsTest.run("verify", "--trust", root().toString(),
                "--detached", "other=" + other, "--detached", "https://example.org/transcript 1.pdf=" + pdf, seal.toString());
        SigningCommandsTest.Run alone = SigningCommandsTest.run("verify", "--trust", root().toString(), "--detached", pdf.toString(),
                seal.toString());

        assertThat(named.code()).as(named.out() + named.err()).isZero();
        assertThat(named.out()).contains("VALID JAdES");
        assertThat(alone.code()).as(alone.out() + alone.err()).isZero();
    }

    @Test
    void sigDSeal_withOtherContent_orNone_isNotValid() throws Exception {
        Path seal = sigDSeal();
        Path changed = Files.write(dir.resolve("transcript.pdf"), "%PDF-1.7 transcript of recordz".getBytes(StandardCharsets.US_ASCII));

        SigningCommandsTest.Run altered = SigningCommandsTest.run("verify", "--trust", root().toString(),
                "--detached", "https://example.org/transcript%201.pdf=" + changed, seal.toString());
        SigningCommandsTest.Run missing = SigningCommandsTest.run("verify", "--format", "json", "--trust", root().toString(), seal.toString());
        SigningCommandsTest.Run missingText = SigningCommandsTest.run("verify", "--trust", root().toString(), seal.toString());

        assertThat(altered.code()).isEqualTo(Main.FINDINGS);
        assertThat(altered.out()).contains("INVALID (not intact)").contains("does not match");
        assertThat(missing.code()).isEqualTo(Main.FINDINGS);
        assertThat(missing.out()).contains("\"intact\": false").contains("was not supplied");
        assertThat(missingText.out()).contains("INVALID (detached content not given)").contains("--detached [NAME=]FILE");
    }

    @Test
    void detached_withACredentialThatIsNotASeal_orWithBatch_isAUsageError() throws Exception {
        Path credential = Files.write(dir.resolve("credential.json"), DOCUMENT);
        Path pdf = Files.write(dir.resolve("transcript.pdf"), PDF);

        SigningCommandsTest.Run notSeal = SigningCommandsTest.run("verify", "--detached", pdf.toString(), credential.toString());
        SigningCommandsTest.Run batch = SigningCommandsTest.run("verify", "--batch", "--detached", pdf.toString(), dir.toString());
        SigningCommandsTest.Run noFile = SigningCommandsTest.run("verify", "--detached", "name=" + dir.resolve("absent.pdf"),
                sigDSeal().toString());

        assertThat(notSeal.code()).isEqualTo(Main.USAGE);
        assertThat(notSeal.err()).contains("--detached is for a detached JAdES or XAdES seal");
        assertThat(batch.code()).isEqualTo(Main.USAGE);
        assertThat(batch.err()).contains("does not go with --batch");
        assertThat(noFile.code()).isEqualTo(Main.USAGE);
        assertThat(noFile.err()).contains("no such file");
    }
}
