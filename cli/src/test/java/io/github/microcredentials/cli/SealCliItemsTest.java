package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.edc.EdcWriter;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seal items of the CLI: readable distinguished names, TSA errors, JAdES of non-EDC JSON, relative ids. */
class SealCliItemsTest {

    @TempDir
    Path dir;
    Path keystore;
    Path passwordFile;

    @BeforeEach
    void pki() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair rootKeys = generator.generateKeyPair();
        KeyPair sealKeys = generator.generateKeyPair();
        X500Name rootName = new X500Name("CN=CLI Test Root,O=microcredentials test PKI,C=BE");
        X509Certificate rootCert = SealCommandsTest.certificate(rootName, rootName, rootKeys, rootKeys, true);
        X509Certificate sealCert = SealCommandsTest.certificate(
                new X500Name("C=ES,O=ORGANIZACION TEST,2.5.4.97=VATES-A00000000,2.5.4.5=SN-42,CN=TEST SEAL"),
                rootName, sealKeys, rootKeys, false);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("seal", sealKeys.getPrivate(), SealCommandsTest.PASSWORD.toCharArray(), new Certificate[] {sealCert, rootCert});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, SealCommandsTest.PASSWORD.toCharArray());
        keystore = Files.write(dir.resolve("seal.p12"), out.toByteArray());
        passwordFile = Files.writeString(dir.resolve("password.txt"), SealCommandsTest.PASSWORD + "\n");
    }

    private Path edc() throws Exception {
        return Files.write(dir.resolve("edc.jsonld"), EdcWriter.create().writeBytes(Samples.microCredential()));
    }

    private SigningCommandsTest.Run seal(String... more) {
        String[] base = {"sign", "--format", "jades", "--keystore", keystore.toString(), "--password-file", passwordFile.toString()};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return SigningCommandsTest.run(args);
    }

    @Test
    void distinguishedNames_nameTheEidasAttributes_notHexOids() throws Exception {
        Path sealed = dir.resolve("sealed.json");
        seal("--out", sealed.toString(), edc().toString());

        SigningCommandsTest.Run untrusted = SigningCommandsTest.run("verify", "--format", "json", "--at", Instant.now().toString(),
                sealed.toString());

        assertThat(untrusted.code()).isEqualTo(Main.FINDINGS);
        assertThat(untrusted.out()).contains("organizationIdentifier=VATES-A00000000", "serialNumber=SN-42")
                .doesNotContain("2.5.4.97", "2.5.4.5=", "=#");
    }

    @Test
    void unreachableTsa_isReportedInWords() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        SigningCommandsTest.Run run = seal("--tsa", "http://127.0.0.1:" + port + "/tsa", edc().toString());

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("no time-stamp from http://127.0.0.1:" + port + "/tsa: cannot connect")
                .doesNotContain("null");
    }

    @Test
    void aServerThatIsNoTsa_isReportedAsSuch() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] page = "<html><body>Welcome</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            SigningCommandsTest.Run run = seal("--tsa", url, edc().toString());

            assertThat(run.code()).isEqualTo(Main.USAGE);
            assertThat(run.err()).contains("the answer of " + url + " is not an RFC 3161 time-stamp response").doesNotContain("null");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aTsaUrlThatIsNoHttpUrl_isAUsageError() throws Exception {
        SigningCommandsTest.Run run = seal("--tsa", "tsa.example.org", edc().toString());

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("--tsa: a TSA URL is an absolute http or https URL").doesNotContain("null");
    }

    @Test
    void jadesOfJsonThatIsNoEdc_needsForce_andThenWarns() throws Exception {
        Path nativeJson = Files.writeString(dir.resolve("native.json"), NativeJson.create().write(Samples.microCredential()));

        SigningCommandsTest.Run refused = seal(nativeJson.toString());
        SigningCommandsTest.Run forced = seal("--force", nativeJson.toString());

        assertThat(refused.code()).isEqualTo(Main.USAGE);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("not a Europass EDC", "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(forced.err()).contains("warning: sealing JSON that is not a Europass EDC");
        assertThat(forced.out()).contains("\"signatures\"");
    }

    @Test
    void aRelativeCredentialId_isRefused_forSealsToo() throws Exception {
        Path relative = Files.writeString(dir.resolve("relative.json"), "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"],"
                + " \"id\": \"credentials/42\", \"type\": [\"VerifiableCredential\"], \"credentialSubject\": {\"id\": \"did:example:1\"}}");

        SigningCommandsTest.Run run = seal("--force", relative.toString());

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("\"credentials/42\" is a relative URI; it must be absolute");
    }
}
