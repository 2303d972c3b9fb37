package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keygen writes what OpenSSL and Python read, sign reads v1 and v2, relative ids are refused, the demo leaves nothing behind. */
class KeygenAndSignItemsTest {

    @TempDir
    Path dir;

    private Path keygen() {
        Path key = dir.resolve("issuer.pem");
        SigningCommandsTest.Run run = SigningCommandsTest.run("keygen", "--out", key.toString());
        assertThat(run.code()).as(run.err()).isZero();
        return key;
    }

    private static byte[] der(Path pem) throws IOException {
        String text = Files.readString(pem);
        return Base64.getMimeDecoder().decode(text.substring(text.indexOf("-----\n") + 6, text.indexOf("-----END")));
    }

    @Test
    void ed25519Key_isPkcs8Version1_withoutThePublicKey() throws IOException {
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(der(keygen()));

        assertThat(info.getVersion().intValueExact()).isZero();
        assertThat(info.getPublicKeyData()).isNull();
        assertThat(info.getPrivateKeyAlgorithm().getAlgorithm().getId()).isEqualTo("1.3.101.112");
        assertThat(ASN1Sequence.getInstance(der(keygen2())).size()).isEqualTo(3);
    }

    private Path keygen2() {
        Path key = dir.resolve("second.pem");
        SigningCommandsTest.run("keygen", "--out", key.toString());
        return key;
    }

    @Test
    void keygenKey_loadsInOpenSsl() throws Exception {
        Assumptions.assumeTrue(onPath("openssl"), "OpenSSL is not installed");
        Path key = keygen();

        Process openssl = new ProcessBuilder("openssl", "pkey", "-in", key.toString(), "-noout", "-text")
                .redirectErrorStream(true).start();
        String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(openssl.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(openssl.exitValue()).as(output).isZero();
        assertThat(output).contains("ED25519 Private-Key");
    }

    @Test
    void keygenKey_loadsInPythonCryptography() throws Exception {
        Assumptions.assumeTrue(onPath("python3"), "Python is not installed");
        Path key = keygen();
        Process python = new ProcessBuilder("python3", "-c", "import sys\n"
                + "try:\n    from cryptography.hazmat.primitives import serialization\nexcept ImportError:\n    sys.exit(3)\n"
                + "k = serialization.load_pem_private_key(open(sys.argv[1], 'rb').read(), None)\nprint(type(k).__name__)",
                key.toString()).redirectErrorStream(true).start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Assumptions.assumeTrue(python.exitValue() != 3, "Python's cryptography is not installed");

        assertThat(python.exitValue()).as(output).isZero();
        assertThat(output).contains("Ed25519PrivateKey");
    }

    @Test
    void sign_readsPkcs8Version2_withThePublicKey_andVersion1() throws Exception {
        SigningKey generated = SigningKey.generate(KeyType.ED25519);
        Ed25519PrivateKeyParameters raw = new Ed25519PrivateKeyParameters(
                ((org.bouncycastle.asn1.ASN1OctetString) org.bouncycastle.asn1.ASN1Primitive.fromByteArray(
                        PrivateKeyInfo.getInstance(der(write(generated.toPkcs8Pem()))).getPrivateKey().getOctets())).getOctets());
        PrivateKeyInfo v2 = PrivateKeyInfoFactory.createPrivateKeyInfo(raw);
        assertThat(v2.getVersion().intValueExact()).isEqualTo(1);
        assertThat(v2.getPublicKeyData()).isNotNull();
        Path v2File = write("-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(v2.getEncoded()) + "\n-----END PRIVATE KEY-----\n");

        assertThat(SigningKey.fromPkcs8Pem(Files.readString(v2File)).publicKey().did()).isEqualTo(generated.publicKey().did());
        assertThat(SigningKey.fromPkcs8Pem(generated.toPkcs8Pem()).publicKey().did()).isEqualTo(generated.publicKey().did());
        Path credential = Files.writeString(dir.resolve("vc.json"), "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"],"
                + " \"type\": [\"VerifiableCredential\"], \"credentialSubject\": {\"id\": \"did:example:1\"}}");
        assertThat(SigningCommandsTest.run("sign", "--key", v2File.toString(), credential.toString()).code()).isZero();
    }

    private Path write(String pem) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "key", ".pem"), pem);
    }

    @Test
    void sign_refusesARelativeCredentialId_butTakesAnAbsoluteOne() throws IOException {
        Path key = keygen();
        Path relative = Files.writeString(dir.resolve("relative.json"), "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"],"
                + " \"id\": \"cred-1\", \"type\": [\"VerifiableCredential\"], \"credentialSubject\": {\"id\": \"did:example:1\"}}");
        Path absolute = Files.writeString(dir.resolve("absolute.json"), Files.readString(relative).replace("cred-1", "urn:uuid:0c8a0d5e-1f0e-4a4e-9b8e-6c2d1f0a9b3c"));

        SigningCommandsTest.Run di = SigningCommandsTest.run("sign", "--key", key.toString(), relative.toString());
        SigningCommandsTest.Run jwt = SigningCommandsTest.run("sign", "--format", "jwt", "--key", key.toString(), relative.toString());
        SigningCommandsTest.Run ok = SigningCommandsTest.run("sign", "--key", key.toString(), absolute.toString());

        assertThat(di.code()).isEqualTo(Main.USAGE);
        assertThat(di.out()).isEmpty();
        assertThat(di.err()).contains("at /id: the credential id \"cred-1\" is a relative URI; it must be absolute");
        assertThat(jwt.code()).isEqualTo(Main.USAGE);
        assertThat(ok.code()).as(ok.err()).isZero();
    }

    @Test
    void demo_leavesNoTemporaryDirectory() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = demoDirectories(tmp);

        SigningCommandsTest.Run demo = SigningCommandsTest.run("demo");

        assertThat(demo.code()).isZero();
        assertThat(demo.out()).contains("verified the signed credential: VALID").doesNotContain("wrote ");
        assertThat(demoDirectories(tmp)).isEqualTo(before);
    }

    private static List<Path> demoDirectories(Path tmp) throws IOException {
        try (Stream<Path> entries = Files.list(tmp)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("microcredentials")).sorted().toList();
        }
    }

    static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
